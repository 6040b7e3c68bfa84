// AID-T004 blank-row: a blank row between data rows, often a row left after a deletion. Needs the rows around it (validate/dataRows.ts).
import { defineRule } from '../define';

export const blankRow = defineRule({
  id: 'AID-T004', name: 'blank-row', severity: 'warning', needs: 'table',
  params: { row: 'text' },
  titleVi: 'Dòng trống giữa dữ liệu', titleEn: 'Blank row inside the data',
  vi: (p) => `${p.where}: dòng ${p.row} trống nằm giữa các dòng dữ liệu; nên xóa dòng trống.`,
  en: (p) => `${p.where}: row ${p.row} is blank but lies between data rows; delete the blank row.`,
});
