// AID-T007 ambiguous-header: a header whose words could name a column another header already names
// ("Giá trị" beside "Giá trị cam kết"): which it means is not guessed, its data is not read, and the
// person is asked to say. Checked on the header (detect/evaluate.ts finds it, validate/table.ts says it).
import { defineRule } from '../define';

export const ambiguousHeader = defineRule({
  id: 'AID-T007', name: 'ambiguous-header', severity: 'warning', needs: 'header',
  params: { header: 'text', other: 'text' },
  titleVi: 'Tiêu đề cột không rõ nghĩa', titleEn: 'Ambiguous column header',
  vi: (p) => `${p.where}: tiêu đề "${p.header}" có thể là cột "${p.column}", nhưng cột "${p.other}" cũng vậy; cột này không được đọc, cần ghi rõ tiêu đề (ví dụ "Giá trị cam kết", "Giá trị giải ngân").`,
  en: (p) => `${p.where}: header "${p.header}" could mean "${p.column}", but so could the column "${p.other}"; this column is not read, so name it plainly (e.g. "Committed amount", "Disbursed").`,
});
