// AID-T013 hidden-columns-read: register columns the user hid are read all the same, and said so once per register (validate/hidden.ts): needs the sheet's hidden columns, which only the workbook read by a host gives.
import { defineRule } from '../define';

export const hiddenColumnsRead = defineRule({
  id: 'AID-T013', name: 'hidden-columns-read', severity: 'warning', needs: 'workbook',
  params: { columns: 'text' },
  titleVi: 'Cột ẩn vẫn được đọc', titleEn: 'Hidden columns are read',
  vi: (p) => `${p.where}: cột ${p.columns} đang bị ẩn nhưng vẫn được đọc và kiểm tra như các cột khác.`,
  en: (p) => `${p.where}: column(s) ${p.columns} are hidden but are read and checked like the others.`,
});
