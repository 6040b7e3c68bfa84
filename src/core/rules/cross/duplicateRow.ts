// AID-X302 duplicate-row: a row identical to an earlier one, likely entered twice (validate/duplicates.ts).
import { defineRule } from '../define';

export const duplicateRow = defineRule({
  id: 'AID-X302', name: 'duplicate-row', severity: 'warning', needs: 'table',
  params: { row: 'text', firstRow: 'text' },
  titleVi: 'Dòng bị trùng', titleEn: 'Duplicate row',
  vi: (p) => `${p.where}: dòng ${p.row} giống hệt dòng ${p.firstRow}; có thể đã nhập hai lần.`,
  en: (p) => `${p.where}: row ${p.row} is identical to row ${p.firstRow}; it may have been entered twice.`,
});
