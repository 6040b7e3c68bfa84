// The registers of one sheet, each a region: a header block (one to three rows), the columns it spans
// and the rows from under it to the next region's header. Stacked registers (another header further
// down) and registers side by side (a blank column between) are each found on their own.
// Linear in the sheet's size: only rows that could be header rows are evaluated (text cells, no
// figures past the first rows), and their words are matched through a memo.
import { isBlank } from '../base/cell';
import type { RawValue, SheetInput } from '../model';
import { REGISTERS, type RegisterDef } from '../schema/registers';
import { composeBlock, distinctTexts, holdsFigures, isColumnNumbers } from './block';
import { evaluate, type Evaluation } from './evaluate';
import { matchHeader } from './labels';
import { codeAt } from '../base/chars';

/** The first rows, where a header row may hold figures (a year as a column title). */
export const HEADER_SEARCH_ROWS = 30;
/** Header blocks are one to three rows high. */
const MAX_BLOCK_ROWS = 3;

export interface Found extends Evaluation {
  def: RegisterDef;
  /** 0-based first and last row of the header block. */
  top: number;
  bottom: number;
  /** Columns [colStart, colEnd) of the region. */
  colStart: number;
  colEnd: number;
  /** Columns with a unit of their own or their group's. */
  units: number;
}

/** The nearest a sheet came to naming a register, for saying why it holds none. */
export interface NearMiss { row: number; def: RegisterDef; matched: number; anchored: boolean; identified: boolean }

const better = (a: Found, b: Found | null): boolean => !b || a.score > b.score || (a.score === b.score && a.units > b.units);

/**
 * Where the last far row was turned down: a column holding a figure (`col`), or two columns holding
 * texts full of digits (`a`, `b`: ids, dates or amounts typed as text). In a register's data the next
 * row has the same there, so most data rows are turned down after one or two looks.
 */
interface Hint { col: number; a: number; b: number }

/**
 * True when row r may be (a row of) a header: at least two texts and, past the first rows, no figure,
 * nor two texts full of digits (a header has at most a year). It runs on every row, so it allocates
 * nothing, and a row turned down leaves a hint for the next one.
 */
function mayBeHeader(row: readonly RawValue[] | undefined, far: boolean, hint: Hint): boolean {
  if (!row || row.length === 0) return false;
  if (far) {
    if (hint.col >= 0) {
      const v = row[hint.col];
      if (typeof v === 'number' || v instanceof Date) return false;
    }
    if (hint.a >= 0) {
      const x = row[hint.a];
      const y = row[hint.b];
      if (typeof x === 'string' && typeof y === 'string' && hasDigits(x, 3) && hasDigits(y, 3)) return false;
    }
  }
  let texts = 0;
  let digitText = -1;
  let digitTexts = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'string') {
      if (onlySpaces(v)) continue;
      texts++;
      if (far && !digitTexts && hasDigits(v, 3)) {
        if (digitText >= 0) { hint.a = digitText; hint.b = c; digitTexts = true; } else digitText = c;
      }
    } else if (far && (typeof v === 'number' || v instanceof Date)) { hint.col = c; return false; }
  }
  // Turned down for its digit texts only after the whole row was looked at, so that a figure further
  // right, when there is one, is the hint: one look a row from then on.
  if (digitTexts || texts < 2) return false;
  if (!far) return true;
  // Past the first rows, two of its texts must be words a header uses (memoised by text).
  let labels = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'string' && v.length <= MAX_LABEL_TEXT && matchHeader(v).length > 0 && ++labels >= 2) return true;
  }
  return false;
}

/** True for "" and a text of white space only (what trim() makes empty), without making a string. */
function onlySpaces(s: string): boolean {
  // The length once: on texts of many string layouts each `s.length` is a megamorphic load (base/chars.ts).
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const ch = codeAt(s, i);
    if (ch === 32 || (ch >= 9 && ch <= 13)) continue;
    if (ch < 160) return false;
    if (!(ch === 160 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff)) return false;
  }
  return true;
}

/** Longest header cell text worth matching: a label with its unit and a few words around it. */
const MAX_LABEL_TEXT = 120;

/** True when the text holds at least n digits. */
function hasDigits(s: string, n: number): boolean {
  const length = s.length;
  for (let i = 0; i < length; i++) {
    const ch = codeAt(s, i);
    if (ch >= 48 && ch <= 57 && --n === 0) return true;
  }
  return false;
}

/**
 * From far row r on, the rows mayBeHeader turns down at its first look (a number in the hint's
 * column), each looked at once in a loop short enough for the processor to have many rows' loads in
 * flight; the rows of a large register are nearly all such. Widens `seen.width` with their lengths and
 * returns the first row that needs the full look.
 */
function passFigureRows(rows: readonly (readonly RawValue[] | undefined)[], r: number, col: number, seen: { width: number }): number {
  let width = seen.width;
  for (; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) break;
    const n = row.length;
    if (n > width) width = n;
    if (typeof row[col] !== 'number') break;
  }
  seen.width = width;
  return r;
}

/** Column ranges of a block separated by columns blank in every one of its rows. */
function segments(sheet: SheetInput, top: number, bottom: number, width: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    let filled = false;
    for (let r = top; r <= bottom && c < width; r++) if (!isBlank(sheet.rows[r]?.[c])) { filled = true; break; }
    if (filled && start < 0) start = c;
    else if (!filled && start >= 0) { out.push([start, c]); start = -1; }
  }
  return out;
}

/** The best register a block rows top..bottom over columns [from, to) names, or null. */
function bestIn(sheet: SheetInput, top: number, bottom: number, from: number, to: number, miss: { best: NearMiss | null }): Found | null {
  // Rows of the block blank over these columns are not part of it (a register beside another, its header lower).
  while (top < bottom && distinctTexts(sheet.rows[top], from, to) === 0) top++;
  // A block of several rows holds labels only: a row with figures under a header is data.
  if (top < bottom) for (let r = top; r <= bottom; r++) if (holdsFigures(sheet.rows[r], from, to)) return null;
  const block = composeBlock(sheet, top, bottom, from, to);
  let best: Found | null = null;
  for (const def of REGISTERS) {
    const ev = evaluate(block, def);
    if (ev.score > 0) {
      const units = ev.columns.filter((c) => c.unitFrom).length;
      const f: Found = { ...ev, def, top, bottom, colStart: from, colEnd: to, units };
      if (better(f, best)) best = f;
    } else if (ev.matched >= 2 && (!miss.best || ev.matched > miss.best.matched)) {
      miss.best = { row: bottom, def, matched: ev.matched, anchored: ev.anchored, identified: ev.identified };
    }
  }
  return best;
}

/**
 * True when row r reads as the upper row of a header block: a cell of it stands over several columns
 * (a merged group, copied across, or a label over blank cells with sub-labels below) and a cell of it
 * stands alone over its column (copied down by a merge, or blank below). A code list's titles over
 * its first values have neither.
 */
function groupsBelow(sheet: SheetInput, r: number, width: number): boolean {
  const row = sheet.rows[r] ?? [];
  const below = sheet.rows[r + 1] ?? [];
  const t = (v: unknown) => (typeof v === 'string' ? v.trim() : isBlank(v as never) ? '' : String(v));
  let group = false;
  let alone = false;
  for (let c = 0; c < width; c++) {
    const here = t(row[c]);
    if (!here) continue;
    const next = t(row[c + 1]);
    if (next === here || (!next && c + 1 < width && t(below[c + 1]))) group = true;
    if (!t(below[c]) || t(below[c]) === here) alone = true;
  }
  return group && alone;
}

/** Lowest and highest column a reading matched. */
const spanOf = (f: Found): [number, number] => {
  const cols = f.columns.map((c) => c.col);
  return [Math.min(...cols), Math.max(...cols)];
};

/** The register(s) whose header block ends on row `bottom`: one, or several side by side. */
function foundAt(sheet: SheetInput, bottom: number, width: number, ok: Uint8Array, miss: { best: NearMiss | null }): Found[] {
  let whole: Found | null = null;
  let sides: Found[] = [];
  let wholeParts: [number, number][] = [];
  for (let k = 0; k < MAX_BLOCK_ROWS; k++) {
    const top = bottom - k;
    // Rows above the last one join the block only when they are header rows too, not a title.
    if (k > 0 && (top < 0 || !ok[top] || distinctTexts(sheet.rows[top], 0, width) < 2 || !groupsBelow(sheet, top, width))) break;
    const f = bestIn(sheet, top, bottom, 0, width, miss);
    const parts = segments(sheet, top, bottom, width);
    if (f && better(f, whole)) { whole = f; wholeParts = parts; }
    if (parts.length < 2) continue;
    const found = parts.map(([a, b]) => bestIn(sheet, top, bottom, a, b, miss)).filter((x): x is Found => x !== null);
    if (found.length >= 2 && found.length > sides.length) sides = found;
  }
  // A blank column inside one register splits nothing: side by side, the parts read more columns
  // than the whole, which reads the second register's columns as duplicates of the first's.
  if (sides.length >= 2 && (!whole || sides.reduce((n, f) => n + f.columns.length, 0) > whole.columns.length)) {
    // Side by side, each region reaches to the next one's first column.
    for (let i = 0; i < sides.length; i++) sides[i].colEnd = i + 1 < sides.length ? sides[i + 1].colStart : width;
    sides[0].colStart = 0;
    return sides;
  }
  if (!whole) return [];
  // A register whose columns all lie in one part of the row, the rest being another region's cells
  // (a register beside another whose header sits on a different row): the region is that part.
  const [lo, hi] = spanOf(whole);
  const i = wholeParts.findIndex(([a, b]) => a <= lo && hi < b);
  const othersHoldFigures = wholeParts.some(([a, b], k) => k !== i && holdsFigures(sheet.rows[bottom], a, b));
  if (i >= 0 && wholeParts.length > 1 && othersHoldFigures) {
    const own = bestIn(sheet, whole.top, whole.bottom, wholeParts[i][0], wholeParts[i][1], miss);
    if (own) {
      own.colStart = i > 0 ? wholeParts[i - 1][1] : 0;
      own.colEnd = i + 1 < wholeParts.length ? wholeParts[i + 1][0] : width;
      return [own];
    }
  }
  return [whole];
}

/** True when two readings share a matched column range: the same register, seen from two rows. */
function overlaps(a: Found, b: Found): boolean {
  const [a0, a1] = spanOf(a), [b0, b1] = spanOf(b);
  return a0 <= b1 && b0 <= a1;
}

/**
 * Every header block of the sheet, top to bottom: of readings of one header (its rows each scoring on
 * their own, over the same columns), the best one.
 */
export function findRegions(sheet: SheetInput, from = 0): { found: Found[]; miss: NearMiss | null; width: number } {
  const rows = sheet.rows;
  // The sheet's width is found in the same pass (one look at each row, not two): a header block
  // reads only its own rows and the one below, and a region reaching the right end of those rows
  // reaches the sheet's, settled once the pass is done.
  let width = 0;
  const toEnd: Found[] = [];
  const ok = new Uint8Array(rows.length);
  const miss = { best: null as NearMiss | null };
  const found: Found[] = [];
  const hint: Hint = { col: -1, a: -1, b: -1 };
  const seen = { width: 0 };
  for (let r = from; r < rows.length; r++) {
    if (r >= HEADER_SEARCH_ROWS && hint.col >= 0) {
      seen.width = width;
      r = passFigureRows(rows, r, hint.col, seen);
      width = seen.width;
      if (r >= rows.length) break;
    }
    const row = rows[r];
    if (row && row.length > width) width = row.length;
    if (!mayBeHeader(row, r >= HEADER_SEARCH_ROWS, hint)) continue;
    ok[r] = 1;
    let near = 0;
    for (let k = Math.max(0, r - MAX_BLOCK_ROWS + 1); k <= r + 1 && k < rows.length; k++) near = Math.max(near, rows[k]?.length ?? 0);
    for (const f of foundAt(sheet, r, near, ok, miss)) {
      if (f.colEnd >= near) toEnd.push(f);
      const same = found.findIndex((g) => f.top <= g.bottom + 1 && overlaps(f, g));
      if (same < 0) found.push(f);
      // The same header seen from a lower row: keep the better reading.
      else if (better(f, found[same])) found[same] = f;
    }
  }
  for (let r = 0; r < from; r++) { const row = rows[r]; if (row && row.length > width) width = row.length; }
  for (const f of toEnd) f.colEnd = width;
  found.sort((a, b) => a.top - b.top || a.colStart - b.colStart);
  // A region ends, to the right, where another region beside it begins: one whose header is level with
  // its own, or lower down but wholly right of its header's cells (a register started beside another's
  // rows, which go on beside it and do not end at its header).
  for (const a of found) {
    let headerEnd = -1;
    for (const b of found) {
      if (b === a || b.colStart <= spanOf(a)[1]) continue;
      if (Math.abs(b.top - a.top) > MAX_BLOCK_ROWS) {
        if (b.top <= a.bottom) continue;
        if (headerEnd < 0) headerEnd = lastFilled(sheet, a);
        if (b.colStart <= headerEnd) continue;
      }
      a.colEnd = Math.min(a.colEnd, b.colStart);
    }
  }
  return { found, miss: miss.best, width };
}

/** The last column of a region holding a header cell. */
function lastFilled(sheet: SheetInput, f: Found): number {
  let last = f.colStart;
  for (let r = f.top; r <= f.bottom; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = f.colStart; c < Math.min(row.length, f.colEnd); c++) if (!isBlank(row[c])) last = Math.max(last, c);
  }
  return last;
}

/** First data row under a header block: past its row of column numbers, if any. */
export function dataStartOf(sheet: SheetInput, f: Found): number {
  return isColumnNumbers(sheet.rows[f.bottom + 1], f.colStart, f.colEnd) ? f.bottom + 2 : f.bottom + 1;
}

