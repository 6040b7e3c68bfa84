// AID-R207 rate-missing-values: an exchange-rate row with neither a USD nor a VND rate (validate/rows.ts).
import { defineRule, q } from '../define';

export const rateMissingValues = defineRule({
  id: 'AID-R207', name: 'rate-missing-values', severity: 'error', needs: 'row',
  params: { currency: 'text' },
  titleVi: 'Dòng tỷ giá không có tỷ giá', titleEn: 'Exchange-rate row without a rate',
  vi: (p) => `${p.where}: dòng tỷ giá ${q(p.currency)} không có tỷ giá quy đổi USD hay VND.`,
  en: (p) => `${p.where}: the ${q(p.currency)} rate row has neither a USD nor a VND rate.`,
});
