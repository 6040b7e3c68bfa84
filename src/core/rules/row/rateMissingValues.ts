// AID-R207 rate-missing-values: an exchange-rate row with neither a USD nor a VND rate (validate/rows.ts).
import { defineRule, q } from '../define';

export const rateMissingValues = defineRule({
  id: 'AID-R207', name: 'rate-missing-values', severity: 'error', needs: 'row',
  params: { currency: 'text' },
  titleVi: 'Dòng tỷ giá không có tỷ giá', titleEn: 'Exchange-rate row without a rate',
  vi: (p) => `${p.where}: dòng tỷ giá ${q(p.currency)} không có tỷ giá quy đổi USD hay VND.`,
  en: (p) => `${p.where}: the ${q(p.currency)} rate row has neither a USD nor a VND rate.`,
});

/** The check (validate/rows.ts): a rate row naming a currency with neither rate (rows with an error are left alone). */
export function hasNoRate(currency: string | null, usd: unknown, vnd: unknown): currency is string {
  return currency !== null && usd === null && vnd === null;
}
