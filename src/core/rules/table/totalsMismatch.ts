// AID-T006 totals-mismatch: the hand-typed totals row disagrees with the rows above it. Needs the whole table (validate/totals.ts).
import { defineRule } from '../define';

export const totalsMismatch = defineRule({
  id: 'AID-T006', name: 'totals-mismatch', severity: 'error', needs: 'table',
  params: { stated: 'number', computed: 'number', diff: 'number' },
  titleVi: 'Dòng tổng cộng không khớp', titleEn: 'Totals row does not match',
  vi: (p) => `${p.where}: dòng tổng cộng ghi ${p.column} là ${p.stated} nhưng tổng các dòng phía trên là ${p.computed} (chênh lệch ${p.diff}).`,
  en: (p) => `${p.where}: the totals row states ${p.column} as ${p.stated} but the rows above add up to ${p.computed} (a difference of ${p.diff}).`,
});
