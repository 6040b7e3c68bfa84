// AID-T006 totals-mismatch: a hand-typed total or subtotal (a grand total at the bottom or under the header, a "Cộng I"
// row, a section heading carrying its group's figures) disagrees with the data rows it covers. Needs the whole table (validate/sections.ts).
import { defineRule } from '../define';

export const totalsMismatch = defineRule({
  id: 'AID-T006', name: 'totals-mismatch', severity: 'error', needs: 'table',
  params: { stated: 'number', computed: 'number', diff: 'number' },
  titleVi: 'Dòng tổng cộng không khớp', titleEn: 'Totals row does not match',
  vi: (p) => `${p.where}: dòng tổng cộng ghi ${p.column} là ${p.stated} nhưng tổng các dòng dữ liệu mà dòng này cộng là ${p.computed} (chênh lệch ${p.diff}).`,
  en: (p) => `${p.where}: the totals row states ${p.column} as ${p.stated} but the data rows it covers add up to ${p.computed} (a difference of ${p.diff}).`,
});
