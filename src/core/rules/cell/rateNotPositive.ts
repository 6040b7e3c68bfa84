// AID-C116 rate-not-positive: an exchange rate of zero or less.
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule, q } from '../define';

export const rateNotPositive = defineRule({
  id: 'AID-C116', name: 'rate-not-positive', severity: 'error', needs: 'cell',
  params: { value: 'text' },
  native: (at) => (at.column.type === 'rate' ? `AND(ISNUMBER(${at.ref}),${at.ref}<=0)` : null),
  titleVi: 'Tỷ giá không hợp lệ', titleEn: 'Exchange rate not positive',
  vi: (p) => `${p.where}: tỷ giá ${q(p.value)} phải là số dương.`,
  en: (p) => `${p.where}: the exchange rate ${q(p.value)} must be a positive number.`,
});

/** Not a rate at all: zero, negative or NaN. */
export function isRateNotPositive(n: number): boolean {
  return !(n > 0);
}
