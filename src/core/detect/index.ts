// Finds registers wherever they sit in a sheet: header blocks of one to three rows anywhere in it
// (block.ts, evaluate.ts), titles and the unit line above them (unitLine.ts), several registers
// stacked or side by side (regions.ts), and for a sheet of figures with none, why (verdict.ts).
// Columns are matched in any order by VI or EN labels with or without tone marks (labels.ts).
import { cellText, isBlank } from '../base/cell';
import { headerUnit } from '../parse/headerUnit';
import type { ColumnMatch, EngineOptions, SavedMapping, SheetInput } from '../model';
import { composeBlock } from './block';
import { columnMatch as columnMatchOf, ignoredOf } from './evaluate';
import { namesRegion, savedMappings } from './savedMapping';
import { REGISTERS, type RegisterDef } from '../schema/registers';
import { dataStartOf, findRegions, type Found } from './regions';
import { findUnitLine, type UnitLine } from './unitLine';
import { sheetVerdict, type SheetVerdict } from './verdict';

export { HEADER_SEARCH_ROWS } from './regions';
export { matchHeader, type LabelHit } from './labels';
export type { SheetVerdict } from './verdict';
// The unit in a header's brackets is read with the amount vocabulary (parse/headerUnit.ts).
export { headerUnit, type HeaderUnit } from '../parse/headerUnit';

export interface HeaderCandidate {
  def: RegisterDef;
  /** 0-based last row of the header block (the header row of a one-row header). */
  row: number;
  /** 0-based first row of the header block. */
  firstRow: number;
  /** 0-based first data row: under the header, past its row of column numbers. */
  dataStart: number;
  /** 0-based row the region's data ends before: the next region's header, or the sheet's end. */
  dataEnd: number;
  /** Columns [colStart, colEnd) of the region. */
  colStart: number;
  colEnd: number;
  columns: ColumnMatch[];
  /** Later columns naming a key already matched: duplicate columns. */
  duplicates: { match: ColumnMatch; first: number }[];
  ignored: { header: string; col: number; path?: string[] }[];
  /** Headers that could name a column another header names: reported, not guessed (the ambiguous-header rule). */
  ambiguous: { header: string; col: number; key: string; other: number }[];
  blankHeaderCols: number[];
  /** The unit line above the header, when there is one. */
  unitLine?: UnitLine;
  score: number;
}

export interface SheetRegisters {
  regions: HeaderCandidate[];
  /** For a sheet without a register: whether it holds figures, and why no register was found. */
  verdict: SheetVerdict | null;
  /** Cells in the sheet's longest row, found in the same pass. */
  width: number;
}

/** The first register of a sheet, or null when the sheet holds none. */
export function detectHeader(sheet: SheetInput, opts: EngineOptions = {}): HeaderCandidate | null {
  return detectRegions(sheet, opts).regions[0] ?? null;
}

/** Every register of a sheet, top to bottom and left to right; for a sheet without one, why. */
export function detectRegions(sheet: SheetInput, opts: EngineOptions = {}): SheetRegisters {
  const savedList = savedMappings(opts.mappings?.[sheet.name]);
  const { found, miss, width } = findRegions(sheet, 0);
  let regions: HeaderCandidate[] = [];
  for (const f of found) {
    // The unit line is looked for below the last region above in the same columns.
    let above = 0;
    for (const g of regions) if (g.row < f.top && spansMeet(g, f.colStart, f.colEnd)) above = Math.max(above, g.row + 1);
    regions.push(candidate(sheet, f, above));
  }
  // A saved correction names the register whose header block holds its header row, over its columns:
  // that register's columns are the user's. One that names none found stands as a register of its own.
  const corrected = new Set<HeaderCandidate>();
  for (const saved of savedList) {
    const i = regions.findIndex((c) => !corrected.has(c) && namesCandidate(saved, c));
    const c = i >= 0 ? withSavedColumns(sheet, regions[i], saved) : fromSavedMapping(sheet, saved);
    if (!c) continue;
    if (i >= 0) regions[i] = c;
    else {
      // Whatever was read in its header rows over its columns was a reading of the same header.
      regions = regions.filter((g) => !(g.firstRow <= c.row && c.firstRow <= g.row && spansMeet(g, c.colStart, c.colEnd)));
      regions.push(c);
    }
    corrected.add(c);
  }
  regions.sort((a, b) => a.firstRow - b.firstRow || a.colStart - b.colStart);
  // Each region's data ends where the next block of headers in its columns begins (its unit line first).
  for (const c of regions) {
    let end = sheet.rows.length;
    for (const n of regions) {
      if (n.firstRow <= c.row || !spansMeet(c, n.colStart, n.colEnd)) continue;
      end = Math.min(end, n.unitLine && n.unitLine.row > c.row ? n.unitLine.row : n.firstRow);
    }
    c.dataEnd = Math.max(c.dataStart, end);
  }
  for (const c of regions) if (!corrected.has(c)) c.blankHeaderCols = findBlankHeaderColumns(sheet, c);
  return { regions, verdict: regions.length ? null : sheetVerdict(sheet, miss), width };
}

/** True when the saved mapping names this register (see savedMapping.ts). */
const namesCandidate = (saved: SavedMapping, c: HeaderCandidate): boolean =>
  namesRegion(saved, { firstHeaderRow: c.firstRow + 1, headerRow: c.row + 1, span: [c.colStart, Math.min(c.colEnd, Number.MAX_SAFE_INTEGER) - 1] });

/** The register as found, its columns as the user matched them (each with its header path and unit). */
function withSavedColumns(sheet: SheetInput, c: HeaderCandidate, saved: SavedMapping): HeaderCandidate | null {
  const def = REGISTERS.find((d) => d.kind === saved.kind);
  if (!def) return null;
  const width = Math.min(c.colEnd, Math.max(0, ...sheet.rows.slice(c.firstRow, c.row + 1).map((r) => r?.length ?? 0)));
  const block = composeBlock(sheet, c.firstRow, c.row, c.colStart, width);
  const byCol = new Map(block.map((h) => [h.col, h]));
  const columns = Object.entries(saved.columns).map(([key, col]) => {
    const h = byCol.get(col);
    return h ? columnMatchOf(key, h) : columnMatch(key, col, '');
  }).sort((a, b) => a.col - b.col);
  const used = new Set(columns.map((m) => m.col));
  const ignored = block.filter((h) => !used.has(h.col)).map(ignoredOf);
  return { ...c, def, columns, duplicates: [], ambiguous: [], ignored, blankHeaderCols: [], score: columns.length * 100 };
}

const spansMeet = (c: HeaderCandidate, from: number, to: number): boolean => c.colStart < to && from < c.colEnd;

function candidate(sheet: SheetInput, f: Found, above: number): HeaderCandidate {
  const c: HeaderCandidate = {
    def: f.def, row: f.bottom, firstRow: f.top, dataStart: dataStartOf(sheet, f), dataEnd: sheet.rows.length,
    colStart: f.colStart, colEnd: f.colEnd, columns: f.columns, duplicates: f.duplicates, ignored: f.ignored,
    ambiguous: f.ambiguous, blankHeaderCols: [], score: f.score,
  };
  const line = findUnitLine(sheet, f.top, above, f.colStart, f.colEnd);
  if (line) {
    c.unitLine = line;
    for (const m of c.columns) {
      const def = f.def.columns.find((d) => d.key === m.key);
      if (def?.type !== 'amount' || m.headerCurrency || m.multiplier) continue;
      if (line.unit.currency) m.headerCurrency = line.unit.currency;
      if (line.unit.multiplier) m.multiplier = line.unit.multiplier;
      m.unitFrom = 'unit-line';
    }
  }
  return c;
}

/** Columns of the region with data below the header but no header text: their data would silently be ignored. */
function findBlankHeaderColumns(sheet: SheetInput, cand: HeaderCandidate): number[] {
  const block = sheet.rows.slice(cand.firstRow, cand.row + 1);
  const filledHeader = (c: number) => block.some((row) => !isBlank(row?.[c]));
  let maxHeaderCol = -1;
  const width = Math.min(cand.colEnd, Math.max(0, ...block.map((row) => row?.length ?? 0)));
  for (let c = cand.colStart; c < width; c++) if (filledHeader(c)) maxHeaderCol = c;
  // Only columns inside the header's span count: notes typed far to the right are not a column.
  const to = Math.min(cand.colEnd, maxHeaderCol + 2);
  if (to <= cand.colStart) return [];
  // Per column of [colStart, to): 1 when the header names it, 2 once a data cell under it is seen.
  const seen = new Uint8Array(to);
  for (const c of cand.columns) if (c.col < to) seen[c.col] = 1;
  for (const d of cand.duplicates) if (d.match.col < to) seen[d.match.col] = 1;
  for (const i of cand.ignored) if (i.col < to) seen[i.col] = 1;
  const end = Math.min(cand.dataEnd, cand.dataStart + 2000);
  for (let r = cand.dataStart; r < end; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const last = Math.min(row.length, to);
    for (let c = cand.colStart; c < last; c++) if (seen[c] === 0 && !isBlank(row[c])) seen[c] = 2;
  }
  const out: number[] = [];
  for (let c = cand.colStart; c < to; c++) if (seen[c] === 2 && !filledHeader(c)) out.push(c);
  return out;
}

function columnMatch(key: string, col: number, header: string): ColumnMatch {
  const unit = headerUnit(header);
  const m: ColumnMatch = { key, col, header };
  if (unit.currency) m.headerCurrency = unit.currency;
  if (unit.multiplier) m.multiplier = unit.multiplier;
  if (unit.currency || unit.multiplier) m.unitFrom = 'header';
  return m;
}

/** A register where the user said one is and none was found: its header row and columns as saved. */
function fromSavedMapping(sheet: SheetInput, saved: SavedMapping): HeaderCandidate | null {
  const def = REGISTERS.find((d) => d.kind === saved.kind);
  if (!def) return null;
  const r = saved.headerRow - 1;
  const row = sheet.rows[r] ?? [];
  const columns: ColumnMatch[] = Object.entries(saved.columns).map(([key, col]) => {
    return columnMatch(key, col, cellText(row[col]).trim());
  });
  const used = new Set(columns.map((c) => c.col));
  const [colStart, colEnd] = saved.span ? [saved.span[0], saved.span[1] + 1] : [0, Number.MAX_SAFE_INTEGER];
  const ignored = row.map((v, c) => ({ header: cellText(v).trim(), col: c })).filter((x) => x.header && !used.has(x.col) && x.col >= colStart && x.col < colEnd);
  return {
    def, row: r, firstRow: r, dataStart: r + 1, dataEnd: sheet.rows.length, colStart, colEnd,
    columns, duplicates: [], ignored, ambiguous: [], blankHeaderCols: [], score: columns.length * 100,
  };
}
