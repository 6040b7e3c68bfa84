// AID-T001 missing-column: a register without a column it cannot do without. Checked on the header (validate/table.ts); a currency
// named in the amount header ("Giá trị cam kết (USD)") stands in for the currency column.
import { defineRule, q } from '../define';

export const missingColumn = defineRule({
  id: 'AID-T001', name: 'missing-column', severity: 'error', needs: 'header',
  params: { headerRow: 'text' },
  titleVi: 'Thiếu cột bắt buộc', titleEn: 'Required column missing',
  vi: (p) => `Trang ${q(p.sheet)}, bảng "${p.register}" (tiêu đề ở dòng ${p.headerRow}): thiếu cột bắt buộc "${p.column}"; cần thêm cột có tiêu đề "${p.column}".`,
  en: (p) => `Sheet ${q(p.sheet)}, register "${p.register}" (header on row ${p.headerRow}): required column "${p.column}" is missing; add a column headed "${p.column}".`,
});
