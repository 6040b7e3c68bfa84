// A1 addressing: column letters, cell references and quoted sheet names, both ways. On the ground floor
// because validation (issue cells), sheet plans, both writers and both readers need it, and none should
// import another for it.
import type { CellBox } from '../model';

/** Excel's last row and column, 0-based: where a whole column or row ends. */
export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

/** Excel column letters for a 0-based column index (0 → A, 26 → AA). */
export function colLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 reference for 0-based coordinates. */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** Sheet name quoted for use inside a formula. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 0-based column index of column letters ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** One end of a range ("$B$2", "B", "2"), 0-based; null parts for a whole column or row. */
function corner(part: string): { r: number | null; c: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { c: m[1] ? columnIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
}

/** "$A$2:$A$40", "B3", "A:A", "2:5" (no sheet) as a 0-based box; null for anything else (a name, several areas). */
export function boxOfA1(local: string): CellBox | null {
  const [a, b, extra] = local.trim().split(':');
  if (extra !== undefined) return null;
  const p = corner(a);
  const q = b === undefined ? p : corner(b);
  if (!p || !q || (p.r === null) !== (q.r === null) || (p.c === null) !== (q.c === null)) return null;
  // A single cell needs both parts: "ABC" alone is a name, not a column.
  if (b === undefined && (p.r === null || p.c === null)) return null;
  const r0 = p.r ?? 0;
  const c0 = p.c ?? 0;
  const r1 = q.r ?? LAST_ROW;
  const c1 = q.c ?? LAST_COL;
  return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}
