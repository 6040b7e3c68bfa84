// A drop-down list's source, as both hosts read it, resolved to the cells (or items) it offers.
// Shared by the ExcelJS and Office.js readers so that both give the engine the same SheetList; plain
// string work, no host API.
import type { CellBox, SheetList } from '../core/model';

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function corner(part: string): { r: number | null; c: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
}

/** "$A$2:$A$40", "B3", "A:A", "2:5" as a box; null for anything else. */
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

/** "='Danh mục'!$B$2:$B$30", "DanhMuc!A2:A9", "$A$2:$A$9" → sheet (null: the formula's own sheet) and box. */
export function parseReference(formula: string): { sheet: string | null; box: CellBox } | null {
  const text = formula.trim().replace(/^=/, '').trim();
  const bang = text.lastIndexOf('!');
  const box = boxOfA1(bang < 0 ? text : text.slice(bang + 1));
  if (!box) return null;
  if (bang < 0) return { sheet: null, box };
  const raw = text.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(raw);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), box };
  return /^[^'\s!:,()]+$/.test(raw) ? { sheet: raw, box } : null;
}

/**
 * ExcelJS keeps a list's formula1 without its "=" and an inline list in double quotes
 * ('"Y tế,Giáo dục"', inner quotes doubled); Excel's own dialog (and Office.js) shows "=DanhMuc!$A$2:$A$40"
 * and "Y tế,Giáo dục". The readers hand the engine the latter.
 */
export function sourceFromFormula1(formula1: string): string {
  const f = formula1.trim();
  const inline = /^"((?:[^"]|"")*)"$/.exec(f);
  if (inline) return inline[1].replace(/""/g, '"');
  return f.startsWith('=') ? f : `=${f}`;
}

/** Defined names: upper-cased name → what it refers to ("'Danh mục'!$A$2:$A$40"). */
export type NameTable = ReadonlyMap<string, string>;

/**
 * What a list offers: a reference (through a defined name when the source is one; names may point at
 * names, followed a few steps), or the inline items. Undefined for what is neither (OFFSET(…), INDIRECT(…),
 * a name of another workbook): the engine then knows only the source text.
 */
export function resolveListSource(source: string, ownSheet: string, names: NameTable): SheetList['resolved'] {
  if (!source.trim().startsWith('=')) {
    const values = source.split(',').map((s) => s.trim()).filter((s) => s !== '');
    return { values };
  }
  let formula = source;
  for (let step = 0; step < 4; step++) {
    const ref = parseReference(formula);
    if (ref) return { sheet: ref.sheet ?? ownSheet, range: ref.box };
    const name = formula.trim().replace(/^=/, '').trim().toUpperCase();
    const target = names.get(name);
    if (target === undefined) return undefined;
    formula = target;
  }
  return undefined;
}
