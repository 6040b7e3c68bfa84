// Finds registers wherever they sit in a sheet: a header row within the first 30 rows, titles and
// merged cells above it, columns in any order matched by VI or EN labels with or without tone marks.
import { boundedMemo } from './base/memo';
import { cellText, isBlank } from './base/cell';
import { fold } from './base/text';
import { headerUnit } from './parse/headerUnit';
import type { ColumnMatch, EngineOptions, SheetInput } from './model';
import { REGISTERS, type RegisterDef, type RegisterKind } from './schema/registers';

export const HEADER_SEARCH_ROWS = 30;

// The unit in a header's brackets is read with the amount vocabulary (parse/headerUnit.ts).
export { headerUnit, type HeaderUnit } from './parse/headerUnit';

interface LabelHit { kind: RegisterKind; key: string }

/** Folded header label → the columns it can name. Built once: labels never change at run time. */
const LABELS = new Map<string, LabelHit[]>();
/** Multi-word labels, longest first, for headers that wrap a label in more words ("Tổng vốn đầu tư đăng ký"). */
const LONG_LABELS: { label: string; hits: LabelHit[] }[] = [];

for (const def of REGISTERS) {
  for (const c of def.columns) {
    for (const text of [c.vi, c.en, ...c.aliases]) {
      for (const key of [fold(text), fold(stripParens(text))]) {
        if (!key) continue;
        const list = LABELS.get(key) ?? [];
        if (!list.some((h) => h.kind === def.kind)) list.push({ kind: def.kind, key: c.key });
        LABELS.set(key, list);
      }
    }
  }
}
for (const [label, hits] of LABELS) if (label.includes(' ')) LONG_LABELS.push({ label, hits });
LONG_LABELS.sort((a, b) => b.label.length - a.label.length);

function stripParens(s: string): string {
  return s.replace(/\([^)]*\)/g, ' ').replace(/[*¹²³]+/g, ' ');
}

function columnMatch(key: string, col: number, header: string): ColumnMatch {
  const unit = headerUnit(header);
  const m: ColumnMatch = { key, col, header };
  if (unit.currency) m.headerCurrency = unit.currency;
  if (unit.multiplier) m.multiplier = unit.multiplier;
  return m;
}

/** Columns a header text can name, exact label first, then the longest multi-word label inside it. */
export const matchHeader: (text: string) => LabelHit[] = boundedMemo(20_000, computeHeaderMatch);

function computeHeaderMatch(text: string): LabelHit[] {
  const key = fold(stripParens(text.replace(/\r?\n/g, ' ')));
  if (!key) return [];
  const exact = LABELS.get(key);
  if (exact) return exact;
  const padded = ` ${key} `;
  for (const { label, hits } of LONG_LABELS) if (padded.includes(` ${label} `)) return hits;
  return [];
}

export interface HeaderCandidate {
  def: RegisterDef;
  /** 0-based row of the header. */
  row: number;
  columns: ColumnMatch[];
  /** Later columns naming a key already matched: duplicate columns. */
  duplicates: { match: ColumnMatch; first: number }[];
  ignored: { header: string; col: number }[];
  blankHeaderCols: number[];
  score: number;
}

function evaluateRow(sheet: SheetInput, r: number, def: RegisterDef): HeaderCandidate {
  const row = sheet.rows[r] ?? [];
  const columns: ColumnMatch[] = [];
  const duplicates: { match: ColumnMatch; first: number }[] = [];
  const ignored: { header: string; col: number }[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    const header = cellText(v).trim();
    const hit = matchHeader(header).find((h) => h.kind === def.kind);
    if (!hit) { ignored.push({ header, col: c }); continue; }
    const match = columnMatch(hit.key, c, header);
    const first = seen.get(hit.key);
    if (first !== undefined) duplicates.push({ match, first });
    else { seen.set(hit.key, c); columns.push(match); }
  }
  const required = def.columns.filter((c) => c.required && seen.has(c.key)).length;
  // A register is known by its ids, dates or figures: a row of code-list titles (sector, country,
  // status…) matches many labels but is not a register.
  const anchored = def.columns.some((c) => seen.has(c.key) && (c.type === 'id' || c.type === 'amount' || c.type === 'date' || c.type === 'period'));
  if (!anchored) return { def, row: r, columns, duplicates, ignored, blankHeaderCols: [], score: 0 };
  // Distinct keys dominate; the share of the register's columns breaks ties between kinds.
  const score = columns.length >= 3 || (columns.length >= 2 && required >= 2 && def.columns.length <= 4)
    ? columns.length * 100 + Math.round((100 * columns.length) / def.columns.length) + required
    : 0;
  return { def, row: r, columns, duplicates, ignored, blankHeaderCols: [], score };
}

/** The best header row of a sheet and the register it names, or null when the sheet holds none. */
export function detectHeader(sheet: SheetInput, opts: EngineOptions = {}): HeaderCandidate | null {
  const saved = opts.mappings?.[sheet.name];
  if (saved) return fromSavedMapping(sheet, saved);
  let best: HeaderCandidate | null = null;
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r];
    if (!row || row.filter((v) => typeof v === 'string' && v.trim() !== '').length < 2) continue;
    for (const def of REGISTERS) {
      const cand = evaluateRow(sheet, r, def);
      if (cand.score > 0 && (!best || cand.score > best.score)) best = cand;
    }
  }
  if (best) {
    const known = new Set([...best.columns.map((c) => c.col), ...best.duplicates.map((d) => d.match.col), ...best.ignored.map((i) => i.col)]);
    best.blankHeaderCols = findBlankHeaderColumns(sheet, best.row, known);
  }
  return best;
}

/** Columns with data below the header but no header text: their data would silently be ignored. */
function findBlankHeaderColumns(sheet: SheetInput, headerRow: number, known: Set<number>): number[] {
  const header = sheet.rows[headerRow] ?? [];
  const maxHeaderCol = header.length - 1;
  const found: number[] = [];
  const end = Math.min(sheet.rows.length, headerRow + 1 + 2000);
  const candidates = new Set<number>();
  for (let r = headerRow + 1; r < end; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (!known.has(c) && !isBlank(row[c])) candidates.add(c);
  }
  for (const c of [...candidates].sort((a, b) => a - b)) {
    // Only columns inside the header's span count: notes typed far to the right are not a column.
    if (c <= maxHeaderCol + 1 && isBlank(header[c])) found.push(c);
  }
  return found;
}

function fromSavedMapping(sheet: SheetInput, saved: NonNullable<EngineOptions['mappings']>[string]): HeaderCandidate | null {
  const def = REGISTERS.find((d) => d.kind === saved.kind);
  if (!def) return null;
  const r = saved.headerRow - 1;
  const row = sheet.rows[r] ?? [];
  const columns: ColumnMatch[] = Object.entries(saved.columns).map(([key, col]) => {
    return columnMatch(key, col, cellText(row[col]).trim());
  });
  const used = new Set(columns.map((c) => c.col));
  const ignored = row.map((v, c) => ({ header: cellText(v).trim(), col: c })).filter((x) => x.header && !used.has(x.col));
  return { def, row: r, columns, duplicates: [], ignored, blankHeaderCols: [], score: columns.length * 100 };
}
