// Rules across tables: references to unknown projects, dates that contradict the project's,
// over-disbursement, missing exchange rates.
import { RateTable } from '../summary/rates';
import { rowIssue as addIssue } from './rows';
import type { RunContext, TableCtx } from './context';
import { indexProjects, type ProjectIndex } from './projectIndex';

/** Disbursed amounts per aid project slot, in the project's currency. */
interface Disbursed {
  sum: Float64Array;
  /** 1 once a disbursement of the project was counted. */
  seen: Uint8Array;
  /** 1 while every counted disbursement could be converted to the project's currency. */
  convertible: Uint8Array;
}

export function crossRules(ctx: RunContext, tables: TableCtx[]): void {
  const aid = indexProjects(tables, 'aid-projects', 'aidId');
  const fdi = indexProjects(tables, 'fdi-projects', 'projectCode');
  const n = aid ? aid.rows.length : 0;
  const disbursed: Disbursed = { sum: new Float64Array(n), seen: new Uint8Array(n), convertible: new Uint8Array(n).fill(1) };
  const rates = new RateTable(tables.filter((t) => t.def.kind === 'exchange-rates').flatMap((t) => t.rows));

  for (const t of tables) {
    const kind = t.def.kind;
    if (kind === 'aid-disbursements' && aid) disbursementRules(ctx, t, aid, rates, disbursed);
    else if ((kind === 'fdi-capital-changes' || kind === 'fdi-implemented') && fdi) fdiReferenceRules(ctx, t, fdi);
  }

  if (aid) overDisbursement(ctx, tables, aid, disbursed);
  missingRates(ctx, tables, rates);
}

/** Each disbursement names a known project, on or after its approval; sums what each project received. */
function disbursementRules(ctx: RunContext, t: TableCtx, aid: ProjectIndex, rates: RateTable, disbursed: Disbursed): void {
  const rows = t.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const id = row.v.aidId;
    if (id === null) continue;
    const slot = aid.find(id);
    if (slot < 0) { addIssue(ctx, t, row, 'AID-X303', t.colOf.aidId, { value: String(id), register: 'aid-projects' }); continue; }
    const pv = aid.rows[slot].v;
    if (row.v.currency === null && typeof pv.currency === 'string') row.v.currency = pv.currency;
    if (typeof row.v.date === 'number' && typeof pv.approvalDate === 'number' && row.v.date < pv.approvalDate) {
      addIssue(ctx, t, row, 'AID-X304', t.colOf.date, { date: row.v.date, approval: pv.approvalDate, value: String(id) });
    }
    if (typeof row.v.amount === 'number' && !row.hasError) {
      disbursed.seen[slot] = 1;
      let amount: number | null = row.v.amount;
      if (row.v.currency !== pv.currency && typeof row.v.currency === 'string' && typeof pv.currency === 'string' && typeof row.v.date === 'number') {
        amount = rates.convert(row.v.amount, row.v.currency, pv.currency, row.v.date);
      }
      if (amount === null) disbursed.convertible[slot] = 0; else disbursed.sum[slot] += amount;
    }
  }
}

/** Capital changes and implemented capital name a known FDI project; no change after it ended. */
function fdiReferenceRules(ctx: RunContext, t: TableCtx, fdi: ProjectIndex): void {
  const rows = t.rows;
  const changes = t.def.kind === 'fdi-capital-changes';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const code = row.v.projectCode;
    if (code === null) continue;
    const slot = fdi.find(code);
    if (slot < 0) { addIssue(ctx, t, row, 'AID-X303', t.colOf.projectCode, { value: String(code), register: 'fdi-projects' }); continue; }
    const term = fdi.rows[slot].v.terminationDate;
    const date = changes ? row.v.date : null;
    if (typeof term === 'number' && typeof date === 'number' && date > term) {
      addIssue(ctx, t, row, 'AID-R205', t.colOf.date, { project: String(code), terminated: term, date });
    }
  }
}

function overDisbursement(ctx: RunContext, tables: TableCtx[], aid: ProjectIndex, disbursed: Disbursed): void {
  const haveDisbursementTable = tables.some((t) => t.def.kind === 'aid-disbursements');
  const slots = aid.slots();
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    const row = aid.rows[slot];
    const t = aid.table(slot);
    const v = row.v;
    if (row.hasError) continue;
    const seen = disbursed.seen[slot] === 1;
    const fromColumn = typeof v.disbursedToDate === 'number' ? v.disbursedToDate : null;
    const total = fromColumn ?? (seen && disbursed.convertible[slot] === 1 ? disbursed.sum[slot] : null);
    const committed = typeof v.committed === 'number' ? v.committed : null;
    if (total !== null && committed !== null && total > committed + 1e-9) {
      const col = fromColumn !== null ? t.colOf.disbursedToDate : t.colOf.committed;
      ctx.sink.add('AID-R203', t.sheet.name, row.r, col, { kind: t.def.kind, disbursed: total, committed, currency: String(v.currency ?? '') });
    }
    const knowsDisbursements = haveDisbursementTable || t.colOf.disbursedToDate !== undefined;
    if (v.status === 'completed' && knowsDisbursements && !seen && !(fromColumn && fromColumn > 0)) {
      ctx.sink.add('AID-R204', t.sheet.name, row.r, t.colOf.status, { kind: t.def.kind });
    }
  }
}

/**
 * When a workbook holds amounts in more than one currency, totals need each amount in USD on its date,
 * so every non-USD amount must have a rate valid on that date.
 */
function missingRates(ctx: RunContext, tables: TableCtx[], rates: RateTable): void {
  const aidTables = tables.filter((t) => t.def.kind === 'aid-projects' || t.def.kind === 'aid-disbursements');
  if (!mixesCurrencies(tables, aidTables)) return;
  // Rows share a few currencies and dates, and whether a rate is in force depends on nothing else.
  const missing = new Map<string, Map<number, boolean>>();
  for (const t of aidTables) {
    const dateKey = t.def.kind === 'aid-projects' ? 'approvalDate' : 'date';
    const amountKey = t.def.kind === 'aid-projects' ? 'committed' : 'amount';
    const rows = t.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const cur = row.v.currency, day = row.v[dateKey];
      if (row.hasError || typeof cur !== 'string' || cur === 'USD' || typeof day !== 'number' || row.v[amountKey] === null) continue;
      let byDay = missing.get(cur);
      if (!byDay) missing.set(cur, byDay = new Map());
      let none = byDay.get(day);
      if (none === undefined) byDay.set(day, none = rates.convert(1, cur, 'USD', day) === null);
      if (none) {
        addIssue(ctx, t, row, 'AID-X305', t.colOf.currency ?? t.colOf[amountKey], { currency: cur, date: day });
      }
    }
  }
}

/** True when the aid registers name two currencies or more (FDI registers count as USD). */
function mixesCurrencies(tables: TableCtx[], aidTables: TableCtx[]): boolean {
  const used = new Set<string>();
  if (tables.some((t) => t.def.kind.startsWith('fdi-'))) used.add('USD');
  for (const t of aidTables) {
    const rows = t.rows;
    for (let i = 0; i < rows.length; i++) {
      const cur = rows[i].v.currency;
      if (typeof cur !== 'string') continue;
      used.add(cur);
      if (used.size >= 2) return true;
    }
  }
  return false;
}
