// AID-T003 blank-header: data under a blank header cell is never read, so the person is told. Checked on the header (validate/table.ts).
import { defineRule } from '../define';

export const blankHeader = defineRule({
  id: 'AID-T003', name: 'blank-header', severity: 'warning', needs: 'header',
  params: {},
  titleVi: 'Cột có dữ liệu nhưng không có tiêu đề', titleEn: 'Data under a blank header',
  vi: (p) => `${p.where}: cột này có dữ liệu nhưng không có tiêu đề; dữ liệu bị bỏ qua, cần ghi tiêu đề cho cột.`,
  en: (p) => `${p.where}: this column holds data but has no header; its data is ignored, so give it a header.`,
});
