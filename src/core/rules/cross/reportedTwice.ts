// AID-X309 reported-twice: consolidation found the same project, with the same figures, in two of the workbooks combined (consolidate/index.ts): it is counted once. Needs the other workbooks.
import { defineRule, q } from '../define';

export const reportedTwice = defineRule({
  id: 'AID-X309', name: 'reported-twice', severity: 'warning', needs: 'workbooks',
  params: { value: 'text', file: 'text', firstFile: 'text', firstSheet: 'text', firstRow: 'text' },
  titleVi: 'Cùng một dự án được hai tệp báo cáo', titleEn: 'The same project reported by two files',
  vi: (p) => `${p.where}: mã ${q(p.value)} trong tệp ${q(p.file)} có cùng số liệu với tệp ${q(p.firstFile)} (trang ${q(p.firstSheet)}, dòng ${p.firstRow}); khi gộp chỉ tính một lần, theo tệp ${q(p.firstFile)}.`,
  en: (p) => `${p.where}: id ${q(p.value)} in file ${q(p.file)} has the same figures as file ${q(p.firstFile)} (sheet ${q(p.firstSheet)}, row ${p.firstRow}); the combined registers count it once, from ${q(p.firstFile)}.`,
});
