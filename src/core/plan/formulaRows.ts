// A formula moved down the sheet the way Excel fills it: relative row numbers follow, absolute ones ($4)
// stay. Both writers use it for a table's calculated columns, so every row of such a column holds
// exactly the formula Excel itself would put there.

const MAX_ROW = 1_048_576;

/** A cell reference (A4, $A$4, XFD1048576) not followed by what would make it a name or a function. */
const CELL = /^(\$?[A-Za-z]{1,3}\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/;
/** A whole-row range (4:9, $4:$9). */
const ROWS = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(])/;

/** End of a "text" or 'sheet' literal starting at i (quotes doubled inside). */
function quotedEnd(f: string, i: number): number {
  const q = f[i];
  let j = i + 1;
  while (j < f.length) {
    if (f[j] !== q) j++;
    else if (f[j + 1] === q) j += 2;
    else return j + 1;
  }
  return j;
}

/** End of a structured reference [..] starting at i, nested brackets and ' escapes included. */
function bracketEnd(f: string, i: number): number {
  let depth = 0;
  for (let j = i; j < f.length; j++) {
    if (f[j] === "'") j++;
    else if (f[j] === '[') depth++;
    else if (f[j] === ']' && --depth === 0) return j + 1;
  }
  return f.length;
}

/**
 * `formula` (en-US, with or without '=') as it reads `down` rows lower. Text, quoted sheet names and
 * structured references are left as they are; names and functions are never taken for cells.
 */
export function formulaAtRow(formula: string, down: number): string {
  if (down === 0) return formula;
  return mapFormulaRows(formula, (row, absolute) => (absolute ? row : moved(row, down, formula)));
}

/**
 * `formula` with the rows inserted into its own sheet: every reference without a sheet name follows its
 * row (`rowAfter`, 1-based, absolute or not, as Excel moves references when rows are inserted); references
 * to other sheets ('Dự án'!$C$2:$C$40) stay.
 */
export function formulaAfterInsert(formula: string, rowAfter: (row: number) => number): string {
  return mapFormulaRows(formula, (row, _absolute, otherSheet) => (otherSheet ? row : rowAfter(row)));
}

function moved(row: number, down: number, formula: string): number {
  const r = row + down;
  if (r < 1 || r > MAX_ROW) throw new Error(`Moving ${formula} by ${down} rows leaves the sheet`);
  return r;
}

/**
 * The formula with each cell or whole-row reference's row (1-based) replaced by `move(row, absolute,
 * otherSheet)`; `otherSheet` is true for a reference after "Sheet!" and for the far end of its range.
 */
function mapFormulaRows(formula: string, move: (row: number, absolute: boolean, otherSheet: boolean) => number): string {
  let out = '';
  let i = 0;
  // The last reference was qualified by a sheet name, and a ':' may carry it to the range's far end.
  let qualified = false;
  while (i < formula.length) {
    const ch = formula[i];
    const prev = i > 0 ? formula[i - 1] : '';
    let end = i + 1;
    if (ch === '"' || ch === "'") end = quotedEnd(formula, i);
    else if (ch === '[') end = bracketEnd(formula, i);
    else if (!/[A-Za-z0-9_.\\$]/.test(prev)) {
      const otherSheet: boolean = prev === '!' || (prev === ':' && qualified);
      const rest = formula.slice(i);
      const cell = CELL.exec(rest);
      const rows = cell ? null : ROWS.exec(rest);
      if (cell) {
        out += cell[1] + String(move(Number(cell[2]), cell[1].endsWith('$'), otherSheet));
        i += cell[0].length;
        qualified = otherSheet;
        continue;
      }
      if (rows) {
        out += `${rows[1]}${move(Number(rows[2]), rows[1] === '$', otherSheet)}:${rows[3]}${move(Number(rows[4]), rows[3] === '$', otherSheet)}`;
        i += rows[0].length;
        qualified = false;
        continue;
      }
      // Names, functions and numbers (1E5) whole, so their tails are not read as cells.
      const word = /^[A-Za-z0-9_.\\]+/.exec(rest);
      if (word) end = i + word[0].length;
    }
    if (ch !== ':') qualified = false;
    out += formula.slice(i, end);
    i = end;
  }
  return out;
}
