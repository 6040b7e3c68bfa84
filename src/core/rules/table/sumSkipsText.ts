// AID-T009 sum-skips-text: a total computed by =SUM(…) that differs from the data rows it covers because
// Excel's SUM skips numbers stored as text: the message names those cells and what they add up to.
// Needs the whole table and the cell's formula, when the host reads formulas (validate/totals.ts).
import { defineRule } from '../define';

export const sumSkipsText = defineRule({
  id: 'AID-T009', name: 'sum-skips-text', severity: 'error', needs: 'table',
  params: { formula: 'text', stated: 'number', computed: 'number', cells: 'text', skipped: 'number' },
  titleVi: 'Hàm SUM bỏ qua số lưu dạng văn bản', titleEn: "Excel's SUM skips numbers stored as text",
  vi: (p) => `${p.where}: dòng tổng cộng là công thức ${p.formula}, cho ${p.stated}, nhưng các dòng dữ liệu cộng lại là ${p.computed}: hàm SUM của Excel bỏ qua các số lưu dạng văn bản ở ô ${p.cells} (cộng lại ${p.skipped}). Chuyển các ô đó thành số thì tổng sẽ đúng.`,
  en: (p) => `${p.where}: the totals row is the formula ${p.formula}, giving ${p.stated}, but the data rows add up to ${p.computed}: Excel's SUM skips the numbers stored as text in ${p.cells} (together ${p.skipped}). Turn those cells into numbers and the total will be right.`,
});
