// AID-X306 duplicate-id-across-sheets: an id used on two sheets of one register kind (one sheet per year), which count as one register (validate/acrossSheets.ts): needs the other sheets.
import { defineRule, q } from '../define';

export const duplicateIdAcrossSheets = defineRule({
  id: 'AID-X306', name: 'duplicate-id-across-sheets', severity: 'error', needs: 'workbook',
  params: { value: 'text', firstSheet: 'text', firstRow: 'text' },
  titleVi: 'Mã trùng giữa các trang', titleEn: 'Duplicate id across sheets',
  vi: (p) => `${p.where}: mã ${q(p.value)} đã có ở trang ${q(p.firstSheet)}, dòng ${p.firstRow}; các trang cùng loại sổ là một sổ, mỗi mã chỉ dùng một lần. Dòng này không được tính.`,
  en: (p) => `${p.where}: id ${q(p.value)} already appears on sheet ${q(p.firstSheet)}, row ${p.firstRow}; sheets of one register kind are one register and each id must be unique. This row is not counted.`,
});
