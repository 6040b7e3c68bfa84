// Every summary reconciles (README "Summaries"): for each register, rows read = rows counted + rows
// not counted (by reason) + rows dated after the period; and every breakdown adds up to its total,
// rows whose group is blank or in error standing in the unknown group. Checked over many generated
// registers (seeded, with the demo's planted problems and with problems planted here at random), in
// USD and in VND, on summarise's figures and on the summary sheet's.
import type { ParsedTable, RawValue, WorkbookInput } from '../src/core/model';
import type { PlanCell, SheetPlan } from '../src/core/plan/sheetPlan';
import { summaryPlan } from '../src/core/plan/summary';
import { summarise, UNKNOWN_GROUP, type Summary, type SummaryCurrency } from '../src/core/summary';
import type { AidSummary } from '../src/core/summary/aid';
import type { FdiSummary } from '../src/core/summary/fdi';
import { parsePeriod, type Period } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import type { RegisterKind } from '../src/core/schema/registers';
import { generateSample, Rng } from '../src/sample/generate';
import { TODAY, toInput } from './helpers/sample';

/** Values that make a cell wrong in the ways registers are: a code outside its list, a province gone, text for a number, a blank. */
const BAD: Record<string, readonly RawValue[]> = {
  sector: ['ZZZ', 'Lĩnh vực lạ', null],
  province: ['Hà Tây', 'Tỉnh không có', null],
  donorCountry: ['Atlantis', null],
  source: ['Nguồn lạ', null],
  donor: [null],
  country: ['Atlantis', null],
  committed: ['nhiều tiền', null, -5],
  registered: ['nhiều tiền', null],
  amount: ['abc', null],
  currency: ['XYZ', 'EUR', 'KRW'],
  // A year, quarter or month where a day belongs (AID-C121): counted only in periods holding it whole
  // (the year 2025 runs past 2025-H1: not counted, date-too-coarse).
  approvalDate: ['ngày 45', null, 2025, 'Quý I/2025'],
  certDate: ['ngày 45', null, '2025', 'tháng 3/2025'],
  date: ['ngày 45', 'năm 2025', '6 tháng đầu năm 2025', 'Q4 2024'],
  notes: ['ghi chú'],
  commune: ['Xã lạ'],
};

/** Plants `n` random problems in the registers' data rows (found by validating the clean input first). */
function plantProblems(input: WorkbookInput, tables: readonly ParsedTable[], rng: Rng, n: number): WorkbookInput {
  const sheets = input.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  const targets = tables.filter((t) => t.rows.length > 0 && t.info.kind !== 'exchange-rates');
  for (let k = 0; k < n && targets.length > 0; k++) {
    const t = rng.pick(targets);
    const keys = Object.keys(t.colOf).filter((key) => BAD[key] !== undefined);
    if (keys.length === 0) continue;
    const key = rng.pick(keys);
    const row = rng.pick(t.rows);
    const sheet = sheets.find((s) => s.name === t.info.sheet);
    if (sheet) sheet.rows[row.r][t.colOf[key]] = rng.pick(BAD[key]);
  }
  return { ...input, sheets };
}

interface Case { name: string; input: WorkbookInput; tables: ParsedTable[]; period: Period; currency: SummaryCurrency }

function cases(): Case[] {
  const out: Case[] = [];
  const periods = [parsePeriod({ year: 2024 }), parsePeriod({ period: '2025-H1' }), parsePeriod({ from: '2000-01-01', to: '2026-11-23' })];
  for (let seed = 1; seed <= 6; seed++) {
    const rng = new Rng(seed * 7919);
    const book = generateSample({ aidProjects: rng.int(15, 60), fdiProjects: rng.int(8, 30), today: TODAY, plant: seed % 2 === 0, seed });
    const clean = toInput(book);
    const first = validateWorkbook(clean, { today: TODAY, lang: 'vi', locale: 'vi' });
    let input = plantProblems(clean, first.tables, rng, rng.int(5, 25));
    // One workbook without its disbursement register: disbursed is then not known, and still reconciles.
    if (seed === 3) {
      const paid = new Set(first.tables.filter((t) => t.info.kind === 'aid-disbursements').map((t) => t.info.sheet));
      input = { ...input, sheets: input.sheets.filter((sh) => !paid.has(sh.name)) };
    }
    const result = validateWorkbook(input, { today: TODAY, lang: 'vi', locale: 'vi' });
    const period = periods[seed % periods.length];
    for (const currency of ['USD', 'VND'] as const) {
      out.push({ name: `seed ${seed}, ${period.label}, ${currency}`, input, tables: result.tables, period, currency });
    }
  }
  return out;
}

const CASES = cases();
const rowsOfKind = (tables: readonly ParsedTable[], kind: RegisterKind): number =>
  tables.filter((t) => t.info.kind === kind).reduce((n, t) => n + t.rows.length, 0);

/** Equal up to float noise (unrounded figures). */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function checkTallies(s: AidSummary | FdiSummary, tables: readonly ParsedTable[], extra: number): string[] {
  const wrong: string[] = [];
  let notCounted = 0;
  for (const t of s.rows) {
    if (t.read !== t.counted + t.notCounted + t.afterPeriod) wrong.push(`${t.kind}: ${t.read} ≠ ${t.counted} + ${t.notCounted} + ${t.afterPeriod}`);
    if (t.read !== rowsOfKind(tables, t.kind)) wrong.push(`${t.kind}: read ${t.read}, register has ${rowsOfKind(tables, t.kind)}`);
    const reasons = t.reasons.reduce((n, r) => n + r.count, 0);
    if (reasons < t.notCounted) wrong.push(`${t.kind}: ${t.notCounted} not counted but ${reasons} reasons`);
    notCounted += t.notCounted;
  }
  if (notCounted + extra !== s.notCounted) wrong.push(`not counted ${s.notCounted} ≠ ${notCounted} from the registers + ${extra}`);
  return wrong;
}

function checkAidBreakdowns(a: AidSummary): string[] {
  const wrong: string[] = [];
  for (const [name, groups] of Object.entries({ sector: a.bySector, donor: a.byDonor, donorCountry: a.byDonorCountry, province: a.byProvince, source: a.bySource })) {
    const projects = groups.reduce((n, g) => n + g.projects, 0);
    const committed = groups.reduce((n, g) => n + g.committed, 0);
    if (projects !== a.projects) wrong.push(`aid by ${name}: ${projects} projects ≠ ${a.projects}`);
    if (!near(committed, a.committed)) wrong.push(`aid by ${name}: committed ${committed} ≠ ${a.committed}`);
    if (a.disbursed === null) {
      if (groups.some((g) => g.disbursed !== null)) wrong.push(`aid by ${name}: a group knows disbursements the total does not`);
    } else {
      const disbursed = groups.reduce((n, g) => n + (g.disbursed ?? NaN), 0);
      if (!near(disbursed, a.disbursed)) wrong.push(`aid by ${name}: disbursed ${disbursed} ≠ ${a.disbursed}`);
    }
    for (const g of groups) if (g.rate !== null && g.rate > 1 + 1e-9 && !g.overDisbursed) wrong.push(`aid by ${name}: ${g.key} above 100% unflagged`);
  }
  return wrong;
}

function checkFdiBreakdowns(f: FdiSummary): string[] {
  const wrong: string[] = [];
  for (const [name, groups] of Object.entries({ country: f.byCountry, sector: f.bySector })) {
    const projects = groups.reduce((n, g) => n + g.projects, 0);
    const registered = groups.reduce((n, g) => n + g.registered, 0);
    const implemented = groups.reduce((n, g) => n + g.implemented, 0);
    if (projects !== f.newProjects.count) wrong.push(`FDI by ${name}: ${projects} projects ≠ ${f.newProjects.count}`);
    if (!near(registered, f.total)) wrong.push(`FDI by ${name}: registered ${registered} ≠ ${f.total}`);
    if (!near(implemented, f.implemented)) wrong.push(`FDI by ${name}: implemented ${implemented} ≠ ${f.implemented}`);
  }
  return wrong;
}

const terminatedNoDate = (f: FdiSummary): number => f.notCountedReasons.find((r) => r.rule === 'terminated-no-date')?.count ?? 0;

describe('every summary reconciles, over generated registers with planted problems', () => {
  it('plants problems that leave rows out and rows in unknown groups (the cases test something)', () => {
    const all = CASES.map((c) => summarise(c.tables, { period: c.period, currency: c.currency }));
    expect(all.some((s) => s.aid.notCounted > 0)).toBe(true);
    expect(all.some((s) => s.aid.bySector.some((g) => g.key === UNKNOWN_GROUP && g.projects > 0))).toBe(true);
    expect(all.some((s) => s.aid.rows.some((t) => t.partly.length > 0))).toBe(true);
    expect(all.some((s) => s.aid.disbursed === null)).toBe(true);
    // Some row dated by a year the period's end cuts (not counted: date-too-coarse).
    expect(all.some((s) => [...s.aid.notCountedReasons, ...s.fdi.notCountedReasons].some((r) => r.rule === 'date-too-coarse'))).toBe(true);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: rows read = counted + not counted + after the period, per register', (_name, c) => {
    const s = summarise(c.tables, { period: c.period, currency: c.currency });
    for (const x of [s.exact, s]) {
      expect(checkTallies(x.aid, c.tables, 0)).toEqual([]);
      expect(checkTallies(x.fdi, c.tables, terminatedNoDate(x.fdi))).toEqual([]);
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: every breakdown adds up to its total', (_name, c) => {
    const s = summarise(c.tables, { period: c.period, currency: c.currency });
    expect(checkAidBreakdowns(s.exact.aid)).toEqual([]);
    expect(checkFdiBreakdowns(s.exact.fdi)).toEqual([]);
  });

  it.each(CASES.filter((_, i) => i % 2 === 0 || i === 1).map((c) => [c.name, c] as const))('%s: the summary sheet states the reconciliation and its tables add up to the section totals', (_name, c) => {
    const s = summarise(c.tables, { period: c.period, currency: c.currency });
    const plan = summaryPlan(s, { tables: c.tables, issues: [] }, c.input, { lang: 'vi', today: TODAY });
    expect(sheetProblems(plan, s)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The sheet's figures: a formula cell shows its expected value, a literal its value.

function valueOf(c: PlanCell | undefined): number | null {
  if (!c) return null;
  if (c.formula !== undefined) return typeof c.expected === 'number' ? c.expected : null;
  return typeof c.value === 'number' ? c.value : null;
}

function sheetProblems(plan: SheetPlan, s: Summary): string[] {
  const wrong: string[] = [];
  const at = new Map(plan.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const labels = plan.cells.filter((c) => c.col === 0 && typeof c.value === 'string');
  const rightOf = (label: string): number | null => {
    const l = labels.find((c) => (c.value as string).startsWith(label));
    return l ? valueOf(at.get(`${l.row}:1`)) : null;
  };
  const aidTotals = [rightOf('Số khoản viện trợ được phê duyệt'), rightOf('Giá trị cam kết'), rightOf('Giải ngân trong kỳ')];
  const fdiTotals = [rightOf('1. Dự án cấp mới'), rightOf('4. Tổng vốn đăng ký'), rightOf('5. Vốn thực hiện')];
  // Money on the sheet is rounded to the printed precision: a table of n rows may differ from its total by n half-units.
  const unit = (cur: string): number => (cur === 'VND' ? 1 : 0.01);
  const fdiStart = labels.find((c) => (c.value as string).startsWith('II. '))?.row ?? Infinity;
  const totalRows = labels.filter((c) => c.value === 'Tổng cộng');
  for (const tr of totalRows) {
    const fdi = tr.row > fdiStart;
    const expected = fdi ? fdiTotals : aidTotals;
    const u = unit(fdi ? s.fdi.currency : s.currency);
    // The table's rows: its bordered box under its header and column numbers. A page that continues the
    // table begins with them written again: text, which adds nothing to the sum (valueOf is null).
    const box = plan.borders!.find((b) => b.row <= tr.row && tr.row < b.row + b.rows)!;
    const first = box.row + 2;
    for (let col = 1; col <= 3; col++) {
      const total = valueOf(at.get(`${tr.row}:${col}`));
      const want = expected[col - 1];
      if (want === null) { if (total !== null) wrong.push(`row ${tr.row + 1} col ${col}: a total where the section has none`); continue; }
      if (total === null || Math.abs(total - want) > u / 2 + 1e-6 * Math.abs(want)) wrong.push(`row ${tr.row + 1} col ${col}: table total ${total} ≠ section ${want}`);
      let sum = 0;
      for (let r = first; r < tr.row; r++) sum += valueOf(at.get(`${r}:${col}`)) ?? 0;
      if (Math.abs(sum - want) > (tr.row - first) * u / 2 + u / 2 + 1e-6 * Math.abs(want)) wrong.push(`rows ${first + 1}–${tr.row} col ${col}: sum ${sum} ≠ ${want}`);
    }
  }
  const texts = plan.cells.map((c) => (typeof c.value === 'string' ? c.value : ''));
  for (const t of [...s.aid.rows, ...s.fdi.rows]) {
    if (t.read === 0) continue;
    const line = `đọc ${t.read} dòng = ${t.counted} được tính + ${t.notCounted} không tính`;
    if (!texts.some((x) => x.includes(line))) wrong.push(`no reconciliation line "${line}" for ${t.kind}`);
  }
  return wrong;
}

// ---------------------------------------------------------------------------------------------
// An error removes a row only from what it makes uncertain.

describe('an error leaves a row out only of the figures its column feeds', () => {
  const book = generateSample({ aidProjects: 12, fdiProjects: 6, today: TODAY, plant: false, seed: 5 });
  const clean = toInput(book);
  const cleanResult = validateWorkbook(clean, { today: TODAY, lang: 'vi', locale: 'vi' });
  const projects = cleanResult.tables.find((t) => t.info.kind === 'aid-projects')!;
  const all = parsePeriod({ from: '2000-01-01', to: '2026-11-23' });
  const before = summarise(cleanResult.tables, { period: all, currency: 'USD' }).exact.aid;
  const row = projects.rows[0];

  const withCell = (key: string, value: RawValue): AidSummary => {
    const sheets = clean.sheets.map((s) => (s.name === projects.info.sheet ? { ...s, rows: s.rows.map((r, i) => (i === row.r ? Object.assign([...r], { [projects.colOf[key]]: value }) : r)) } : s));
    const result = validateWorkbook({ ...clean, sheets }, { today: TODAY, lang: 'vi', locale: 'vi' });
    const bad = result.tables.find((t) => t.info.kind === 'aid-projects')!.rows.find((r) => r.r === row.r)!;
    expect(bad.hasError).toBe(true);
    expect(bad.errorColumns).toContain(key);
    return summarise(result.tables, { period: all, currency: 'USD' }).exact.aid;
  };

  it('a province that cannot be placed today ("Hải Hưng", split in 1997) keeps the project in every total and puts it in the unknown province', () => {
    const a = withCell('province', 'Hải Hưng');
    expect(a.projects).toBe(before.projects);
    expect(a.committed).toBeCloseTo(before.committed, 6);
    expect(a.notCounted).toBe(before.notCounted);
    expect(a.byProvince.find((g) => g.key === UNKNOWN_GROUP)?.projects).toBeGreaterThan(0);
    expect(a.bySector).toEqual(before.bySector);
    expect(a.rows[0].partly.length).toBeGreaterThan(0);
  });

  it('a province dissolved into one of today\'s ("Hà Tây", 2008) is no error: the project counts under Hà Nội', () => {
    const sheets = clean.sheets.map((s) => (s.name === projects.info.sheet ? { ...s, rows: s.rows.map((r, i) => (i === row.r ? Object.assign([...r], { [projects.colOf.province]: 'Hà Tây' }) : r)) } : s));
    const result = validateWorkbook({ ...clean, sheets }, { today: TODAY, lang: 'vi', locale: 'vi' });
    const kept = result.tables.find((t) => t.info.kind === 'aid-projects')!.rows.find((r) => r.r === row.r)!;
    expect(kept.hasError).toBe(false);
    expect(kept.meta?.provinceText).toBe('Hà Tây');
    const a = summarise(result.tables, { period: all, currency: 'USD' }).exact.aid;
    expect(a.projects).toBe(before.projects);
    expect(a.byProvince.find((g) => g.key === '01')?.projects).toBeGreaterThan(0);
    expect(a.byProvince.find((g) => g.key === UNKNOWN_GROUP)).toEqual(before.byProvince.find((g) => g.key === UNKNOWN_GROUP));
  });

  it('a sector outside its list moves the project to the unknown sector group, and the breakdown still adds up', () => {
    const a = withCell('sector', 'ZZZ');
    expect(a.projects).toBe(before.projects);
    expect(a.committed).toBeCloseTo(before.committed, 6);
    const unknown = a.bySector.find((g) => g.key === UNKNOWN_GROUP);
    expect(unknown?.projects).toBe(1);
    expect(a.bySector.reduce((n, g) => n + g.committed, 0)).toBeCloseTo(a.committed, 6);
  });

  it('an amount that cannot be read keeps the project out of the money figures, with its reason', () => {
    const a = withCell('committed', 'nhiều tiền');
    expect(a.projects).toBe(before.projects - 1);
    expect(a.rows[0].notCounted).toBe(before.rows[0].notCounted + 1);
    expect(a.rows[0].reasons.length).toBeGreaterThan(0);
    // Its disbursements go with it, named as such, so that groups and totals still agree.
    const paid = a.rows[1].reasons.find((r) => r.rule === 'project-not-counted')?.count ?? 0;
    expect(paid).toBeGreaterThan(0);
    expect(a.notCounted).toBe(before.notCounted + 1 + paid);
  });
});
