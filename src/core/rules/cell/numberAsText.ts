// AID-C104 number-as-text: a plain number typed as text: Excel cannot add it up; the number is a certain fix (validate/cells.ts).
// A text that writes a magnitude ("5 tỷ") in a column with a unit ("triệu đồng") is read in whole units
// (5 tỷ đồng = 5.000 triệu đồng): the fix is the figure in the column's unit, which the message names.
import { defineRule, isNumberColumn, nativeNoDigit, q } from '../define';

export const numberAsText = defineRule({
  id: 'AID-C104', name: 'number-as-text', severity: 'warning', needs: 'cell',
  params: { value: 'text', fixNumber: 'number', columnUnit: 'text?' },
  // Text with digits in a number column: Excel's SUM skips it, whatever it says.
  native: (at) => (isNumberColumn(at.column) ? `AND(ISTEXT(${at.ref}),NOT(${nativeNoDigit(at.ref)}))` : null),
  titleVi: 'Số lưu dạng văn bản', titleEn: 'Number stored as text',
  vi: (p) => (p.columnUnit === undefined
    ? `${p.where}: ${q(p.value)} là số nhưng lưu dạng văn bản, Excel sẽ không cộng được; sửa thành số ${p.fixNumber}.`
    : `${p.where}: ${q(p.value)} là số lưu dạng văn bản, Excel sẽ không cộng được; tính theo đơn vị của cột (${p.columnUnit}) là ${p.fixNumber}; sửa thành số ${p.fixNumber}.`),
  en: (p) => (p.columnUnit === undefined
    ? `${p.where}: ${q(p.value)} is a number stored as text, which Excel cannot add up; fix: the number ${p.fixNumber}.`
    : `${p.where}: ${q(p.value)} is a number stored as text, which Excel cannot add up; in the column's unit (${p.columnUnit}) it is ${p.fixNumber}; fix: the number ${p.fixNumber}.`),
});
