// AID-C110 approximate-amount: "khoảng 4 tỷ", "over 2 million": counted as the figure, flagged as approximate (validate/cells.ts).
import { defineRule, q } from '../define';

export const approximateAmount = defineRule({
  id: 'AID-C110', name: 'approximate-amount', severity: 'warning', needs: 'cell',
  params: { value: 'text', approx: 'word', reading: 'number' },
  titleVi: 'Số tiền ước tính', titleEn: 'Approximate amount',
  vi: (p) => `${p.where}: ${q(p.value)} là số ước tính (${p.approx}); được tính là ${p.reading} và ghi nhận là số gần đúng, nên thay bằng số chính xác.`,
  en: (p) => `${p.where}: ${q(p.value)} is approximate (${p.approx}); it is counted as ${p.reading} and flagged as approximate, so enter the exact figure.`,
});
