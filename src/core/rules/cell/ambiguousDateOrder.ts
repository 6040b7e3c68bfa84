// AID-C122 ambiguous-date-order: "5/1/2024" may be 5 January or 1 May, and nothing settles which
// (validate/cells.ts, the column's order from validate/dayOrder.ts): an English sheet, or a column whose
// other dates are written both ways. A column whose other dates show one order (25/1/2024) settles it, and a
// Vietnamese sheet writes day first unless its dates say otherwise; so the rule needs the table.
import { defineRule, q } from '../define';

export const ambiguousDateOrder = defineRule({
  id: 'AID-C122', name: 'ambiguous-date-order', severity: 'error', needs: 'table',
  params: { value: 'text', reading: 'day', alternative: 'day' },
  titleVi: 'Không rõ ngày trước hay tháng trước', titleEn: 'Day and month order unclear',
  vi: (p) => `${p.where}: ${q(p.value)} có thể là ngày ${p.reading} hoặc ngày ${p.alternative}; các ngày khác trong cột "${p.column}" không cho biết ngày hay tháng viết trước, nên dòng này không được tính vào tổng. Ghi lại ngày ở dạng số ngày tháng của Excel, hoặc dạng "ngày 5 tháng 1 năm 2024".`,
  en: (p) => `${p.where}: ${q(p.value)} could be ${p.reading} or ${p.alternative}; the other dates in "${p.column}" do not show whether the day or the month comes first, so the row is left out of totals. Retype it as an Excel date, or as "5 January 2024".`,
});
