// AID-C108 negative-amount: an amount below zero: a decrease is recorded as a positive amount of kind "Decrease".
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule } from '../define';

export const negativeAmount = defineRule({
  id: 'AID-C108', name: 'negative-amount', severity: 'error', needs: 'cell',
  params: { value: 'text' },
  native: (at) => (at.column.type === 'amount' ? `AND(ISNUMBER(${at.ref}),${at.ref}<0)` : null),
  titleVi: 'Số tiền âm', titleEn: 'Negative amount',
  vi: (p) => `${p.where}: "${p.column}" là số âm (${p.value}); cần số không âm (giảm vốn ghi số dương với loại "Giảm vốn").`,
  en: (p) => `${p.where}: "${p.column}" is negative (${p.value}); expected zero or more (record a decrease as a positive amount of kind "Decrease").`,
});

/** An amount below zero. Small and exported on its own so that V8 inlines it into the fast path. */
export function isNegativeAmount(n: number): boolean {
  return n < 0;
}
