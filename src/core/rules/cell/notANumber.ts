// AID-C102 not-a-number: a cell of a number column that no reading turns into a number (validate/cells.ts). `reason` is the
// amount parser's, kept for hosts; the message does not show it, but says what is wrong with a number that
// cannot be counted: not finite ("1e309", Infinity) or beyond 2^53 ("12345678901234567890").
import { defineRule, isNumberColumn, nativeNoDigit, q } from '../define';

export const notANumber = defineRule({
  id: 'AID-C102', name: 'not-a-number', severity: 'error', needs: 'cell',
  params: { value: 'text', reason: 'text?' },
  // Text with no digit in a number column: no reading can make it a number.
  native: (at) => (isNumberColumn(at.column) ? `AND(ISTEXT(${at.ref}),TRIM(${at.ref})<>"",${nativeNoDigit(at.ref)})` : null),
  titleVi: 'Không phải số', titleEn: 'Not a number',
  vi: (p) => p.reason === 'not-finite'
    ? `${p.where}: ${q(p.value)} ở cột "${p.column}" không phải một số hữu hạn (vô cực, hoặc lớn hơn mức máy tính biểu diễn được); không được tính. Cần một số như 1.250.000.`
    : p.reason === 'too-large'
      ? `${p.where}: ${q(p.value)} ở cột "${p.column}" vượt quá 2^53 (9.007.199.254.740.991): cả Excel lẫn máy tính đều không giữ đúng từng đơn vị của số này, nên không được tính. Kiểm tra lại số chữ số.`
      : `${p.where}: ${q(p.value)} ở cột "${p.column}" không đọc được thành số; cần một số như 1.250.000 hoặc "3,7 triệu USD".`,
  en: (p) => p.reason === 'not-finite'
    ? `${p.where}: ${q(p.value)} in "${p.column}" is not a finite number (infinite, or beyond what a computer can represent); it is not counted. Expected a number such as 1,250,000.`
    : p.reason === 'too-large'
      ? `${p.where}: ${q(p.value)} in "${p.column}" is beyond 2^53 (9,007,199,254,740,991): neither Excel nor a computer keeps every unit of it, so it is not counted. Check the number of digits.`
      : `${p.where}: ${q(p.value)} in "${p.column}" cannot be read as a number; expected a number such as 1,250,000 or "3.7 million USD".`,
});
