// AID-T009 sum-skips-text: a total computed by =SUM(…) that differs from the data rows it covers because
// Excel's SUM skips numbers stored as text: the message names those cells and what they add up to.
// Needs the whole table; with the cell's formula when the host reads it, else when the gap is exactly
// those numbers (a SUM's result, or one pasted as a value) (validate/totals.ts).
import { defineRule } from '../define';

export const sumSkipsText = defineRule({
  id: 'AID-T009', name: 'sum-skips-text', severity: 'error', needs: 'table',
  params: { formula: 'text?', stated: 'number', computed: 'number', cells: 'text', skipped: 'number' },
  titleVi: 'Hàm SUM bỏ qua số lưu dạng văn bản', titleEn: "Excel's SUM skips numbers stored as text",
  vi: (p) => (p.formula !== undefined
    ? `${p.where}: dòng tổng cộng là công thức ${p.formula}, cho ${p.stated}, nhưng các dòng dữ liệu cộng lại là ${p.computed}: hàm SUM của Excel bỏ qua các số lưu dạng văn bản ở ô ${p.cells} (cộng lại ${p.skipped}). Chuyển các ô đó thành số thì tổng sẽ đúng.`
    : `${p.where}: dòng tổng cộng ghi ${p.stated}, nhưng các dòng dữ liệu cộng lại là ${p.computed}; phần chênh lệch đúng bằng các số lưu dạng văn bản ở ô ${p.cells} (cộng lại ${p.skipped}), mà hàm SUM của Excel bỏ qua: tổng này có lẽ đã được tính bằng SUM. Chuyển các ô đó thành số rồi tính lại tổng.`),
  en: (p) => (p.formula !== undefined
    ? `${p.where}: the totals row is the formula ${p.formula}, giving ${p.stated}, but the data rows add up to ${p.computed}: Excel's SUM skips the numbers stored as text in ${p.cells} (together ${p.skipped}). Turn those cells into numbers and the total will be right.`
    : `${p.where}: the totals row states ${p.stated}, but the data rows add up to ${p.computed}; the gap is exactly the numbers stored as text in ${p.cells} (together ${p.skipped}), which Excel's SUM skips: the total was likely computed by SUM. Turn those cells into numbers and total again.`),
});
