// Rules across rows and tables: duplicates, references to unknown projects, dates that contradict
// the project's, over-disbursement, missing exchange rates.
import { isBlank } from '../detect';
import type { ParsedRow } from '../model';
import { RateTable } from '../summary/rates';
import { idKey as textIdKey } from '../text';
import { flagRow } from './rows';
import type { RunContext, TableCtx } from './context';

const idKey = (v: unknown): string => textIdKey(String(v ?? ''));

function addIssue(ctx: RunContext, t: TableCtx, row: ParsedRow, ruleId: string, col: number | undefined, params: Record<string, string | number>, fix: number | string | null = null): void {
  const i = ctx.sink.add(ruleId, t.sheet.name, row.r, col ?? null, { kind: t.def.kind, ...params }, fix);
  flagRow(row, i.rule, i.severity);
}

/** Duplicate ids and duplicate rows within each table. A duplicated row is reported once, as such. */
export function duplicateRules(ctx: RunContext, t: TableCtx): void {
  const cols = t.present.map((p) => p.col).sort((a, b) => a - b);
  const seenRows = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const idCols = t.def.idKeys.map((k) => t.colOf[k]);
  const hasIds = t.def.idKeys.length > 0 && idCols.every((c) => c !== undefined);
  for (const row of t.rows) {
    const raw = t.sheet.rows[row.r] ?? [];
    let rowKey = '';
    for (const c of cols) {
      const x = raw[c];
      rowKey += (isBlank(x) ? '' : typeof x === 'string' ? x.trim() : String(x)) + '\u0001';
    }
    const firstRow = seenRows.get(rowKey);
    if (firstRow !== undefined) {
      addIssue(ctx, t, row, 'AID-X302', cols[0], { row: row.r + 1, firstRow: firstRow + 1 });
      continue;
    }
    seenRows.set(rowKey, row.r);
    if (!hasIds) continue;
    const values = t.def.idKeys.map((k) => row.v[k]);
    if (values.some((x) => x === null)) continue;
    const key = values.map(idKey).join('\u0001');
    const first = seenIds.get(key);
    if (first !== undefined) {
      addIssue(ctx, t, row, 'AID-X301', idCols[0], { value: values.map(String).join(' / '), firstRow: first + 1 });
    } else seenIds.set(key, row.r);
  }
}

interface ProjectRef { table: TableCtx; row: ParsedRow }

function indexProjects(tables: TableCtx[], kind: string, key: string): Map<string, ProjectRef> | null {
  const own = tables.filter((t) => t.def.kind === kind);
  if (own.length === 0) return null;
  const map = new Map<string, ProjectRef>();
  for (const t of own) for (const row of t.rows) {
    const id = row.v[key];
    if (id === null) continue;
    const k = idKey(id);
    if (!map.has(k)) map.set(k, { table: t, row });
  }
  return map;
}

export function crossRules(ctx: RunContext, tables: TableCtx[]): void {
  const aid = indexProjects(tables, 'aid-projects', 'aidId');
  const fdi = indexProjects(tables, 'fdi-projects', 'projectCode');
  const disbursedByProject = new Map<string, { sum: number; count: number; convertible: boolean }>();
  const rates = new RateTable(tables.filter((t) => t.def.kind === 'exchange-rates').flatMap((t) => t.rows));

  for (const t of tables) {
    const kind = t.def.kind;
    if (kind === 'aid-disbursements') {
      for (const row of t.rows) {
        const id = row.v.aidId;
        if (id === null || !aid) continue;
        const project = aid.get(idKey(id));
        if (!project) { addIssue(ctx, t, row, 'AID-X303', t.colOf.aidId, { value: String(id), register: 'aid-projects' }); continue; }
        const pv = project.row.v;
        if (row.v.currency === null && typeof pv.currency === 'string') row.v.currency = pv.currency;
        if (typeof row.v.date === 'number' && typeof pv.approvalDate === 'number' && row.v.date < pv.approvalDate) {
          addIssue(ctx, t, row, 'AID-X304', t.colOf.date, { date: row.v.date, approval: pv.approvalDate, value: String(id) });
        }
        if (typeof row.v.amount === 'number' && !row.hasError) {
          const acc = disbursedByProject.get(idKey(id)) ?? { sum: 0, count: 0, convertible: true };
          acc.count++;
          let amount: number | null = row.v.amount;
          if (row.v.currency !== pv.currency && typeof row.v.currency === 'string' && typeof pv.currency === 'string' && typeof row.v.date === 'number') {
            amount = rates.convert(row.v.amount, row.v.currency, pv.currency, row.v.date);
          }
          if (amount === null) acc.convertible = false; else acc.sum += amount;
          disbursedByProject.set(idKey(id), acc);
        }
      }
    } else if (kind === 'fdi-capital-changes' || kind === 'fdi-implemented') {
      for (const row of t.rows) {
        const code = row.v.projectCode;
        if (code === null || !fdi) continue;
        const project = fdi.get(idKey(code));
        if (!project) { addIssue(ctx, t, row, 'AID-X303', t.colOf.projectCode, { value: String(code), register: 'fdi-projects' }); continue; }
        const term = project.row.v.terminationDate;
        const date = kind === 'fdi-capital-changes' ? row.v.date : null;
        if (typeof term === 'number' && typeof date === 'number' && date > term) {
          addIssue(ctx, t, row, 'AID-R205', t.colOf.date, { project: String(code), terminated: term, date });
        }
      }
    }
  }

  if (aid) overDisbursement(ctx, tables, aid, disbursedByProject);
  missingRates(ctx, tables, rates);
}

function overDisbursement(ctx: RunContext, tables: TableCtx[], aid: Map<string, ProjectRef>, disbursed: Map<string, { sum: number; count: number; convertible: boolean }>): void {
  const haveDisbursementTable = tables.some((t) => t.def.kind === 'aid-disbursements');
  for (const { table: t, row } of aid.values()) {
    const v = row.v;
    if (row.hasError) continue;
    const acc = disbursed.get(idKey(v.aidId));
    const fromColumn = typeof v.disbursedToDate === 'number' ? v.disbursedToDate : null;
    const total = fromColumn ?? (acc && acc.convertible ? acc.sum : null);
    const committed = typeof v.committed === 'number' ? v.committed : null;
    if (total !== null && committed !== null && total > committed + 1e-9) {
      const col = fromColumn !== null ? t.colOf.disbursedToDate : t.colOf.committed;
      ctx.sink.add('AID-R203', t.sheet.name, row.r, col, { kind: t.def.kind, disbursed: total, committed, currency: String(v.currency ?? '') });
    }
    const knowsDisbursements = haveDisbursementTable || t.colOf.disbursedToDate !== undefined;
    if (v.status === 'completed' && knowsDisbursements && !acc && !(fromColumn && fromColumn > 0)) {
      ctx.sink.add('AID-R204', t.sheet.name, row.r, t.colOf.status, { kind: t.def.kind });
    }
  }
}

/**
 * When a workbook holds amounts in more than one currency, totals need each amount in USD on its date,
 * so every non-USD amount must have a rate valid on that date.
 */
function missingRates(ctx: RunContext, tables: TableCtx[], rates: RateTable): void {
  const used = new Set<string>();
  const aidTables = tables.filter((t) => t.def.kind === 'aid-projects' || t.def.kind === 'aid-disbursements');
  for (const t of aidTables) for (const row of t.rows) if (typeof row.v.currency === 'string') used.add(row.v.currency);
  if (tables.some((t) => t.def.kind.startsWith('fdi-'))) used.add('USD');
  if (used.size < 2) return;
  for (const t of aidTables) {
    const dateKey = t.def.kind === 'aid-projects' ? 'approvalDate' : 'date';
    const amountKey = t.def.kind === 'aid-projects' ? 'committed' : 'amount';
    for (const row of t.rows) {
      const cur = row.v.currency, day = row.v[dateKey];
      if (row.hasError || typeof cur !== 'string' || cur === 'USD' || typeof day !== 'number' || row.v[amountKey] === null) continue;
      if (rates.convert(1, cur, 'USD', day) === null) {
        addIssue(ctx, t, row, 'AID-X305', t.colOf.currency ?? t.colOf[amountKey], { currency: cur, date: day });
      }
    }
  }
}
