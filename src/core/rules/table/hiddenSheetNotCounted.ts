// AID-T012 hidden-sheet-not-counted: a register on a hidden sheet is left out (usually an old copy) and listed (validate/hidden.ts): needs the sheet's visibility, which only the workbook read by a host gives.
import { defineRule } from '../define';

export const hiddenSheetNotCounted = defineRule({
  id: 'AID-T012', name: 'hidden-sheet-not-counted', severity: 'warning', needs: 'workbook',
  params: { rows: 'text' },
  titleVi: 'Trang ẩn không được tính', titleEn: 'Hidden sheet not counted',
  vi: (p) => `${p.where}: trang đang bị ẩn, chứa sổ "${p.register}" có ${p.rows} dòng; không kiểm tra và không tính vào tổng hợp (thường là bản sao cũ). Để tính, hiện trang hoặc chọn "Tính cả trang ẩn" (--hidden include).`,
  en: (p) => `${p.where}: the sheet is hidden and holds a register (${p.register}) of ${p.rows} ${p.rows === 1 ? 'row' : 'rows'}; it is not checked nor counted (usually an old copy). To count it, unhide the sheet or choose "Count hidden sheets" (--hidden include).`,
});
