// AID-R208 code-from-section: a row leaves a code column blank under a section heading that names the
// code ("I. Y tế" over rows with no sector): the row is read as the heading says, and the cell should say
// so itself. Needs the rows above it (validate/sections.ts).
import { defineRule } from '../define';

export const codeFromSection = defineRule({
  id: 'AID-R208', name: 'code-from-section', severity: 'warning', needs: 'table',
  params: { value: 'text', section: 'text' },
  titleVi: 'Mã lấy từ dòng tiêu đề mục', titleEn: 'Code taken from the section heading',
  vi: (p) => `${p.where}: ô ${p.column} để trống; dòng nằm trong mục "${p.section}" nên được hiểu là ${p.value}. Nên ghi rõ giá trị này vào ô.`,
  en: (p) => `${p.where}: ${p.column} is blank; the row sits under the section "${p.section}", so it is read as ${p.value}. Write the value in the cell.`,
});
