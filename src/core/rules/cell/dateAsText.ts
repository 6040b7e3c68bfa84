// AID-C114 date-as-text: a full date typed as text: Excel cannot filter or compare it; the date serial is the fix (validate/cells.ts).
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule, nativeNoDigit, q } from '../define';

export const dateAsText = defineRule({
  id: 'AID-C114', name: 'date-as-text', severity: 'warning', needs: 'cell',
  params: { value: 'text', fixDay: 'day' },
  native: (at) => (at.column.type === 'date' ? `AND(ISTEXT(${at.ref}),NOT(${nativeNoDigit(at.ref)}))` : null),
  titleVi: 'Ngày lưu dạng văn bản', titleEn: 'Date stored as text',
  vi: (p) => `${p.where}: ${q(p.value)} là ngày nhưng lưu dạng văn bản, Excel không lọc, so sánh được; sửa thành ngày ${p.fixDay}.`,
  en: (p) => `${p.where}: ${q(p.value)} is a date stored as text, which Excel cannot filter or compare; fix: the date ${p.fixDay}.`,
});

/** A date read from text down to the day: months and years typed as text are how periods are written. */
export function isDateAsText(fromText: boolean, precision: string): boolean {
  return fromText && precision === 'day';
}
