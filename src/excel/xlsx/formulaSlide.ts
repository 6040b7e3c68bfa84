// A shared formula as each cell of its range reads it. The file writes the formula once, on the first
// cell (`<f t="shared" ref="F20:H20" si="0">SUM(F5:F19)</f>`); the other cells only name it
// (`<f t="shared" si="0"/>`) and read it with its relative references moved by their offset from the
// first (G20: SUM(G5:G19)), as Excel and ExcelJS do. One pass over the text, no regular expression.

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A character that, just before a reference, makes it part of a longer name (LOG10, _xlfn.X1). */
const isNamePart = (c: number): boolean => isLetter(c) || isDigit(c) || c === 95 /* _ */ || c === 46 /* . */;

function colNumber(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) & 0x1f);
  return n;
}

function colLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * `formula` moved by `dr` rows and `dc` columns: A1 references without "$" move, "$" parts stay;
 * text in "…" and sheet names in '…' are kept as they are. A reference moved off the sheet becomes
 * #REF!, as Excel writes it.
 */
export function slideFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const c = formula.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      // A string or a quoted sheet name, with its doubled quotes.
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) === c) {
          if (j + 1 < n && formula.charCodeAt(j + 1) === c) { j += 2; continue; }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if ((c === 36 /* $ */ || isLetter(c)) && (i === 0 || !isNamePart(formula.charCodeAt(i - 1)))) {
      // Maybe a reference: [$]LETTERS[$]DIGITS, not followed by "(" or another name character.
      let j = i;
      const colAbs = formula.charCodeAt(j) === 36;
      if (colAbs) j++;
      const l0 = j;
      while (j < n && isLetter(formula.charCodeAt(j)) && j - l0 < 3) j++;
      const letters = formula.slice(l0, j);
      const rowAbs = j < n && formula.charCodeAt(j) === 36;
      if (rowAbs) j++;
      const d0 = j;
      while (j < n && isDigit(formula.charCodeAt(j))) j++;
      const digits = formula.slice(d0, j);
      const next = j < n ? formula.charCodeAt(j) : 0;
      if (letters.length > 0 && digits.length > 0 && next !== 40 /* ( */ && !isNamePart(next) && next !== 33 /* ! */) {
        const col = colNumber(letters.toUpperCase()) + (colAbs ? 0 : dc);
        const row = Number(digits) + (rowAbs ? 0 : dr);
        out += col < 1 || row < 1 || col > 16_384 || row > 1_048_576 ? '#REF!' : `${colAbs ? '$' : ''}${colLetters(col)}${rowAbs ? '$' : ''}${row}`;
        i = j;
        continue;
      }
      // Not a reference: copy the whole word so that its tail is not read as one.
      let k = i + 1;
      while (k < n && isNamePart(formula.charCodeAt(k))) k++;
      out += formula.slice(i, k);
      i = k;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}
