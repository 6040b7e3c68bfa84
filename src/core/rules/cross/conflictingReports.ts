// AID-X310 conflicting-reports: consolidation found one id in two of the workbooks combined with different figures (consolidate/index.ts): neither row is counted until the files agree. Needs the other workbooks.
import { defineRule, q } from '../define';

export const conflictingReports = defineRule({
  id: 'AID-X310', name: 'conflicting-reports', severity: 'error', needs: 'workbooks',
  params: { value: 'text', file: 'text', firstFile: 'text', firstSheet: 'text', firstRow: 'text', columns: 'text' },
  titleVi: 'Hai tệp báo cáo cùng mã với số liệu khác nhau', titleEn: 'Two files report one id with different figures',
  vi: (p) => `${p.where}: mã ${q(p.value)} trong tệp ${q(p.file)} cũng có ở tệp ${q(p.firstFile)} (trang ${q(p.firstSheet)}, dòng ${p.firstRow}) nhưng khác ở: ${p.columns}. Cả hai dòng không được tính cho đến khi hai nơi thống nhất số liệu.`,
  en: (p) => `${p.where}: id ${q(p.value)} in file ${q(p.file)} is also in file ${q(p.firstFile)} (sheet ${q(p.firstSheet)}, row ${p.firstRow}) but differs in: ${p.columns}. Neither row is counted until the two agree.`,
});
