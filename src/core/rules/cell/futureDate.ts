// AID-C109 future-date: a date that cannot lie in the future (approval, disbursement…) does: such columns are marked `notFuture`.
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule } from '../define';

export const futureDate = defineRule({
  id: 'AID-C109', name: 'future-date', severity: 'error', needs: 'cell',
  params: { dateValue: 'day', today: 'day' },
  native: (at) => (at.column.notFuture ? `AND(ISNUMBER(${at.ref}),${at.ref}>TODAY())` : null),
  titleVi: 'Ngày ở tương lai', titleEn: 'Date in the future',
  vi: (p) => `${p.where}: "${p.column}" là ${p.dateValue}, sau ngày hôm nay (${p.today}); ngày này không thể ở tương lai.`,
  en: (p) => `${p.where}: "${p.column}" is ${p.dateValue}, after today (${p.today}); this date cannot lie in the future.`,
});

/** A day after today, in a column whose dates cannot lie in the future. */
export function isFutureDay(day: number, today: number): boolean {
  return day > today;
}
