// AID-C115 not-an-integer: a count (employees) that is not a whole number of zero or more.
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule, q } from '../define';

export const notAnInteger = defineRule({
  id: 'AID-C115', name: 'not-an-integer', severity: 'error', needs: 'cell',
  params: { value: 'text' },
  // IF, not AND: INT of a text is an error, and AND evaluates every argument.
  native: (at) => (at.column.type === 'integer' ? `IF(ISNUMBER(${at.ref}),OR(${at.ref}<0,${at.ref}<>INT(${at.ref})),FALSE())` : null),
  titleVi: 'Không phải số nguyên', titleEn: 'Not a whole number',
  vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" phải là số nguyên không âm.`,
  en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" must be a whole number, zero or more.`,
});

/** Not a whole number of zero or more (NaN included). */
export function isNotWholeCount(n: number): boolean {
  return !Number.isInteger(n) || n < 0;
}
