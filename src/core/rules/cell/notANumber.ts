// AID-C102 not-a-number: a cell of a number column that no reading turns into a number (validate/cells.ts). `reason` is the
// amount parser's, kept for hosts; the message does not show it.
import { defineRule, isNumberColumn, nativeNoDigit, q } from '../define';

export const notANumber = defineRule({
  id: 'AID-C102', name: 'not-a-number', severity: 'error', needs: 'cell',
  params: { value: 'text', reason: 'text?' },
  // Text with no digit in a number column: no reading can make it a number.
  native: (at) => (isNumberColumn(at.column) ? `AND(ISTEXT(${at.ref}),TRIM(${at.ref})<>"",${nativeNoDigit(at.ref)})` : null),
  titleVi: 'Không phải số', titleEn: 'Not a number',
  vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" không đọc được thành số; cần một số như 1.250.000 hoặc "3,7 triệu USD".`,
  en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" cannot be read as a number; expected a number such as 1,250,000 or "3.7 million USD".`,
});
