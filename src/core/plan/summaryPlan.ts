// The summary sheet (`summary --out`, and the add-in later) as a SheetPlan: key figures, tables by
// sector, donor, country and place, the FDI items 1–6 and a paragraph ready to paste.
//
// Live formulas where Excel can compute the figure. Each candidate figure is described as a sum of
// SUMIFS/COUNTIFS terms over the register tables (FormulaModel), rendered as an en-US formula and
// first SIMULATED here on the raw grid with Excel's semantics. The formula is written only when the
// simulation gives the engine's own figure; otherwise the engine's value is written, marked with a
// "*" in its number format and explained in a footnote. Rates, changes and totals are formulas over
// the summary's own cells when those cells give the engine's figure.
import { groupLabel as sharedGroupLabel } from '../i18n/groupLabels';
import { COUNTRIES, FDI_CHANGE_KINDS } from '../codes';
import type { Lang, ParsedRow, ParsedTable, RawValue, ValidationResult, WorkbookInput } from '../model';
import { dateToSerial, dayToExcelSerial, formatDay, isoToDay, parseDate, todayDay } from '../parse/date';
import { RULES } from '../rules/catalog';
import type { RegisterKind } from '../schema/registers';
import { roundMoney, type Summary, type SummaryCurrency } from '../summary';
import { summariseAid, type AidSummary, type GroupRow } from '../summary/aid';
import { idKey, rowsOf, str } from '../summary/common';
import { summariseFdi, type FdiGroupRow, type FdiSummary } from '../summary/fdi';
import { samePeriodLastYear, type Period } from '../summary/period';
import { RateTable } from '../summary/rates';
import { cleanSpaces, nfc } from '../base/text';
import { a1, colLetter, quoteSheet } from '../base/a1';
import type { PlanCell, PlanChart, PlanRange, PlanStyle, SheetPlan } from './sheetPlan';
import { summaryParagraph } from './summaryText';
import { BREAKDOWNS, type Breakdown } from '../summary/request';

// ---------------------------------------------------------------------------------------------
// Formula models

export type CriterionOp = '>=' | '<=' | '<' | '>' | '=';

/** One criteria pair of a SUMIFS/COUNTIFS; `col` is 0-based within the sheet. Text is compared for equality. */
export interface Criterion {
  col: number;
  op: CriterionOp;
  value: number | string;
}

/** One SUMIFS/COUNTIFS over the data rows (0-based firstRow..lastRow) of one register table. */
export interface FormulaModel {
  fn: 'SUMIFS' | 'COUNTIFS';
  sheet: string;
  firstRow: number;
  lastRow: number;
  sumCol?: number;
  criteria: Criterion[];
  /** Multiplier of the result: a header unit ("(triệu USD)") or the USD→VND rate of a VND FDI report. */
  scale?: number;
  /** -1 subtracts the term (capital decreases). */
  sign?: 1 | -1;
}

const MAX_FORMULA_LENGTH = 8000;
const MAX_TERMS = 24;

function numberLiteral(n: number): string {
  return String(n).replace('e+', 'E+').replace('e-', 'E-');
}

function criterionText(c: Criterion): string {
  if (typeof c.value === 'number') return `"${c.op}"&${numberLiteral(c.value)}`;
  // ~ * ? are wildcards in criteria: escaped with ~ so the text is matched as written.
  const text = c.value.replace(/[~*?]/g, (ch) => `~${ch}`).replace(/"/g, '""');
  return `"${c.op}${text}"`;
}

function renderTerm(t: FormulaModel): string {
  const range = (col: number): string => {
    const L = colLetter(col);
    return `${quoteSheet(t.sheet)}!$${L}$${t.firstRow + 1}:$${L}$${t.lastRow + 1}`;
  };
  const args: string[] = [];
  if (t.fn === 'SUMIFS') args.push(range(t.sumCol ?? 0));
  for (const c of t.criteria) args.push(range(c.col), criterionText(c));
  const call = `${t.fn}(${args.join(',')})`;
  return t.scale !== undefined && t.scale !== 1 ? `${call}*${numberLiteral(t.scale)}` : call;
}

/** The en-US formula (without '=') adding up the terms, e.g. `SUMIFS('Dự án FDI'!$J$4:$J$33,…)-SUMIFS(…)`. */
export function renderFormula(terms: readonly FormulaModel[]): string {
  return terms.map((t, i) => {
    const body = renderTerm(t);
    if (t.sign === -1) return `-${body}`;
    return i === 0 ? body : `+${body}`;
  }).join('');
}

type Cell =
  | { k: 'num'; n: number }
  | { k: 'text'; s: string }
  | { k: 'bool' }
  | { k: 'error' }
  | { k: 'blank' };

function cellOf(v: RawValue): Cell {
  if (v === null || v === undefined) return { k: 'blank' };
  if (typeof v === 'number') return Number.isFinite(v) ? { k: 'num', n: v } : { k: 'error' };
  if (typeof v === 'string') return v === '' ? { k: 'blank' } : { k: 'text', s: v };
  if (typeof v === 'boolean') return { k: 'bool' };
  if (v instanceof Date) return { k: 'num', n: dateToSerial(v) };
  return { k: 'error' };
}

/**
 * Does a cell meet a criterion, as Excel decides; 'unsafe' where hosts may differ: a boolean under a
 * numeric criterion (LibreOffice takes TRUE as 1, Excel does not) or text equal only after NFC.
 */
function meets(cell: Cell, c: Criterion): boolean | 'unsafe' {
  if (typeof c.value === 'number') {
    if (cell.k === 'bool') return 'unsafe';
    // Numeric criteria only ever match real numbers: text "1000" and blanks never do.
    if (cell.k !== 'num') return false;
    const x = cell.n;
    const y = c.value;
    switch (c.op) {
      case '>=': return x >= y;
      case '<=': return x <= y;
      case '<': return x < y;
      case '>': return x > y;
      default: return x === y;
    }
  }
  if (c.op !== '=') return 'unsafe';
  if (cell.k !== 'text') return false;
  const a = cell.s.toLowerCase();
  const b = c.value.toLowerCase();
  if (a === b) return true;
  // Composed and decomposed Vietnamese ("ế" as one or two code points): hosts may or may not equate them.
  return nfc(a) === nfc(b) ? 'unsafe' : false;
}

/**
 * What Excel would compute for the terms on the raw grid: SUMIFS adds only real numbers of the sum
 * range on rows meeting every criterion; COUNTIFS counts those rows. Null when the result cannot be
 * trusted to be the same in every spreadsheet: a missing sheet, an error in a summed cell (the
 * formula would show the error), or a boolean in a range (LibreOffice counts TRUE as 1, Excel does not).
 */
export function simulateFormula(terms: readonly FormulaModel[], input: WorkbookInput): number | null {
  let total = 0;
  for (const t of terms) {
    const sheet = input.sheets.find((s) => s.name === t.sheet);
    if (!sheet) return null;
    let acc = 0;
    for (let r = t.firstRow; r <= t.lastRow; r++) {
      const row = sheet.rows[r] ?? [];
      let ok = true;
      for (const c of t.criteria) {
        const m = meets(cellOf(row[c.col]), c);
        if (m === 'unsafe') return null;
        if (!m) { ok = false; break; }
      }
      if (t.fn === 'SUMIFS') {
        if (!ok) continue;
        const v = cellOf(row[t.sumCol ?? 0]);
        if (v.k === 'bool' || v.k === 'error') return null;
        if (v.k === 'num') acc += v.n;
      } else if (ok) {
        acc++;
      }
    }
    total += (t.sign ?? 1) * acc * (t.scale ?? 1);
  }
  return total;
}

/** Agreement of a spreadsheet's figure with the engine's: 1e-6 relative (absolute below 1). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

// ---------------------------------------------------------------------------------------------
// Labels

interface Texts { vi: string; en: string }
const T = {
  title: { vi: 'TỔNG HỢP VIỆN TRỢ NƯỚC NGOÀI VÀ ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI)', en: 'FOREIGN AID AND FOREIGN DIRECT INVESTMENT (FDI) SUMMARY' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  currency: { vi: 'Đơn vị tiền', en: 'Currency' },
  generated: { vi: 'Ngày lập', en: 'Generated on' },
  intro: {
    vi: 'Các số liệu không có dấu * là công thức SUMIFS/COUNTIFS trên các sổ, tự cập nhật khi sổ thay đổi.',
    en: 'Figures without a * are SUMIFS/COUNTIFS formulas over the registers and update when the registers change.',
  },
  footnote: { vi: '* tính bởi công cụ, không phải công thức', en: '* computed by the engine, not a live formula' },
  aid: { vi: 'I. VIỆN TRỢ NƯỚC NGOÀI', en: 'I. FOREIGN AID' },
  fdi: { vi: 'II. ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI)', en: 'II. FOREIGN DIRECT INVESTMENT (FDI)' },
  paragraph: { vi: 'III. ĐOẠN VĂN BÁO CÁO', en: 'III. REPORT PARAGRAPH' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  current: { vi: 'Kỳ báo cáo', en: 'This period' },
  previous: { vi: 'Cùng kỳ năm trước', en: 'Same period last year' },
  change: { vi: 'So với cùng kỳ', en: 'Change' },
  aidProjects: { vi: 'Số khoản viện trợ được phê duyệt', en: 'Aid projects approved' },
  committed: { vi: 'Giá trị cam kết', en: 'Committed' },
  disbursed: { vi: 'Giải ngân trong kỳ', en: 'Disbursed in the period' },
  rate: { vi: 'Tỷ lệ giải ngân (giải ngân / cam kết)', en: 'Disbursement rate (disbursed / committed)' },
  undisbursed: { vi: 'Chưa giải ngân của các khoản phê duyệt trong kỳ', en: 'Undisbursed balance of the period\'s projects' },
  cumCommitted: { vi: 'Lũy kế cam kết đến cuối kỳ', en: 'Cumulative committed to the period end' },
  cumDisbursed: { vi: 'Lũy kế giải ngân đến cuối kỳ', en: 'Cumulative disbursed to the period end' },
  cumRate: { vi: 'Tỷ lệ giải ngân lũy kế', en: 'Cumulative disbursement rate' },
  notCounted: { vi: 'Số dòng không được tính', en: 'Rows not counted' },
  approximate: { vi: 'Số liệu ghi ước tính (trên, gần, khoảng…)', en: 'Figures written as approximate (over, nearly, about…)' },
  bySector: { vi: 'Theo lĩnh vực', en: 'By sector' },
  byDonor: { vi: 'Theo nhà tài trợ', en: 'By donor' },
  byDonorCountry: { vi: 'Theo quốc gia tài trợ', en: 'By donor country' },
  byProvince: { vi: 'Theo tỉnh, thành phố', en: 'By province' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  donor: { vi: 'Nhà tài trợ', en: 'Donor' },
  donorCountry: { vi: 'Quốc gia tài trợ', en: 'Donor country' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  projects: { vi: 'Số khoản viện trợ', en: 'Projects' },
  committedCol: { vi: 'Cam kết', en: 'Committed' },
  disbursedCol: { vi: 'Giải ngân', en: 'Disbursed' },
  rateCol: { vi: 'Tỷ lệ giải ngân', en: 'Rate' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  blank: { vi: '(không ghi)', en: '(blank)' },
  none: { vi: '(không có số liệu)', en: '(no data)' },
  fdiNew: { vi: '1. Dự án cấp mới (số dự án)', en: '1. New projects (count)' },
  fdiNewCap: { vi: '    Vốn đăng ký cấp mới', en: '    Registered capital of new projects' },
  fdiAdj: { vi: '2. Điều chỉnh vốn (số lượt)', en: '2. Capital adjustments (times)' },
  fdiAdjCap: { vi: '    Vốn đăng ký tăng thêm (ròng)', en: '    Capital added (net)' },
  fdiContrib: { vi: '3. Góp vốn, mua cổ phần (số lượt)', en: '3. Capital contributions and share purchases (count)' },
  fdiContribCap: { vi: '    Giá trị góp vốn, mua cổ phần', en: '    Value of contributions and share purchases' },
  fdiTotal: { vi: '4. Tổng vốn đăng ký (1 + 2 + 3)', en: '4. Total registered capital (1 + 2 + 3)' },
  fdiImpl: { vi: '5. Vốn thực hiện', en: '5. Implemented capital' },
  fdiValid: { vi: '6. Lũy kế dự án còn hiệu lực đến cuối kỳ', en: '6. Valid projects at the period end' },
  fdiValidCap: { vi: '    Vốn đăng ký lũy kế', en: '    Their registered capital' },
  byCountry: { vi: 'Theo quốc gia, vùng lãnh thổ', en: 'By country or territory' },
  byVsic: { vi: 'Theo ngành (VSIC)', en: 'By sector (VSIC)' },
  country: { vi: 'Quốc gia, vùng lãnh thổ', en: 'Country or territory' },
  vsic: { vi: 'Ngành (VSIC)', en: 'Sector (VSIC)' },
  newProjects: { vi: 'Số dự án cấp mới', en: 'New projects' },
  registered: { vi: 'Vốn đăng ký', en: 'Registered' },
  implemented: { vi: 'Vốn thực hiện', en: 'Implemented' },
} satisfies Record<string, Texts>;

/** Reasons that are not rule ids (see AidSummary.notCountedReasons and FdiSummary.notCountedReasons). */
const REASONS: Record<string, Texts> = {
  'no-rate': { vi: 'Thiếu tỷ giá quy đổi', en: 'No exchange rate' },
  'unknown-project': { vi: 'Không tìm thấy dự án, khoản viện trợ', en: 'Unknown project' },
  'project-not-counted': { vi: 'Dự án, khoản viện trợ gốc không được tính', en: 'Its project is not counted' },
  'no-date': { vi: 'Thiếu ngày', en: 'No date' },
  'no-amount': { vi: 'Thiếu số tiền', en: 'No amount' },
  'no-currency': { vi: 'Thiếu loại tiền', en: 'No currency' },
  'no-kind': { vi: 'Thiếu loại điều chỉnh', en: 'No kind of change' },
  'period-too-coarse': { vi: 'Kỳ vốn thực hiện vượt ra ngoài kỳ báo cáo', en: 'Implemented-capital period runs past the report period' },
  'terminated-no-date': { vi: 'Dự án chấm dứt nhưng không ghi ngày chấm dứt', en: 'Terminated without a termination date' },
  error: { vi: 'Lỗi số liệu', en: 'Data error' },
};

function reasonLabel(rule: string, lang: Lang): string {
  const def = RULES.get(rule);
  if (def) return `${rule}: ${lang === 'vi' ? def.titleVi : def.titleEn}`;
  const r = REASONS[rule];
  return r ? r[lang] : rule;
}

type AidGroupField = 'sector' | 'donor' | 'donorCountry' | 'province';

/** Shared display names, except that the summary sheet's own wording names a blank group. */
function groupLabel(field: AidGroupField | 'country' | 'vsic', key: string, lang: Lang): string {
  return key === '' ? T.blank[lang] : sharedGroupLabel(field, key, lang);
}

// ---------------------------------------------------------------------------------------------
// Building terms from the parsed tables

/** Text Excel would take as written in an "=text" criterion: not a number, date, boolean or operator. */
function safeCriterionText(s: string): boolean {
  if (s.trim() === '' || s.length > 200) return false;
  if (/^[=<>]/.test(s)) return false;
  if (/^[\d\s.,:/\-+%$()]+$/.test(s)) return false;
  if (/^(true|false)$/i.test(s.trim())) return false;
  return !parseDate(s).ok;
}

interface Ctx {
  lang: Lang;
  input: WorkbookInput;
  tables: ParsedTable[];
  cur: SummaryCurrency;
  breakdowns: ReadonlySet<Breakdown>;
}

const serialFrom = (day: number): number => dayToExcelSerial(day);
/** Dates are compared as "< the next day's serial", so a time of day on the last day still counts. */
const serialAfter = (day: number): number => dayToExcelSerial(day) + 1;

function dateIn(col: number, p: { from: number; to: number }): Criterion[] {
  return [{ col, op: '>=', value: serialFrom(p.from) }, { col, op: '<', value: serialAfter(p.to) }];
}

function tablesOf(ctx: Ctx, kind: RegisterKind): ParsedTable[] {
  return ctx.tables.filter((t) => t.info.kind === kind);
}

function multiplier(t: ParsedTable, key: string): number {
  return t.info.columns.find((c) => c.key === key)?.multiplier ?? 1;
}

function headerCurrency(t: ParsedTable, key: string): string | undefined {
  return t.info.columns.find((c) => c.key === key)?.headerCurrency;
}

function rawCell(ctx: Ctx, t: ParsedTable, row: ParsedRow, col: number): RawValue {
  return ctx.input.sheets.find((s) => s.name === t.info.sheet)?.rows[row.r]?.[col];
}

/**
 * The spellings, as typed, of `col` on the rows that `pick` selects: one criterion text each
 * (case-insensitively distinct, as Excel compares). Null when a cell is not usable criterion text.
 */
function spellings(ctx: Ctx, t: ParsedTable, col: number | undefined, pick: (row: ParsedRow) => boolean): string[] | null {
  if (col === undefined) return null;
  const seen = new Map<string, string>();
  for (const row of t.rows) {
    if (!pick(row)) continue;
    const raw = rawCell(ctx, t, row, col);
    if (typeof raw !== 'string' || !safeCriterionText(raw)) return null;
    const k = raw.toLowerCase();
    const prev = seen.get(k);
    if (prev === undefined) {
      // Spellings equal but for composed/decomposed tone marks: hosts may count them once or twice.
      for (const other of seen.keys()) if (nfc(other) === nfc(k)) return null;
      seen.set(k, raw);
    }
  }
  return [...seen.values()];
}

interface TermSpec { criteria: Criterion[]; sign?: 1 | -1 }

/**
 * Terms over every table of `kind` (the engine adds up all sheets of a register). `parts` gives a
 * table's terms, or null when the table cannot be described. Null overall when there is no such
 * register, a table cannot be described or the formula would be too long; [] when no table has data.
 */
function termsOver(
  ctx: Ctx, kind: RegisterKind, fn: FormulaModel['fn'], sumKey: string | null,
  parts: (t: ParsedTable) => TermSpec[] | null, scale = 1,
): FormulaModel[] | null {
  const out: FormulaModel[] = [];
  const tables = tablesOf(ctx, kind);
  if (tables.length === 0) return null;
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    let sumCol: number | undefined;
    if (sumKey !== null) {
      sumCol = t.colOf[sumKey];
      if (sumCol === undefined) return null;
    }
    const specs = parts(t);
    if (specs === null) return null;
    let firstRow = Infinity;
    let lastRow = -Infinity;
    for (const r of t.rows) {
      if (r.r < firstRow) firstRow = r.r;
      if (r.r > lastRow) lastRow = r.r;
    }
    const s = (sumKey !== null ? multiplier(t, sumKey) : 1) * scale;
    for (const spec of specs) {
      const m: FormulaModel = { fn, sheet: t.info.sheet, firstRow, lastRow, criteria: spec.criteria };
      if (sumCol !== undefined) m.sumCol = sumCol;
      if (s !== 1) m.scale = s;
      if (spec.sign === -1) m.sign = -1;
      out.push(m);
    }
  }
  // No terms at all (registers without data rows): the figure is 0 and there is nothing to describe.
  if (out.length > MAX_TERMS) return null;
  if (renderFormula(out).length > MAX_FORMULA_LENGTH) return null;
  return out;
}

/** Concatenation of term lists; null when any is null. */
function join(...lists: (FormulaModel[] | null)[]): FormulaModel[] | null {
  if (lists.some((l) => l === null)) return null;
  const out = lists.flatMap((l) => l ?? []);
  return out.length === 0 || out.length > MAX_TERMS ? null : out;
}

type Candidates = (FormulaModel[] | null)[];

// ---- aid

interface AidOpts { amount: boolean; currency: boolean }

/** Criteria of aid projects approved in `p` (or up to `p.to` when `from` is null), in the report currency. */
function aidProjectCriteria(ctx: Ctx, t: ParsedTable, p: { from: number | null; to: number }, o: AidOpts): Criterion[] | null {
  const date = t.colOf.approvalDate;
  const amount = t.colOf.committed;
  if (date === undefined || amount === undefined) return null;
  const c: Criterion[] = p.from === null ? [{ col: date, op: '<', value: serialAfter(p.to) }] : dateIn(date, { from: p.from, to: p.to });
  if (o.amount) c.push({ col: amount, op: '>=', value: 0 });
  if (o.currency) {
    const curCol = t.colOf.currency;
    if (curCol !== undefined) c.push({ col: curCol, op: '=', value: ctx.cur });
    else if (headerCurrency(t, 'committed') !== ctx.cur) return null;
  }
  return c;
}

/** Aid groups: the spellings of the group's key on the projects register. */
function aidGroupPick(field: AidGroupField, key: string): (row: ParsedRow) => boolean {
  if (field === 'donor') {
    const k = cleanSpaces(nfc(key)).toLowerCase();
    return (row) => {
      const d = str(row, 'donor');
      return d !== null && cleanSpaces(nfc(d)).toLowerCase() === k;
    };
  }
  return (row) => row.v[field] === key;
}

function aidProjectTerms(
  ctx: Ctx, fn: FormulaModel['fn'], p: { from: number | null; to: number }, o: AidOpts,
  group?: { field: AidGroupField; key: string },
): FormulaModel[] | null {
  return termsOver(ctx, 'aid-projects', fn, fn === 'SUMIFS' ? 'committed' : null, (t) => {
    const base = aidProjectCriteria(ctx, t, p, o);
    if (base === null) return null;
    if (!group) return [{ criteria: base }];
    if (group.key === '') return null;
    const texts = spellings(ctx, t, t.colOf[group.field], aidGroupPick(group.field, group.key));
    if (texts === null || texts.length === 0) return null;
    return texts.map((s) => ({ criteria: [...base, { col: t.colOf[group.field], op: '=', value: s }] }));
  });
}

function aidCountCandidates(ctx: Ctx, p: { from: number | null; to: number }, group?: { field: AidGroupField; key: string }): Candidates {
  return [
    aidProjectTerms(ctx, 'COUNTIFS', p, { amount: true, currency: true }, group),
    aidProjectTerms(ctx, 'COUNTIFS', p, { amount: true, currency: false }, group),
  ];
}

function aidCommittedCandidates(ctx: Ctx, p: { from: number | null; to: number }, group?: { field: AidGroupField; key: string }): Candidates {
  return [aidProjectTerms(ctx, 'SUMIFS', p, { amount: false, currency: true }, group)];
}

/** True when every disbursement dated in `p` is, by its own currency or its project's, in the report currency. */
function disbursementsAllInCurrency(ctx: Ctx, p: { from: number | null; to: number }): boolean {
  const projectCurrency = new Map<string, string | null>();
  for (const row of rowsOf(ctx.tables, 'aid-projects')) {
    const id = idKey(row.v.aidId);
    if (id !== null && !projectCurrency.has(id)) projectCurrency.set(id, str(row, 'currency'));
  }
  for (const row of rowsOf(ctx.tables, 'aid-disbursements')) {
    const day = row.v.date;
    if (typeof day !== 'number' || day > p.to || (p.from !== null && day < p.from)) continue;
    const id = idKey(row.v.aidId);
    const cur = str(row, 'currency') ?? (id === null ? null : projectCurrency.get(id) ?? null);
    if (cur === null || cur.toUpperCase() !== ctx.cur) return false;
  }
  return true;
}

function aidDisbursedCandidates(ctx: Ctx, p: { from: number | null; to: number }): Candidates {
  const build = (withCurrency: boolean): FormulaModel[] | null => termsOver(ctx, 'aid-disbursements', 'SUMIFS', 'amount', (t) => {
    const date = t.colOf.date;
    if (date === undefined) return null;
    const c: Criterion[] = p.from === null ? [{ col: date, op: '<', value: serialAfter(p.to) }] : dateIn(date, { from: p.from, to: p.to });
    if (withCurrency) {
      const curCol = t.colOf.currency;
      if (curCol === undefined) return null;
      c.push({ col: curCol, op: '=', value: ctx.cur });
    }
    return [{ criteria: c }];
  });
  return [build(true), disbursementsAllInCurrency(ctx, p) ? build(false) : null];
}

// ---- FDI

const CHANGE_KINDS = ['increase', 'decrease', 'contribution'] as const;
type ChangeKind = typeof CHANGE_KINDS[number];

/** Spellings of a change kind; with no row of that kind yet, its canonical names (so new rows count). */
function kindSpellings(ctx: Ctx, t: ParsedTable, kind: ChangeKind): string[] | null {
  const found = spellings(ctx, t, t.colOf.kind, (row) => row.v.kind === kind);
  if (found === null || found.length > 0) return found;
  const e = FDI_CHANGE_KINDS.byCode(kind);
  if (!e) return [];
  return e.vi.toLowerCase() === e.en.toLowerCase() ? [e.vi] : [e.vi, e.en];
}

function fdiNewTerms(ctx: Ctx, fn: FormulaModel['fn'], p: { from: number; to: number }, scale: number, withAmount: boolean,
  group?: { key: 'country' | 'sector'; code: string }): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-projects', fn, fn === 'SUMIFS' ? 'registered' : null, (t) => {
    const cert = t.colOf.certDate;
    const reg = t.colOf.registered;
    if (cert === undefined || reg === undefined) return null;
    const c = dateIn(cert, p);
    if (withAmount) c.push({ col: reg, op: '>=', value: 0 });
    if (!group) return [{ criteria: c }];
    if (group.code === '') return null;
    const texts = spellings(ctx, t, t.colOf[group.key], (row) => row.v[group.key] === group.code);
    if (texts === null || texts.length === 0) return null;
    return texts.map((s) => ({ criteria: [...c, { col: t.colOf[group.key], op: '=', value: s }] }));
  }, scale);
}

/** Capital changes of the given kinds dated in `p` (decreases subtracted), optionally of one country. */
function fdiChangeTerms(ctx: Ctx, fn: FormulaModel['fn'], p: { from: number; to: number }, kinds: readonly ChangeKind[],
  scale: number, withAmount: boolean, country?: string): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-capital-changes', fn, fn === 'SUMIFS' ? 'amount' : null, (t) => {
    const date = t.colOf.date;
    const kindCol = t.colOf.kind;
    const amount = t.colOf.amount;
    if (date === undefined || kindCol === undefined || amount === undefined) return null;
    const base = dateIn(date, p);
    if (withAmount) base.push({ col: amount, op: '>=', value: 0 });
    let countries: (Criterion | null)[] = [null];
    if (country !== undefined) {
      if (country === '') return null;
      let texts = spellings(ctx, t, t.colOf.country, (row) => row.v.country === country);
      if (texts === null) return null;
      if (texts.length === 0) {
        // No change of that country yet: its canonical names, so that rows added later are counted.
        const e = COUNTRIES.byCode(country);
        texts = e ? [...new Set([e.vi, e.en])] : [];
      }
      countries = texts.map((s) => ({ col: t.colOf.country, op: '=', value: s }));
    }
    const specs: TermSpec[] = [];
    for (const k of kinds) {
      const texts = kindSpellings(ctx, t, k);
      if (texts === null) return null;
      for (const s of texts) {
        for (const cc of countries) {
          const criteria = [...base, { col: kindCol, op: '=' as const, value: s }];
          if (cc) criteria.push(cc);
          specs.push({ criteria, sign: fn === 'SUMIFS' && k === 'decrease' ? -1 : 1 });
        }
      }
    }
    return specs;
  }, scale);
}

/** With no capital-changes register at all, a figure of new projects alone is the whole figure. */
const noChangesRegister = (ctx: Ctx): boolean => tablesOf(ctx, 'fdi-capital-changes').length === 0;

function fdiChangeSum(ctx: Ctx, p: { from: number; to: number }, kinds: readonly ChangeKind[], scale: number, country?: string): FormulaModel[] | null {
  if (noChangesRegister(ctx)) return [];
  return fdiChangeTerms(ctx, 'SUMIFS', p, kinds, scale, false, country);
}

function fdiImplementedTerms(ctx: Ctx, p: { from: number; to: number }, scale: number): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-implemented', 'SUMIFS', 'amount', (t) => {
    const col = t.colOf.period;
    return col === undefined ? null : [{ criteria: dateIn(col, p) }];
  }, scale);
}

/** Item 6 count: certified up to the end, minus those terminated by then. */
function fdiValidCountTerms(ctx: Ctx, end: number, withAmount: boolean): FormulaModel[] | null {
  return termsOver(ctx, 'fdi-projects', 'COUNTIFS', null, (t) => {
    const cert = t.colOf.certDate;
    const reg = t.colOf.registered;
    if (cert === undefined || reg === undefined) return null;
    const base: Criterion[] = [{ col: cert, op: '<', value: serialAfter(end) }];
    if (withAmount) base.push({ col: reg, op: '>=', value: 0 });
    const specs: TermSpec[] = [{ criteria: base }];
    const term = t.colOf.terminationDate;
    if (term !== undefined) specs.push({ criteria: [...base, { col: term, op: '<', value: serialAfter(end) }], sign: -1 });
    return specs;
  });
}

// ---------------------------------------------------------------------------------------------
// Cells

type NumKind = 'count' | 'money' | 'percent';

const FORMATS: Record<'count' | 'money' | 'moneyVnd' | 'percent', string> = {
  count: '#,##0',
  money: '#,##0.00',
  moneyVnd: '#,##0',
  percent: '0.0%',
};

class Builder {
  readonly cells: PlanCell[] = [];
  readonly merges: PlanRange[] = [];
  readonly charts: PlanChart[] = [];
  /** The value each numeric cell shows: the engine's figure for formulas, the printed value for literals. */
  private readonly values = new Map<string, number | null>();
  row = 0;
  formulas = 0;

  constructor(readonly input: WorkbookInput, private readonly moneyStyle: (cur: string) => 'money' | 'moneyVnd') {}

  private fmtKey(kind: NumKind, cur: string): 'count' | 'money' | 'moneyVnd' | 'percent' {
    return kind === 'money' ? this.moneyStyle(cur) : kind;
  }

  text(row: number, col: number, value: string, style?: PlanStyle, span = 1): void {
    const cell: PlanCell = { row, col, value };
    if (style) cell.style = style;
    this.cells.push(cell);
    if (span > 1) this.merges.push({ row, col, rows: 1, cols: span });
  }

  valueAt(row: number, col: number): number | null | undefined {
    return this.values.get(`${row}:${col}`);
  }

  private put(row: number, col: number, kind: NumKind, cur: string, total: boolean, content: { formula: string; expected: number | string } | { value: number | null }): void {
    const key = this.fmtKey(kind, cur);
    const cell: PlanCell = { row, col };
    if ('formula' in content) {
      cell.formula = content.formula;
      cell.expected = content.expected;
      cell.style = total ? 'total' : key === 'count' ? 'number' : key;
      if (total) cell.numFmt = FORMATS[key];
      this.values.set(`${row}:${col}`, typeof content.expected === 'number' ? content.expected : null);
      this.formulas++;
    } else if (content.value === null) {
      cell.value = '–';
      if (total) cell.style = 'total';
      this.values.set(`${row}:${col}`, null);
    } else {
      cell.value = content.value;
      cell.style = total ? 'total' : key === 'count' ? 'number' : key;
      cell.numFmt = `${FORMATS[key]}"*"`;
      this.values.set(`${row}:${col}`, content.value);
    }
    this.cells.push(cell);
  }

  /**
   * A figure: the first candidate formula whose simulation gives the engine's exact figure, else the
   * printed value. `exact` is the unrounded engine figure (null when unknown: no formula then).
   */
  figure(row: number, col: number, kind: NumKind, cur: string, shown: number | null, exact: number | null, candidates: Candidates, total = false): void {
    if (exact !== null) {
      for (const terms of candidates) {
        if (terms === null || terms.length === 0) continue;
        const sim = simulateFormula(terms, this.input);
        if (sim !== null && sameFigure(sim, exact)) {
          this.put(row, col, kind, cur, total, { formula: renderFormula(terms), expected: exact });
          return;
        }
      }
    }
    this.put(row, col, kind, cur, total, { value: shown });
  }

  /** A literal figure (never a formula). */
  literal(row: number, col: number, kind: NumKind, cur: string, shown: number | null, total = false): void {
    this.put(row, col, kind, cur, total, { value: shown });
  }

  /**
   * A figure computed from other cells of this sheet: `formula` over them, `compute` over their values
   * (null = the formula shows ""). Written when that gives the engine's figure; else the printed value.
   */
  derived(row: number, col: number, kind: NumKind, cur: string, shown: number | null, exact: number | null,
    formula: string, compute: () => number | null | undefined, total = false): void {
    const got = compute();
    if (got !== undefined) {
      if (got === null && exact === null) {
        this.put(row, col, kind, cur, total, { formula, expected: '' });
        return;
      }
      if (got !== null && exact !== null && sameFigure(got, exact)) {
        this.put(row, col, kind, cur, total, { formula, expected: exact });
        return;
      }
    }
    this.put(row, col, kind, cur, total, { value: shown });
  }

  /** disbursed ÷ committed as IFERROR(num/den,""). */
  ratio(row: number, col: number, num: [number, number], den: [number, number], shown: number | null, exact: number | null, total = false): void {
    const formula = `IFERROR(${a1(...num)}/${a1(...den)},"")`;
    this.derived(row, col, 'percent', '', shown, exact, formula, () => {
      const n = this.valueAt(...num);
      const d = this.valueAt(...den);
      if (n === undefined || d === undefined || n === null || d === null) return undefined;
      return d === 0 ? null : n / d;
    }, total);
  }

  /** Change against last year: (current − previous) ÷ |previous|, "" when previous is 0. */
  change(row: number, col: number, cur: [number, number], prev: [number, number], shown: number | null, exact: number | null): void {
    const formula = `IFERROR((${a1(...cur)}-${a1(...prev)})/ABS(${a1(...prev)}),"")`;
    this.derived(row, col, 'percent', '', shown, exact, formula, () => {
      const c = this.valueAt(...cur);
      const p = this.valueAt(...prev);
      if (c === undefined || p === undefined || c === null || p === null) return undefined;
      return p === 0 ? null : (c - p) / Math.abs(p);
    });
  }

  /** The total row of a breakdown table: SUM over the rows `first`..`last` of one column. */
  columnTotal(row: number, col: number, first: number, last: number, kind: NumKind, cur: string, shown: number, exact: number | null): void {
    const refs: [number, number][] = [];
    for (let i = first; i <= last; i++) refs.push([i, col]);
    this.sum(row, col, kind, cur, shown, exact, refs, `SUM(${a1(first, col)}:${a1(last, col)})`);
  }

  /** A sum of cells of this sheet (a column of a table, or items 1–3). */
  sum(row: number, col: number, kind: NumKind, cur: string, shown: number, exact: number | null, refs: [number, number][], formula: string, total = true): void {
    this.derived(row, col, kind, cur, shown, exact, formula, () => {
      let s = 0;
      for (const r of refs) {
        const v = this.valueAt(...r);
        if (v === undefined || v === null) return undefined;
        s += v;
      }
      return s;
    }, total);
  }
}

// ---------------------------------------------------------------------------------------------
// Engine figures: the summary is rounded for print; formulas are checked against the unrounded
// figures, recomputed here from the same tables (and only trusted when they round to the summary's).

function exactMoney(raw: number | undefined, shown: number, cur: string): number | null {
  return raw !== undefined && roundMoney(raw, cur) === shown ? raw : null;
}

function exactCount(raw: number | undefined, shown: number): number | null {
  return raw !== undefined && raw === shown ? raw : null;
}

function exactRatio(raw: number | null | undefined, shown: number | null): number | null {
  if (raw === undefined || raw === null || shown === null) return null;
  return Math.abs(raw - shown) <= 5e-7 ? raw : null;
}

/** For ratios the engine leaves null (nothing to divide by): null exact means "the formula shows ''". */
function exactRatioOrBlank(raw: number | null | undefined, shown: number | null): { ok: boolean; exact: number | null } {
  if (raw === undefined) return { ok: false, exact: null };
  if (raw === null || shown === null) return { ok: raw === null && shown === null, exact: null };
  const e = exactRatio(raw, shown);
  return { ok: e !== null, exact: e };
}

// ---------------------------------------------------------------------------------------------
// The plan

export interface SummaryPlanOptions {
  lang: Lang;
  /** Day number of the generation date; default today. */
  today?: number;
  /** Breakdown tables to include (and their charts); default all. */
  breakdowns?: readonly Breakdown[];
}

const COLS = { label: 0, a: 1, b: 2, c: 3, d: 4 };

/** The summary sheet for `summary` (computed from `result.tables`), with live formulas over `input`'s registers. */
export function summaryPlan(summary: Summary, result: ValidationResult, input: WorkbookInput, opts: SummaryPlanOptions): SheetPlan {
  const lang = opts.lang;
  const cur = summary.currency;
  const ctx: Ctx = { lang, input, tables: result.tables, cur, breakdowns: new Set(opts.breakdowns ?? BREAKDOWNS) };
  const period: Period = { from: isoToDay(summary.period.from), to: isoToDay(summary.period.to), label: summary.period.label };
  const prev = samePeriodLastYear(period);
  const rates = new RateTable(rowsOf(result.tables, 'exchange-rates'));
  const rawAid = summariseAid(result.tables, period, cur, rates);
  const rawFdi = summariseFdi(result.tables, period, cur, rates);

  const b = new Builder(input, (c) => (c.toUpperCase() === 'VND' ? 'moneyVnd' : 'money'));
  const t = (x: Texts): string => x[lang];

  // 1. Title, period, currency, date.
  b.text(0, 0, t(T.title), 'title');
  b.text(1, 0, `${t(T.period)}: ${formatDay(period.from, lang)} – ${formatDay(period.to, lang)} (${period.label})`, 'subtitle');
  let curLine = `${t(T.currency)}: ${cur}`;
  if (summary.fdi.currency !== cur) {
    curLine += lang === 'vi'
      ? ` (FDI tính bằng ${summary.fdi.currency} vì không có tỷ giá USD/VND)`
      : ` (FDI in ${summary.fdi.currency}: no USD/VND rate)`;
  }
  b.text(2, 0, curLine, 'subtitle');
  b.text(3, 0, `${t(T.generated)}: ${formatDay(opts.today ?? todayDay(), lang)}`, 'subtitle');
  b.text(4, 0, t(T.intro), 'note', 5);
  b.row = 6;

  aidSection(b, ctx, summary.aid, rawAid, period, prev, t);
  fdiSection(b, ctx, summary.fdi, rawFdi, period, prev, t);

  // 5. The paragraph, and the footnote.
  b.row++;
  b.text(b.row++, 0, t(T.paragraph), 'header', 5);
  b.text(b.row, 0, summaryParagraph(summary, lang), 'note');
  b.merges.push({ row: b.row, col: 0, rows: 8, cols: 5 });
  b.row += 9;
  b.text(b.row++, 0, t(T.footnote), 'note', 5);

  return {
    name: lang === 'vi' ? `Tổng hợp ${summary.period.label}` : `Summary ${summary.period.label}`,
    columnWidths: [52, 18, 18, 18, 16],
    cells: b.cells,
    merges: b.merges,
    charts: b.charts,
  };
}

const CHART_TITLES = {
  aid: { vi: 'Cam kết và giải ngân theo lĩnh vực', en: 'Committed vs disbursed by sector' },
  fdi: { vi: 'Vốn đăng ký và vốn thực hiện theo quốc gia', en: 'Registered vs implemented capital by country' },
} as const;

/**
 * A clustered column chart of a breakdown table's rows (labels in column A, two money columns),
 * placed to the right of the table so it never covers figures.
 */
function groupChart(b: Builder, title: string, titleRow: number, first: number, last: number, series: [string, number][]): void {
  const rows = last - first + 1;
  b.charts.push({
    kind: 'clusteredColumn',
    title,
    categories: { row: first, col: COLS.label, rows, cols: 1 },
    series: series.map(([name, col]) => ({ name, values: { row: first, col, rows, cols: 1 } })),
    anchor: { row: titleRow, col: COLS.d + 2, rows: 16, cols: 7 },
  });
}

/** Title and header row of a breakdown table; false (after a "none" note) when it has no rows. */
function groupTableHead(b: Builder, t: (x: Texts) => string, title: Texts, heads: readonly Texts[], rows: number): boolean {
  b.row++;
  b.text(b.row++, 0, t(title), 'subtitle');
  const h = b.row++;
  heads.forEach((x, i) => b.text(h, i, t(x), 'header'));
  if (rows > 0) return true;
  b.text(b.row++, 0, t(T.none), 'note');
  return false;
}

function keyHeader(b: Builder, t: (x: Texts) => string): void {
  const r = b.row++;
  [T.indicator, T.current, T.previous, T.change].forEach((h, i) => b.text(r, i, t(h), 'header'));
}

function notCountedRows(b: Builder, lang: Lang, t: (x: Texts) => string, count: number, reasons: readonly { rule: string; count: number }[]): void {
  const r = b.row++;
  b.text(r, 0, t(T.notCounted), 'label');
  b.literal(r, COLS.a, 'count', '', count);
  for (const reason of reasons) {
    const rr = b.row++;
    b.text(rr, 0, `    ${reasonLabel(reason.rule, lang)}`, 'note');
    b.literal(rr, COLS.a, 'count', '', reason.count);
  }
}

function aidSection(b: Builder, ctx: Ctx, a: AidSummary, raw: AidSummary, period: Period, prev: Period, t: (x: Texts) => string): void {
  const cur = ctx.cur;
  const lang = ctx.lang;
  const P = { from: period.from, to: period.to };
  const PP = { from: prev.from, to: prev.to };
  const END = { from: null, to: period.to };
  const hasPrev = a.previous !== null && raw.previous !== null;

  b.text(b.row++, 0, t(T.aid), 'header', 5);
  keyHeader(b, t);

  // Projects, committed, disbursed, each with last year's figure and the change.
  const lines: { label: Texts; kind: NumKind; shown: number; exact: number | null; cands: Candidates;
    prevShown: number | null; prevExact: number | null; prevCands: Candidates; change: number | null; rawChange: number | null }[] = [
    {
      label: T.aidProjects, kind: 'count', shown: a.projects, exact: exactCount(raw.projects, a.projects), cands: aidCountCandidates(ctx, P),
      prevShown: a.previous?.projects ?? null, prevExact: a.previous ? exactCount(raw.previous?.projects, a.previous.projects) : null,
      prevCands: aidCountCandidates(ctx, PP), change: a.change.projects, rawChange: raw.change.projects,
    },
    {
      label: T.committed, kind: 'money', shown: a.committed, exact: exactMoney(raw.committed, a.committed, cur), cands: aidCommittedCandidates(ctx, P),
      prevShown: a.previous?.committed ?? null, prevExact: a.previous ? exactMoney(raw.previous?.committed, a.previous.committed, cur) : null,
      prevCands: aidCommittedCandidates(ctx, PP), change: a.change.committed, rawChange: raw.change.committed,
    },
    {
      label: T.disbursed, kind: 'money', shown: a.disbursed, exact: exactMoney(raw.disbursed, a.disbursed, cur), cands: aidDisbursedCandidates(ctx, P),
      prevShown: a.previous?.disbursed ?? null, prevExact: a.previous ? exactMoney(raw.previous?.disbursed, a.previous.disbursed, cur) : null,
      prevCands: aidDisbursedCandidates(ctx, PP), change: a.change.disbursed, rawChange: raw.change.disbursed,
    },
  ];
  const rowOf: Record<string, number> = {};
  for (const l of lines) {
    const r = b.row++;
    rowOf[l.label.en] = r;
    b.text(r, 0, t(l.label), 'label');
    b.figure(r, COLS.a, l.kind, cur, l.shown, l.exact, l.cands);
    if (hasPrev) {
      b.figure(r, COLS.b, l.kind, cur, l.prevShown, l.prevExact, l.prevCands);
      const ch = exactRatioOrBlank(l.rawChange, l.change);
      if (ch.ok) b.change(r, COLS.c, [r, COLS.a], [r, COLS.b], l.change, ch.exact);
      else b.literal(r, COLS.c, 'percent', '', l.change);
    } else {
      b.text(r, COLS.b, '–');
      b.text(r, COLS.c, '–');
    }
  }
  const rCommitted = rowOf[T.committed.en];
  const rDisbursed = rowOf[T.disbursed.en];

  let r = b.row++;
  b.text(r, 0, t(T.rate), 'label');
  const rate = exactRatioOrBlank(raw.rate, a.rate);
  if (rate.ok) b.ratio(r, COLS.a, [rDisbursed, COLS.a], [rCommitted, COLS.a], a.rate, rate.exact);
  else b.literal(r, COLS.a, 'percent', '', a.rate);

  r = b.row++;
  b.text(r, 0, t(T.undisbursed), 'label');
  b.literal(r, COLS.a, 'money', cur, a.undisbursed);

  const rCumC = b.row++;
  b.text(rCumC, 0, t(T.cumCommitted), 'label');
  b.figure(rCumC, COLS.a, 'money', cur, a.cumulative.committed, exactMoney(raw.cumulative.committed, a.cumulative.committed, cur), aidCommittedCandidates(ctx, END));
  const rCumD = b.row++;
  b.text(rCumD, 0, t(T.cumDisbursed), 'label');
  b.figure(rCumD, COLS.a, 'money', cur, a.cumulative.disbursed, exactMoney(raw.cumulative.disbursed, a.cumulative.disbursed, cur), aidDisbursedCandidates(ctx, END));
  r = b.row++;
  b.text(r, 0, t(T.cumRate), 'label');
  const cumRate = exactRatioOrBlank(raw.cumulative.rate, a.cumulative.rate);
  if (cumRate.ok) b.ratio(r, COLS.a, [rCumD, COLS.a], [rCumC, COLS.a], a.cumulative.rate, cumRate.exact);
  else b.literal(r, COLS.a, 'percent', '', a.cumulative.rate);

  notCountedRows(b, lang, t, a.notCounted, a.notCountedReasons);
  r = b.row++;
  b.text(r, 0, t(T.approximate), 'label');
  b.literal(r, COLS.a, 'count', '', a.approximate);

  const groups: { field: AidGroupField; title: Texts; head: Texts; rows: GroupRow[]; raw: GroupRow[] }[] = [
    { field: 'sector', title: T.bySector, head: T.sector, rows: a.bySector, raw: raw.bySector },
    { field: 'donor', title: T.byDonor, head: T.donor, rows: a.byDonor, raw: raw.byDonor },
    { field: 'donorCountry', title: T.byDonorCountry, head: T.donorCountry, rows: a.byDonorCountry, raw: raw.byDonorCountry },
    { field: 'province', title: T.byProvince, head: T.province, rows: a.byProvince, raw: raw.byProvince },
  ];
  for (const g of groups) {
    if (!ctx.breakdowns.has(g.field)) continue;
    if (!groupTableHead(b, t, g.title, [g.head, T.projects, T.committedCol, T.disbursedCol, T.rateCol], g.rows.length)) continue;
    const first = b.row;
    for (const row of g.rows) {
      const rr = b.row++;
      const rawRow = g.raw.find((x) => x.key === row.key);
      const group = { field: g.field, key: row.key };
      b.text(rr, 0, groupLabel(g.field, row.key, lang), 'label');
      b.figure(rr, COLS.a, 'count', cur, row.projects, exactCount(rawRow?.projects, row.projects), aidCountCandidates(ctx, P, group));
      b.figure(rr, COLS.b, 'money', cur, row.committed, exactMoney(rawRow?.committed, row.committed, cur), aidCommittedCandidates(ctx, P, group));
      b.literal(rr, COLS.c, 'money', cur, row.disbursed);
      const gr = exactRatioOrBlank(rawRow?.rate, row.rate);
      if (gr.ok) b.ratio(rr, COLS.d, [rr, COLS.c], [rr, COLS.b], row.rate, gr.exact);
      else b.literal(rr, COLS.d, 'percent', '', row.rate);
    }
    const last = b.row - 1;
    if (g.field === 'sector') groupChart(b, CHART_TITLES.aid[lang], first - 2, first, last, [[t(T.committedCol), COLS.b], [t(T.disbursedCol), COLS.c]]);
    const tr = b.row++;
    b.text(tr, 0, t(T.total), 'total');
    const totals: [number, NumKind, number, number | null][] = [
      [COLS.a, 'count', a.projects, exactCount(raw.projects, a.projects)],
      [COLS.b, 'money', a.committed, exactMoney(raw.committed, a.committed, cur)],
      [COLS.c, 'money', a.disbursed, exactMoney(raw.disbursed, a.disbursed, cur)],
    ];
    for (const [col, kind, shown, exact] of totals) b.columnTotal(tr, col, first, last, kind, cur, shown, exact);
    if (rate.ok) b.ratio(tr, COLS.d, [tr, COLS.c], [tr, COLS.b], a.rate, rate.exact, true);
    else b.literal(tr, COLS.d, 'percent', '', a.rate, true);
  }
  b.row++;
}

function fdiSection(b: Builder, ctx: Ctx, f: FdiSummary, raw: FdiSummary, period: Period, prev: Period, t: (x: Texts) => string): void {
  const lang = ctx.lang;
  const cur = f.currency;
  const k = raw.usdToVnd ?? 1;
  const P = { from: period.from, to: period.to };
  const PP = { from: prev.from, to: prev.to };
  const m = (rawX: number | undefined, shown: number): number | null => exactMoney(rawX, shown, cur);
  const hasPrev = f.previous !== null && raw.previous !== null;
  // Formulas only when both summaries converted at the same rate (and so describe the same figures).
  const sameBasis = raw.currency === f.currency && raw.usdToVnd === f.usdToVnd;
  const cands = (c: Candidates): Candidates => (sameBasis ? c : []);

  b.text(b.row++, 0, t(T.fdi), 'header', 5);
  keyHeader(b, t);

  const newCount = (p: { from: number; to: number }): Candidates => cands([
    fdiNewTerms(ctx, 'COUNTIFS', p, 1, true), fdiNewTerms(ctx, 'COUNTIFS', p, 1, false),
  ]);
  const totalTerms = (p: { from: number; to: number }): Candidates => cands([
    join(fdiNewTerms(ctx, 'SUMIFS', p, k, false), fdiChangeSum(ctx, p, CHANGE_KINDS, k)),
  ]);

  // 1. New projects.
  const r1 = b.row++;
  b.text(r1, 0, t(T.fdiNew), 'label');
  b.figure(r1, COLS.a, 'count', cur, f.newProjects.count, exactCount(raw.newProjects.count, f.newProjects.count), newCount(P));
  const r1c = b.row++;
  b.text(r1c, 0, t(T.fdiNewCap), 'label');
  b.figure(r1c, COLS.a, 'money', cur, f.newProjects.capital, m(raw.newProjects.capital, f.newProjects.capital), cands([fdiNewTerms(ctx, 'SUMIFS', P, k, false)]));

  // 2. Adjustments (times and net capital), 3. contributions.
  const r2 = b.row++;
  b.text(r2, 0, t(T.fdiAdj), 'label');
  b.figure(r2, COLS.a, 'count', cur, f.adjustments.count, exactCount(raw.adjustments.count, f.adjustments.count), cands([
    fdiChangeTerms(ctx, 'COUNTIFS', P, ['increase', 'decrease'], 1, true),
    fdiChangeTerms(ctx, 'COUNTIFS', P, ['increase', 'decrease'], 1, false),
  ]));
  const r2c = b.row++;
  b.text(r2c, 0, t(T.fdiAdjCap), 'label');
  b.figure(r2c, COLS.a, 'money', cur, f.adjustments.capital, m(raw.adjustments.capital, f.adjustments.capital), cands([
    fdiChangeTerms(ctx, 'SUMIFS', P, ['increase', 'decrease'], k, false),
  ]));
  const r3 = b.row++;
  b.text(r3, 0, t(T.fdiContrib), 'label');
  b.figure(r3, COLS.a, 'count', cur, f.contributions.count, exactCount(raw.contributions.count, f.contributions.count), cands([
    fdiChangeTerms(ctx, 'COUNTIFS', P, ['contribution'], 1, true),
    fdiChangeTerms(ctx, 'COUNTIFS', P, ['contribution'], 1, false),
  ]));
  const r3c = b.row++;
  b.text(r3c, 0, t(T.fdiContribCap), 'label');
  b.figure(r3c, COLS.a, 'money', cur, f.contributions.capital, m(raw.contributions.capital, f.contributions.capital), cands([
    fdiChangeTerms(ctx, 'SUMIFS', P, ['contribution'], k, false),
  ]));

  // 4. Total of 1–3, as a sum of the cells above.
  const r4 = b.row++;
  b.text(r4, 0, t(T.fdiTotal), 'label');
  const totalExact = m(raw.total, f.total);
  const refs: [number, number][] = [[r1c, COLS.a], [r2c, COLS.a], [r3c, COLS.a]];
  b.sum(r4, COLS.a, 'money', cur, f.total, totalExact, refs, refs.map((x) => a1(...x)).join('+'), false);

  // 5. Implemented capital.
  const r5 = b.row++;
  b.text(r5, 0, t(T.fdiImpl), 'label');
  b.figure(r5, COLS.a, 'money', cur, f.implemented, m(raw.implemented, f.implemented), cands([fdiImplementedTerms(ctx, P, k)]));

  // Last year's figures and changes for items 1, 4 and 5.
  const prevLines: [number, NumKind, number | null, number | null, Candidates, number | null, number | null][] = [
    [r1, 'count', f.previous?.newProjects ?? null, f.previous ? exactCount(raw.previous?.newProjects, f.previous.newProjects) : null, newCount(PP), f.change.newProjects, raw.change.newProjects],
    [r4, 'money', f.previous?.total ?? null, f.previous ? m(raw.previous?.total, f.previous.total) : null, totalTerms(PP), f.change.total, raw.change.total],
    [r5, 'money', f.previous?.implemented ?? null, f.previous ? m(raw.previous?.implemented, f.previous.implemented) : null, cands([fdiImplementedTerms(ctx, PP, k)]), f.change.implemented, raw.change.implemented],
  ];
  for (const [r, kind, shown, exact, c, change, rawChange] of prevLines) {
    if (!hasPrev) {
      b.text(r, COLS.b, '–');
      b.text(r, COLS.c, '–');
      continue;
    }
    b.figure(r, COLS.b, kind, cur, shown, exact, c);
    const ch = exactRatioOrBlank(rawChange, change);
    if (ch.ok) b.change(r, COLS.c, [r, COLS.a], [r, COLS.b], change, ch.exact);
    else b.literal(r, COLS.c, 'percent', '', change);
  }

  // 6. Valid projects at the period end.
  const r6 = b.row++;
  b.text(r6, 0, t(T.fdiValid), 'label');
  b.figure(r6, COLS.a, 'count', cur, f.cumulative.projects, exactCount(raw.cumulative.projects, f.cumulative.projects), [
    fdiValidCountTerms(ctx, period.to, true), fdiValidCountTerms(ctx, period.to, false),
  ]);
  const r6c = b.row++;
  b.text(r6c, 0, t(T.fdiValidCap), 'label');
  b.literal(r6c, COLS.a, 'money', cur, f.cumulative.capital);

  notCountedRows(b, lang, t, f.notCounted, f.notCountedReasons);

  const groups: { key: 'country' | 'sector'; label: 'country' | 'vsic'; title: Texts; head: Texts; rows: FdiGroupRow[]; raw: FdiGroupRow[] }[] = [
    { key: 'country', label: 'country', title: T.byCountry, head: T.country, rows: f.byCountry, raw: raw.byCountry },
    { key: 'sector', label: 'vsic', title: T.byVsic, head: T.vsic, rows: f.bySector, raw: raw.bySector },
  ];
  for (const g of groups) {
    if (!ctx.breakdowns.has(g.label)) continue;
    if (!groupTableHead(b, t, g.title, [g.head, T.newProjects, T.registered, T.implemented], g.rows.length)) continue;
    const first = b.row;
    for (const row of g.rows) {
      const rr = b.row++;
      const rawRow = g.raw.find((x) => x.key === row.key);
      const group = { key: g.key, code: row.key };
      b.text(rr, 0, groupLabel(g.label, row.key, lang), 'label');
      b.figure(rr, COLS.a, 'count', cur, row.projects, exactCount(rawRow?.projects, row.projects), cands([
        fdiNewTerms(ctx, 'COUNTIFS', P, 1, true, group), fdiNewTerms(ctx, 'COUNTIFS', P, 1, false, group),
      ]));
      // Registered = new capital + changes; changes carry a country but not a sector.
      const changes = g.key === 'country' ? fdiChangeSum(ctx, P, CHANGE_KINDS, k, row.key) : (noChangesRegister(ctx) ? [] : null);
      b.figure(rr, COLS.b, 'money', cur, row.registered, m(rawRow?.registered, row.registered), cands([
        join(fdiNewTerms(ctx, 'SUMIFS', P, k, false, group), changes),
      ]));
      b.literal(rr, COLS.c, 'money', cur, row.implemented);
    }
    const last = b.row - 1;
    if (g.key === 'country') groupChart(b, CHART_TITLES.fdi[lang], first - 2, first, last, [[t(T.registered), COLS.b], [t(T.implemented), COLS.c]]);
    const tr = b.row++;
    b.text(tr, 0, t(T.total), 'total');
    const totals: [number, NumKind, number, number | null][] = [
      [COLS.a, 'count', f.newProjects.count, exactCount(raw.newProjects.count, f.newProjects.count)],
      [COLS.b, 'money', f.total, totalExact],
      [COLS.c, 'money', f.implemented, m(raw.implemented, f.implemented)],
    ];
    for (const [col, kind, shown, exact] of totals) b.columnTotal(tr, col, first, last, kind, cur, shown, exact);
  }
  b.row++;
}
