// AID-C108 negative-amount: an amount below zero: a decrease is recorded as a positive amount of kind "Decrease".
// Under an FDI change kind that adds capital ("Tăng vốn", "Góp vốn") the minus contradicts the kind: the
// message names it (`changeKind`). A minus under "Giảm vốn" only repeats the kind (rules/cell/signRepeatsKind.ts).
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule } from '../define';

export const negativeAmount = defineRule({
  id: 'AID-C108', name: 'negative-amount', severity: 'error', needs: 'cell',
  params: { value: 'text', changeKind: 'text?' },
  native: (at) => (at.column.type === 'amount' ? `AND(ISNUMBER(${at.ref}),${at.ref}<0)` : null),
  titleVi: 'Số tiền âm', titleEn: 'Negative amount',
  vi: (p) => (p.changeKind === undefined
    ? `${p.where}: "${p.column}" là số âm (${p.value}); cần số không âm (giảm vốn ghi số dương với loại "Giảm vốn").`
    : `${p.where}: "${p.column}" là số âm (${p.value}) nhưng loại điều chỉnh là "${p.changeKind}": dấu trừ nói giảm, loại nói tăng; dòng không được tính vào số vốn cho đến khi sửa một trong hai (giảm vốn thì ghi số dương với loại "Giảm vốn").`),
  en: (p) => (p.changeKind === undefined
    ? `${p.where}: "${p.column}" is negative (${p.value}); expected zero or more (record a decrease as a positive amount of kind "Decrease").`
    : `${p.where}: "${p.column}" is negative (${p.value}) but the kind is "${p.changeKind}": the minus says a decrease, the kind an increase; the row is left out of capital figures until one of them is corrected (record a decrease as a positive amount of kind "Decrease").`),
});

/** An amount below zero. Small and exported on its own so that V8 inlines it into the fast path. */
export function isNegativeAmount(n: number): boolean {
  return n < 0;
}
