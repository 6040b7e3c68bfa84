// Table-level pass: find where the data of a detected register starts and ends, classify rows
// (data, blank, section heading, totals), parse every mapped cell and check the totals row.
import { cellText, isBlank, type HeaderCandidate } from '../detect';
import { boundedMemo } from '../memo';
import { a1 } from '../plan/sheetPlan';
import { fold } from '../text';
import { parseAmount } from '../parse/amount';
import type { Lang, ParsedRow, ParsedValue, RawValue, SheetInput, TableInfo } from '../model';
import { parseCell } from './cells';
import type { RunContext, TableCtx } from './context';

// "Cộng" starts many names ("Công ty" folds to "cong ty"), so it counts only alone or before a
// section number ("Cộng I", "Cộng 2023").
const TOTALS = /^(?:tong cong(?: .*)?|tong|tong so|cong|cong toan tinh|total(?: .*)?|grand total|sum|cong (?:[ivxlc]+|\d+|[a-z]))$/;
const SECTION = /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]\s+\S/;

/** Cheap first look: totals labels are short and start with T, C, S or G ("Tổng", "Cộng", "Total"…). */
const TOTALS_START = /^\s*[TtCcSsGgĐđ]/;

const totalsLabel = boundedMemo(10_000, (text) => TOTALS.test(fold(text)));

export function isTotalsText(v: RawValue): boolean {
  return typeof v === 'string' && v.length <= 30 && TOTALS_START.test(v) && totalsLabel(v);
}

type RowClass = 'data' | 'blank' | 'totals' | 'section' | 'numbering';

function classify(row: readonly RawValue[], mapped: readonly number[], firstAfterHeader: boolean): RowClass {
  let filled = 0;
  let filledAll = 0;
  let onlyText: RawValue = null;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    filledAll++;
    onlyText = v;
    if (isTotalsText(v)) return 'totals';
  }
  for (const c of mapped) if (!isBlank(row[c])) filled++;
  if (filled === 0) return 'blank';
  if (filledAll === 1 && typeof onlyText === 'string' && SECTION.test(onlyText.trim())) return 'section';
  if (firstAfterHeader && isNumberingRow(row)) return 'numbering';
  return 'data';
}

/** Official forms number their columns under the header: (1) (2) (3)… or 1 2 3… */
function isNumberingRow(row: readonly RawValue[]): boolean {
  const vals = row.filter((v) => !isBlank(v)).map((v) => cellText(v).trim().replace(/^\((.*)\)$/, '$1'));
  if (vals.length < 3) return false;
  return vals.every((v, i) => v === String(i + 1)) || vals.every((v) => /^\d{1,2}$|^[A-Z]$/.test(v) && v.length <= 2) && vals[0] === '1' && vals[1] === '2';
}

/** A row "looks like data" when it fills at least two mapped columns: footers and notes do not. */
function looksLikeData(row: readonly RawValue[], mapped: readonly number[], idCol: number | undefined): boolean {
  if (idCol !== undefined && !isBlank(row[idCol])) return true;
  let n = 0;
  for (const c of mapped) if (!isBlank(row[c]) && ++n >= 2) return true;
  return false;
}

export function buildTable(sheet: SheetInput, cand: HeaderCandidate): TableCtx {
  const { def } = cand;
  const colOf: Record<string, number> = {};
  const present: TableCtx['present'] = [];
  for (const m of cand.columns) {
    colOf[m.key] = m.col;
    const cdef = def.columns.find((c) => c.key === m.key)!;
    present.push({ def: cdef, col: m.col, headerCurrency: m.headerCurrency, multiplier: m.multiplier });
  }
  const info: TableInfo = {
    sheet: sheet.name,
    kind: def.kind,
    headerRow: cand.row + 1,
    rows: 0,
    columns: cand.columns,
    ignored: cand.ignored,
    totalsRow: null,
  };
  const tableName = sheet.tables?.find((t) => tableStartsAt(t.ref, cand.row))?.name;
  if (tableName) info.tableName = tableName;
  return { sheet, def, info, colOf, present, rows: [], dataLang: headerLanguage(present, cand) };
}

/** English when most matched headers are the English labels; Vietnamese otherwise. */
function headerLanguage(present: TableCtx['present'], cand: HeaderCandidate): Lang {
  let en = 0;
  for (const m of cand.columns) {
    const def = present.find((p) => p.col === m.col)?.def;
    if (def && fold(m.header.replace(/\([^)]*\)/g, ' ')) === fold(def.en.replace(/\([^)]*\)/g, ' '))) en++;
  }
  return en * 2 > cand.columns.length ? 'en' : 'vi';
}

function tableStartsAt(ref: string, row0: number): boolean {
  const m = /^[A-Z]+(\d+)/.exec(ref.replace(/\$/g, ''));
  return !!m && Number(m[1]) === row0 + 1;
}

/** Table issues about the header itself: missing, duplicate and blank-headed columns. */
export function checkHeader(ctx: RunContext, t: TableCtx, cand: HeaderCandidate): void {
  const sheet = t.sheet.name;
  const kind = t.def.kind;
  const amountHasCurrency = t.present.some((p) => p.def.type === 'amount' && p.headerCurrency);
  for (const c of t.def.columns) {
    if (t.colOf[c.key] !== undefined) continue;
    // The aid register's currency may instead be named in the amount header: "Giá trị cam kết (USD)".
    const needed = c.required || (kind === 'aid-projects' && c.key === 'currency' && !amountHasCurrency);
    if (needed) ctx.sink.add('AID-T001', sheet, null, null, { kind, column: c.key, headerRow: cand.row + 1 });
  }
  for (const d of cand.duplicates) {
    ctx.sink.add('AID-T002', sheet, cand.row, d.match.col, { kind, column: d.match.key, header: d.match.header, first: a1(cand.row, d.first) });
  }
  for (const c of cand.blankHeaderCols) ctx.sink.add('AID-T003', sheet, cand.row, c, { kind });
}

/** Parse all data rows of a table; returns the sheet rows of data for later row and cross rules. */
export function parseRows(ctx: RunContext, t: TableCtx, cand: HeaderCandidate): void {
  const rows = t.sheet.rows;
  const mapped = t.present.map((p) => p.col);
  const idKey = t.def.columns[0].type === 'id' ? t.def.columns[0].key : undefined;
  const idCol = idKey !== undefined ? t.colOf[idKey] : undefined;

  let last = -1;
  for (let r = rows.length - 1; r > cand.row; r--) {
    const row = rows[r];
    if (row && looksLikeData(row, mapped, idCol) && !isTotalsText(firstText(row))) { last = r; break; }
  }
  const sheet = t.sheet.name;
  const kind = t.def.kind;
  const currencyCol = t.colOf.currency;
  const ordered = orderForCurrency(t.present);
  const hasCurrencyKey = t.def.columns.some((c) => c.key === 'currency');
  const headerCurrency = t.present.find((p) => p.def.type === 'amount' && p.headerCurrency)?.headerCurrency;
  const blanks: number[] = [];

  for (let r = cand.row + 1; r <= last; r++) {
    const row = rows[r] ?? [];
    const cls = classify(row, mapped, r === cand.row + 1);
    if (cls === 'blank') { blanks.push(r); continue; }
    if (cls === 'section' || cls === 'numbering') continue;
    if (cls === 'totals') {
      ctx.sink.add('AID-T005', sheet, r, firstFilledCol(row), { kind, row: r + 1 });
      continue;
    }
    for (const b of blanks) ctx.sink.add('AID-T004', sheet, b, mapped.length ? Math.min(...mapped) : 0, { kind, row: b + 1 });
    blanks.length = 0;

    const v: Record<string, ParsedValue> = {};
    for (const c of t.def.columns) v[c.key] = null;
    const parsed: ParsedRow = { r, v, hasError: false, errorRules: [] };
    let rowCurrency: string | null = null;
    for (const p of ordered) {
      const raw = row[p.col];
      const font = t.sheet.font && typeof raw === 'string' ? t.sheet.font(r, p.col) : undefined;
      const unit = { currency: p.headerCurrency, multiplier: p.multiplier };
      const out = parseCell(ctx, { sheet, kind, row: r, col: p.col, font, dataLang: t.dataLang }, p.def, raw, unit, p.def.type === 'amount' ? rowCurrency ?? p.headerCurrency ?? null : undefined);
      v[p.def.key] = out.value;
      if (out.meta) (parsed.meta ??= {})[out.meta[0]] = out.meta[1];
      if (out.error) { parsed.hasError = true; parsed.errorRules.push(out.error); }
      if (p.def.key === 'currency') rowCurrency = typeof out.value === 'string' ? out.value : null;
      if (p.def.type === 'amount' && out.currency && v.currency === null && hasCurrencyKey) {
        v.currency = out.currency;
      }
    }
    // The currency of a row: its own cell, else the amount header's "(USD)".
    if (v.currency === null && hasCurrencyKey) {
      if (headerCurrency) v.currency = headerCurrency;
      else if (currencyCol !== undefined && kind === 'aid-projects' && isBlank(row[currencyCol])) {
        const issue = ctx.sink.add('AID-C101', sheet, r, currencyCol, { kind, column: 'currency' });
        parsed.hasError = true;
        parsed.errorRules.push(issue.rule);
      }
    }
    t.rows.push(parsed);
  }
  t.info.rows = t.rows.length;
  findTotalsRow(ctx, t, last);
}

/** Currency first, so amounts know whether "1.234" is VND (grouping) or not. */
function orderForCurrency(present: TableCtx['present']): TableCtx['present'] {
  return [...present].sort((a, b) => (a.def.key === 'currency' ? -1 : 0) - (b.def.key === 'currency' ? -1 : 0));
}

function firstText(row: readonly RawValue[]): RawValue {
  for (const v of row) if (!isBlank(v)) return v;
  return null;
}

function firstFilledCol(row: readonly RawValue[]): number {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return c;
  return 0;
}

/** The hand-typed totals row below the data: left out of the data, its figures checked. */
function findTotalsRow(ctx: RunContext, t: TableCtx, last: number): void {
  const rows = t.sheet.rows;
  const limit = Math.min(rows.length, last + 6);
  for (let r = last + 1; r < limit; r++) {
    const row = rows[r] ?? [];
    if (!row.some(isTotalsText)) continue;
    t.info.totalsRow = r + 1;
    checkTotals(ctx, t, r, row);
    return;
  }
}

function checkTotals(ctx: RunContext, t: TableCtx, r: number, row: readonly RawValue[]): void {
  const currencies = new Set(t.rows.map((p) => p.v.currency).filter((c) => c !== null && c !== undefined));
  for (const p of t.present) {
    if (p.def.type !== 'amount') continue;
    // Mixed currencies cannot be added up, so their total states nothing checkable.
    if (currencies.size > 1) continue;
    const raw = row[p.col];
    if (isBlank(raw)) continue;
    const stated = typeof raw === 'number' ? raw : typeof raw === 'string' ? amountOf(raw, ctx) : null;
    if (stated === null) continue;
    const multiplier = p.multiplier ?? 1;
    let sum = 0;
    let certain = true;
    for (const pr of t.rows) {
      const cell = t.sheet.rows[pr.r]?.[p.col];
      const val = pr.v[p.def.key];
      if (typeof val === 'number') sum += val / multiplier;
      else if (!isBlank(cell)) certain = false;
    }
    const computed = Math.round(sum * 1e6) / 1e6;
    const diff = stated - computed;
    if (Math.abs(diff) > 0.5) {
      ctx.sink.add('AID-T006', t.sheet.name, r, p.col, { kind: t.def.kind, column: p.def.key, stated, computed, diff }, certain ? computed : null);
    }
  }
}

function amountOf(text: string, ctx: RunContext): number | null {
  const a = parseAmount(text, { locale: ctx.locale });
  return a.ok && !a.ambiguous ? a.value : null;
}
