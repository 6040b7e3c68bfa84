// AID-C121 date-imprecise: a date column holds a year, half, quarter or month ("2011", "Quý I/2024",
// "tháng 4/2024") where a day belongs (validate/cells.ts). Read with its precision, never as an Excel
// serial (2011 is not 03/07/1905); summaries count it only in periods that hold it whole.
import { defineRule, q } from '../define';

export const dateImprecise = defineRule({
  id: 'AID-C121', name: 'date-imprecise', severity: 'warning', needs: 'cell',
  params: { value: 'text', precision: 'word', first: 'day', last: 'day' },
  titleVi: 'Ngày chỉ ghi đến tháng, quý hoặc năm', titleEn: 'Date given only as a month, quarter or year',
  vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" chỉ ghi đến ${p.precision} (từ ${p.first} đến ${p.last}), không phải một ngày; được đọc như vậy, và bản tổng hợp chỉ tính dòng này vào kỳ chứa trọn khoảng đó. Nếu biết ngày, ghi ngày cụ thể.`,
  en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" gives only the ${p.precision} (${p.first} to ${p.last}), not a day; it is read so, and summaries count this row only in a period that holds that whole span. If the day is known, write it.`,
});
