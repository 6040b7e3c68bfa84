// AID-C104 number-as-text: a plain number typed as text: Excel cannot add it up; the number is a certain fix (validate/cells.ts).
import { defineRule, isNumberColumn, nativeNoDigit, q } from '../define';

export const numberAsText = defineRule({
  id: 'AID-C104', name: 'number-as-text', severity: 'warning', needs: 'cell',
  params: { value: 'text', fixNumber: 'number' },
  // Text with digits in a number column: Excel's SUM skips it, whatever it says.
  native: (at) => (isNumberColumn(at.column) ? `AND(ISTEXT(${at.ref}),NOT(${nativeNoDigit(at.ref)}))` : null),
  titleVi: 'Số lưu dạng văn bản', titleEn: 'Number stored as text',
  vi: (p) => `${p.where}: ${q(p.value)} là số nhưng lưu dạng văn bản, Excel sẽ không cộng được; sửa thành số ${p.fixNumber}.`,
  en: (p) => `${p.where}: ${q(p.value)} is a number stored as text, which Excel cannot add up; fix: the number ${p.fixNumber}.`,
});
