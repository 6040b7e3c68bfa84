// The data rows of a register: where they start and end (above the signature block), what each row is
// (data, blank, section heading, subtotal or total, note) and every mapped cell parsed, the clean ones
// cheaply (engine/cleanCells.ts) and the rest by parseCell, which reports their issues. Only data rows
// are data; the totals are checked once every row is read (sections.ts).
import { a1 } from '../base/a1';
import { isBlank } from '../base/cell';
import type { HeaderCandidate } from '../detect';
import type { RawValue } from '../model';
import { parseCell } from './cells';
import type { RunContext, TableCtx } from './context';
import { isTotalsText, looksLikeData } from './rowClass';
import { isNoteText, signatureStart, someIn } from './rowRoles';
import { TableRoles } from './sections';
import { BLOCK, TableScanner } from './engine/rowScan';
import { RowStore } from './engine/rowStore';
import { requiredMissing } from '../rules/cell/requiredMissing';
import { blankRow } from '../rules/table/blankRow';
import { settleSign, type ForeignAmount } from './units';
import { settleDayOrder } from './dayOrder';
import { knownByOneId } from './duplicates';
import type { DayOrder } from '../parse/date';

/** Parses the data rows of a table into `t.store`, for the row and cross-register rules. */
export function parseRows(ctx: RunContext, t: TableCtx, cand: HeaderCandidate): void {
  const rows = t.sheet.rows;
  const mapped = t.present.map((p) => p.col);
  const idKey = t.def.columns[0].type === 'id' ? t.def.columns[0].key : undefined;
  const idCol = idKey !== undefined ? t.colOf[idKey] : undefined;

  // The region's columns: a register beside another reads none of the other's cells, so that its
  // headings, totals and signature lines leave this one's rows as they are.
  const from = cand.colStart ?? 0;
  const to = cand.colEnd ?? Number.MAX_SAFE_INTEGER;
  const roles = new TableRoles(ctx, t, from, to);
  // The region's rows: from under its header (past a row of column numbers) to the next region's
  // header, and nothing from the signature block down.
  const start = cand.dataStart ?? cand.row + 1;
  const regionEnd = Math.min(rows.length, cand.dataEnd ?? rows.length);
  const end = signatureStart(rows, cand.row, t.present.filter((p) => p.def.type === 'amount').map((p) => p.col), regionEnd, from, to);
  let last = start - 1;
  for (let r = end - 1; r >= start; r--) {
    const row = rows[r];
    if (row && looksLikeData(row, mapped, idCol) && !isTotalsText(firstText(row, from, to)) && !isNoteText(row[roles.copies.firstTyped(row, r, from, to)])) { last = r; break; }
  }
  const sheet = t.sheet.name;
  const kind = t.def.kind;
  const currencyCol = t.colOf.currency;
  const headerCurrency = t.present.find((p) => p.def.type === 'amount' && p.headerCurrency)?.headerCurrency;
  const firstMapped = mapped.length ? Math.min(...mapped) : 0;
  const capacity = Math.max(0, last - start + 1);
  // Row hashes for the duplicate-row rule; a register known by one id hashes its few candidates itself.
  const hashes = knownByOneId(t) ? null : new Int32Array(capacity);
  // Values are written at each row's position below the header; rows left out close up on commit.
  const store = new RowStore(t.def, capacity);
  t.store = store;
  const scanner = new TableScanner(orderForCurrency(t.present), { font: t.sheet.font, dataLang: t.dataLang, today: ctx.today }, rows, start, capacity, store, from, to, hashes !== null);
  const columns = scanner.columns;
  // Each date column's day and month order, from all its own dates, settled the first time one of its
  // cells is read the slow way (a text date); a column of Excel dates never needs it.
  const orders: (DayOrder | undefined)[] = columns.map(() => undefined);
  const orderOf = (i: number): DayOrder | undefined => {
    const c = columns[i];
    if (c.p.def.type !== 'date' && c.p.def.type !== 'period') return undefined;
    return (orders[i] ??= settleDayOrder(rows, start, start + capacity, c.col, t.dataLang));
  };
  const currency = store.col('currency');
  const blanks: number[] = [];

  for (let p = 0; p < capacity; p++) {
    if (p % BLOCK === 0) scanner.readColumns(rows, p, Math.min(capacity, p + BLOCK));
    const r = start + p;
    const row = rows[r] ?? [];
    let cls = scanner.classify(p, row);
    if (cls === 'totals') { roles.total(r, totalsLabel(row, from, to), store.n); continue; }
    if (cls !== 'numbering') cls = roles.refine(row, r, cls, store.n);
    if (cls === 'blank') { blanks.push(r); continue; }
    if (cls !== 'data') continue;
    if (blanks.length > 0) {
      for (const b of blanks) ctx.sink.add(blankRow.id, sheet, b, firstMapped, { kind, row: b + 1 });
      blanks.length = 0;
    }

    const sectioned = roles.active.length > 0;
    let errorRules: string[] | null = null;
    // The column of each error, parallel to errorRules: summaries leave out only what it makes uncertain.
    let errorColumns: string[] | null = null;
    // The row's own currency cell, which amounts typed as text are read against.
    let rowCurrency: string | null = null;
    // Amounts written in another currency than the column's, converted once the rates are read (units.ts).
    let foreign: ForeignAmount[] | null = null;
    // A capital change's negative amount, judged against the row's kind once the row is read.
    let signed: { col: number; text: string | number } | null = null;
    // Most rows are clean throughout: every value is already in the store.
    if (scanner.needsParse(p)) for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      if (!scanner.isSlow(c, p)) {
        if (c.isCurrency) rowCurrency = c.column.str(p);
        continue;
      }
      const col = c.col;
      const def = c.p.def;
      const raw = row[col];
      // A blank code its section heading names is filled below, with a warning of its own.
      if (sectioned && isBlank(raw) && roles.fills(col)) continue;
      const isAmount = def.type === 'amount';
      const font = t.sheet.font && typeof raw === 'string' ? t.sheet.font(r, col) : undefined;
      const unit = { currency: c.p.headerCurrency, multiplier: c.p.multiplier };
      const out = parseCell(ctx, { sheet, kind, row: r, col, font, dataLang: t.dataLang, dateOrder: orderOf(i) }, def, raw, unit, isAmount ? rowCurrency ?? c.p.headerCurrency ?? null : undefined);
      c.column.setParsed(p, r, out.value);
      if (out.meta) store.metaColumn(out.meta[0]).set(p, out.meta[1]);
      if (out.error) { (errorRules ??= []).push(out.error); (errorColumns ??= []).push(def.key); }
      if (isAmount && out.currency && currency && currency.at(p) === null) {
        currency.set(p, out.currency);
        // The row's other amounts are in it too, unless they say otherwise.
        rowCurrency ??= out.currency;
      }
      if (out.foreign) (foreign ??= []).push({ i: -1, col, key: def.key, multiplier: c.p.multiplier ?? 1, ...out.foreign });
      if (out.signed) signed = { col, text: out.signed.text };
      if (c.isCurrency) rowCurrency = typeof out.value === 'string' ? out.value : null;
    }
    // The currency of a row: its own cell, else the amount header's "(USD)".
    if (currency && currency.at(p) === null) {
      if (headerCurrency) currency.set(p, headerCurrency);
      else if (currencyCol !== undefined && kind === 'aid-projects' && isBlank(row[currencyCol])) {
        const issue = ctx.sink.add(requiredMissing.id, sheet, r, currencyCol, { kind, column: 'currency' });
        (errorRules ??= []).push(issue.rule);
        (errorColumns ??= []).push('currency');
      }
    }
    if (sectioned) roles.fillCodes(row, r, p);
    const i = store.commit(p, r, errorRules, errorColumns);
    if (hashes !== null) hashes[i] = scanner.hash(p);
    if (signed) settleSign(ctx, t, i, signed.col, signed.text);
    if (foreign) for (const f of foreign) { f.i = i; (t.foreign ??= []).push(f); }
  }
  if (hashes !== null) t.rowHashes = hashes.subarray(0, store.n);
  t.info.rows = store.n;
  // The totals under the last data row: a bare "Cộng" or the grand total, after the last subtotal.
  const tailEnd = Math.min(end, rows.length, last + 1 + TAIL);
  for (let r = Math.max(last, cand.row) + 1; r < tailEnd; r++) {
    const row = rows[r];
    if (row && someIn(row, from, to, isTotalsText)) roles.total(r, totalsLabel(row, from, to), store.n);
  }
  roles.finish();
  t.info.range = regionRange(cand, Math.max(last, cand.row), t.present.map((x) => x.col));
}

/** How many rows under the last data row may hold its totals (subtotals, then the grand total). */
const TAIL = 12;

/** The totals label among the region's cells [from, to). */
function totalsLabel(row: readonly RawValue[], from: number, to: number): string {
  const end = to < row.length ? to : row.length;
  for (let c = from; c < end; c++) if (isTotalsText(row[c])) return row[c] as string;
  return '';
}

/** Currency first, so amounts know whether "1.234" is VND (grouping) or not. */
function orderForCurrency(present: TableCtx['present']): TableCtx['present'] {
  return [...present].sort((a, b) => (a.def.key === 'currency' ? -1 : 0) - (b.def.key === 'currency' ? -1 : 0));
}

/** The region in A1: its header block to its last data row, across its columns. */
function regionRange(cand: HeaderCandidate, last: number, mapped: readonly number[]): string {
  const cols = [...mapped, ...cand.ignored.map((i) => i.col), ...cand.blankHeaderCols];
  const from = cols.length ? Math.min(...cols) : 0;
  const to = cols.length ? Math.max(...cols) : 0;
  return `${a1(cand.firstRow ?? cand.row, from)}:${a1(last, to)}`;
}

function firstText(row: readonly RawValue[], from: number, to: number): RawValue {
  const end = to < row.length ? to : row.length;
  for (let c = from; c < end; c++) if (!isBlank(row[c])) return row[c];
  return null;
}
