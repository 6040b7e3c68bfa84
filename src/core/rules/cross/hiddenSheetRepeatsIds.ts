// AID-X307 hidden-sheet-repeats-ids: a hidden sheet whose register repeats ids of a visible sheet, most likely a backup copy, whatever the hidden-sheet policy (validate/hidden.ts): needs the other sheets.
import { defineRule, q } from '../define';

export const hiddenSheetRepeatsIds = defineRule({
  id: 'AID-X307', name: 'hidden-sheet-repeats-ids', severity: 'warning', needs: 'workbook',
  params: { count: 'text', total: 'text', otherSheet: 'text', value: 'text' },
  titleVi: 'Trang ẩn lặp lại mã của trang khác', titleEn: 'Hidden sheet repeats another sheet\'s ids',
  vi: (p) => `${p.where}: trang ẩn này lặp lại ${p.count} trong ${p.total} mã của trang ${q(p.otherSheet)} (ví dụ ${q(p.value)}); có thể là bản sao lưu cũ, không nên tính hai lần.`,
  en: (p) => `${p.where}: this hidden sheet repeats ${p.count} of its ${p.total} ids from sheet ${q(p.otherSheet)} (e.g. ${q(p.value)}); it is probably a backup copy and must not be counted twice.`,
});
