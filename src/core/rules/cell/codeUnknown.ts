// AID-C107 code-unknown: a value a code list does not hold, or one that matches several entries (validate/cells.ts).
import { defineRule, q } from '../define';

export const codeUnknown = defineRule({
  id: 'AID-C107', name: 'code-unknown', severity: 'error', needs: 'cell',
  params: { value: 'text', example: 'text', candidates: 'text' },
  // Not on its drop-down list. The VSIC list holds "C - Label" entries: the letter or the label alone is on it too.
  native: (at) => {
    if (!at.list) return null;
    const listed = `COUNTIF(${at.list},${at.ref})` + (at.column.codeList === 'vsic' ? `+COUNTIF(${at.list},${at.ref}&" - *")+COUNTIF(${at.list},"* - "&${at.ref})` : '');
    // IF, not AND: Excel's AND evaluates every argument, and some engines refuse a blank criterion. FALSE(), not FALSE: one engine (HyperFormula) lacks the literal.
    return `IF(TRIM(${at.ref})="",FALSE(),${listed}=0)`;
  },
  titleVi: 'Giá trị ngoài danh mục', titleEn: 'Value outside its code list',
  vi: (p) => `${p.where}: ${q(p.value)} không có trong danh mục "${p.column}"${p.candidates ? ` (có thể là: ${p.candidates})` : ''}; cần chọn một giá trị trong danh mục, ví dụ ${q(p.example)}.`,
  en: (p) => `${p.where}: ${q(p.value)} is not in the "${p.column}" list${p.candidates ? ` (could be: ${p.candidates})` : ''}; expected a listed value such as ${q(p.example)}.`,
});
