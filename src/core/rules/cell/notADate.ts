// AID-C103 not-a-date: a date cell that is no day: unreadable, impossible (31/02), out of range, or only a month where a day
// is needed (validate/cells.ts).
import { defineRule, nativeNoDigit, q } from '../define';

export const notADate = defineRule({
  id: 'AID-C103', name: 'not-a-date', severity: 'error', needs: 'cell',
  params: { value: 'text', reason: 'word' },
  native: (at) => (at.column.type === 'date' ? `AND(ISTEXT(${at.ref}),TRIM(${at.ref})<>"",${nativeNoDigit(at.ref)})` : null),
  titleVi: 'Không phải ngày hợp lệ', titleEn: 'Not a valid date',
  vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" không phải ngày hợp lệ (${p.reason}); cần ngày dạng ngày/tháng/năm, ví dụ 29/4/2022.`,
  en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" is not a valid date (${p.reason}); expected day/month/year, e.g. 29/4/2022.`,
});
