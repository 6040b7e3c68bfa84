// A header block: one to three rows whose texts, read down each column, name it. A group cell above
// several columns ("Giá trị (USD)" over "Cam kết | Giải ngân") lends its words and unit to each; the
// readers copy a merged cell's value into every cell it covers, and without a merge a group label
// above blank cells reaches as far as the columns beneath it hold sub-labels.
import { cellText, isBlank } from '../base/cell';
import { fold } from '../base/text';
import type { RawValue, SheetInput } from '../model';

export interface HeaderColumn {
  col: number;
  /** The texts of the column's header cells, top to bottom, repeats dropped. */
  texts: string[];
  /** The text a person reads as the column's name: all its texts, group first. */
  text: string;
  /** The bottom-most text: the column's own label. */
  leaf: string;
  /** Under "Trong đó" / "Of which": a part of the column to its left. */
  part: boolean;
  /** For a part, its own words below "Trong đó" ("Vốn đối ứng"): they name it before the group's. */
  own: string;
}

// "Trong đó" (of which) opens the parts of a total: what follows names the part alone.
const PARTS = /^(?:trong do|of which|in which|including|bao gom)\b/;

const text = (v: RawValue): string => (isBlank(v) ? '' : cellText(v).trim());

/** The texts of rows top..bottom across columns [from, to), one HeaderColumn per column that has any. */
export function composeBlock(sheet: SheetInput, top: number, bottom: number, from: number, to: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = from; c < to; c++) {
    const texts: string[] = [];
    let part = -1;
    for (let r = top; r <= bottom; r++) {
      const t = text(sheet.rows[r]?.[c]) || (r < bottom ? groupAbove(sheet, r, bottom, c, from) : '');
      if (!t || texts[texts.length - 1] === t) continue;
      // "Trong đó" itself names nothing: the words under it name the part.
      if (r < bottom && PARTS.test(fold(t))) { part = texts.length; continue; }
      texts.push(t);
    }
    if (texts.length === 0) continue;
    const own = part >= 0 ? texts.slice(part).join(' ') : '';
    out.push({ col: c, texts, text: texts.join(' '), leaf: texts[texts.length - 1], part: part >= 0 && own !== '', own });
  }
  return out;
}

/**
 * An unmerged group label to the left of blank cell (r, c) that spans it: the cells between are blank
 * on row r, and the rows below (to the block's last) hold sub-labels under the label and under c.
 */
function groupAbove(sheet: SheetInput, r: number, bottom: number, c: number, from: number): string {
  const row = sheet.rows[r] ?? [];
  const under = (k: number): string => {
    for (let b = r + 1; b <= bottom; b++) { const t = text(sheet.rows[b]?.[k]); if (t) return t; }
    return '';
  };
  if (!under(c)) return '';
  for (let k = c - 1; k >= from; k--) {
    const t = text(row[k]);
    if (!under(k)) return '';
    if (t) return t === under(k) ? '' : t;
  }
  return '';
}

/** Distinct texts of a row within [from, to): a header row has at least two; a title row has one. */
export function distinctTexts(row: readonly RawValue[] | undefined, from: number, to: number): number {
  if (!row) return 0;
  const seen = new Set<string>();
  for (let c = from; c < Math.min(to, row.length); c++) {
    const v = row[c];
    if (typeof v === 'string' && v.trim() !== '') seen.add(v.trim());
  }
  return seen.size;
}

/** True when the row holds a figure (a number or date) within [from, to): a header row holds none. */
export function holdsFigures(row: readonly RawValue[] | undefined, from: number, to: number): boolean {
  if (!row) return false;
  for (let c = from; c < Math.min(to, row.length); c++) {
    const v = row[c];
    if (typeof v === 'number' || v instanceof Date) return true;
  }
  return false;
}

const NUMBER = /^\(?(?:\d{1,2}|[A-Za-z])\)?$|^\(?\d{1,2}\)?\s*=\s*[(\d)+\-*x/ ]+$/;

/** The row of column numbers an official form puts under its header: "(1) (2) (3)", "1 2 3", "A B 1 2 3". */
export function isColumnNumbers(row: readonly RawValue[] | undefined, from: number, to: number): boolean {
  if (!row) return false;
  let n = 0;
  let digits = 0;
  for (let c = from; c < Math.min(to, row.length); c++) {
    const t = text(row[c]);
    if (!t) continue;
    if (!NUMBER.test(t)) return false;
    n++;
    if (/\d/.test(t)) digits++;
  }
  return n >= 3 && digits >= 2;
}
