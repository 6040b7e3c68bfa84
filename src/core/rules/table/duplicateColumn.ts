// AID-T002 duplicate-column: two header cells naming the same field: only the first is read. Checked on the header (validate/table.ts).
import { defineRule } from '../define';

export const duplicateColumn = defineRule({
  id: 'AID-T002', name: 'duplicate-column', severity: 'error', needs: 'header',
  params: { header: 'text', first: 'text' },
  titleVi: 'Cột bị trùng', titleEn: 'Duplicate column',
  vi: (p) => `${p.where}: cột "${p.header}" trùng với cột "${p.column}" ở ô ${p.first}; chỉ cột đầu tiên được dùng, cần xóa hoặc đổi tên cột này.`,
  en: (p) => `${p.where}: column "${p.header}" duplicates "${p.column}" at ${p.first}; only the first is used, so remove or rename this one.`,
});
