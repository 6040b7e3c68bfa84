// AID.SUMMARY: the engine's summary of a register range as a spilled matrix: a header row, one row
// per group (key, projects, committed, disbursed, rate) and a total row. FDI project ranges give
// (key, projects, registered, implemented, rate). Rows with errors are left out, as in every summary;
// a last row says how many and why, so the total is never silently short.
import type { Lang, ParsedTable, RawValue } from '../core/model';
import { dayToExcelSerial, dayToIso, excelSerialToDay, ymdToDay } from '../core/parse/date';
import { groupLabel, type GroupDimension } from '../core/i18n/groupLabels';
import { rowErrors } from '../core/summary/ledger';
import { registerDef } from '../core/schema/registers';
import { parsePeriod, PeriodError, summarise, type Period, type Summary } from '../core/summary';
import { optionalCurrency } from './amounts';
import { defineFunction } from './define';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, isMatrix, scalarArg, type Matrix } from './matrix';
import { readRanges, toRows } from './tables';
import { fold } from '../core/base/text';

type AidBy = 'sector' | 'donor' | 'donorCountry' | 'province' | 'source';
type FdiBy = 'country' | 'vsic';

const BY_WORDS: Record<string, AidBy | FdiBy> = {
  sector: 'sector', 'linh vuc': 'sector', nganh: 'sector',
  donor: 'donor', 'nha tai tro': 'donor',
  country: 'donorCountry', 'donor country': 'donorCountry', 'quoc gia': 'donorCountry', 'quoc gia tai tro': 'donorCountry', nuoc: 'donorCountry',
  province: 'province', tinh: 'province', 'tinh, thanh pho': 'province', place: 'province',
  source: 'source', 'nguon von': 'source',
};

const HEAD: Record<Lang, { aid: string[]; fdi: string[]; total: string }> = {
  vi: { aid: ['Số dự án', 'Vốn cam kết', 'Giải ngân', 'Tỷ lệ giải ngân'], fdi: ['Số dự án', 'Vốn đăng ký', 'Vốn thực hiện', 'Tỷ lệ thực hiện'], total: 'Tổng cộng' },
  en: { aid: ['Projects', 'Committed', 'Disbursed', 'Disbursement rate'], fdi: ['Projects', 'Registered', 'Implemented', 'Implementation rate'], total: 'Total' },
};
const DIM_HEAD: Record<Lang, Record<AidBy | FdiBy, string>> = {
  vi: { sector: 'Lĩnh vực', donor: 'Nhà tài trợ', donorCountry: 'Quốc gia tài trợ', province: 'Tỉnh, thành phố', source: 'Nguồn vốn', country: 'Quốc gia, vùng lãnh thổ', vsic: 'Ngành (VSIC)' },
  en: { sector: 'Sector', donor: 'Donor', donorCountry: 'Donor country', province: 'Province', source: 'Source', country: 'Country or territory', vsic: 'Sector (VSIC)' },
};

function byArg(arg: unknown, fdi: boolean, env: FnEnv): AidBy | FdiBy {
  const v = scalarArg(arg, 'by', env.lang);
  const word = BY_WORDS[fold(String(v ?? '').trim())];
  if (fdi) {
    if (word === 'donorCountry') return 'country';
    if (word === 'sector' || fold(String(v)) === 'vsic') return 'vsic';
    return fail(env.lang, 'value', 'bad-option', { name: 'by', value: String(v), allowed: 'country, sector' });
  }
  return (word as AidBy | undefined) ?? fail(env.lang, 'value', 'bad-option', { name: 'by', value: String(v), allowed: 'sector, donor, country, province, source' });
}

/** A date argument as ISO text for parsePeriod: Excel serials, or text as typed. */
function dateText(v: unknown): string {
  return typeof v === 'number' ? dayToIso(excelSerialToDay(v)) : String(v).trim();
}

const PERIOD_LABEL = /^\d{4}(?:-(?:H[12]|Q[1-4]|\d{2}))?$/i;

/** from/to dates; a year or period label ("2024", "2024-H1") in `from` alone; both blank: all time. */
export function periodArg(from: unknown, to: unknown, env: FnEnv): Period | null {
  const f = scalarArg(from, 'from', env.lang);
  const t = scalarArg(to, 'to', env.lang);
  if (isBlankCell(f) && isBlankCell(t)) return null;
  try {
    if (isBlankCell(t) && typeof f === 'string' && PERIOD_LABEL.test(f.trim())) {
      return parsePeriod({ period: f.trim().toUpperCase() }, env.today);
    }
    if (isBlankCell(t) && typeof f === 'number' && Number.isInteger(f) && f >= 1900 && f <= 2999) {
      return parsePeriod({ year: f }, env.today);
    }
    return parsePeriod({ from: isBlankCell(f) ? undefined : dateText(f), to: isBlankCell(t) ? undefined : dateText(t) }, env.today);
  } catch (e) {
    if (e instanceof PeriodError) return fail(env.lang, 'value', 'period-bad', { reason: e.message });
    throw e;
  }
}

const present = (x: unknown): boolean => isMatrix(x) ? x.some((r) => r.some((v) => !isBlankCell(v))) : !isBlankCell(x);

/**
 * Without a disbursement register and for all time, each project's "disbursed to date" is the
 * honest figure: it becomes one disbursement on the approval day, so the engine counts it.
 */
function derivedDisbursements(projects: ParsedTable): RawValue[][] | null {
  if (projects.colOf.disbursedToDate === undefined) return null;
  const def = registerDef('aid-disbursements');
  const label = (key: string): string => def.columns.find((c) => c.key === key)!.vi;
  const rows: RawValue[][] = [[label('aidId'), label('date'), label('amount'), label('currency')]];
  for (const r of projects.rows) {
    // A project left out of the totals brings no disbursement of its own to count (nor does a bad "disbursed to date").
    const e = rowErrors(r, 'aid-projects');
    if (e.out !== null || e.bad.has('disbursedToDate')) continue;
    const { aidId, approvalDate, disbursedToDate, currency } = r.v;
    if (typeof disbursedToDate !== 'number' || typeof approvalDate !== 'number') continue;
    rows.push([aidId, dayToExcelSerial(approvalDate), disbursedToDate, currency]);
  }
  return rows;
}

function summaryOf(
  table: unknown, by: unknown, from: unknown, to: unknown, currency: unknown, related: unknown, rates: unknown, env: FnEnv,
): Matrix {
  const cur = optionalCurrency(currency, env) ?? 'USD';
  if (cur !== 'USD' && cur !== 'VND') return fail(env.lang, 'value', 'bad-option', { name: 'currency', value: cur, allowed: 'USD, VND' });
  const sheets = [{ name: 'table', rows: toRows(table) }];
  if (present(related)) sheets.push({ name: 'related', rows: toRows(related) });
  if (present(rates)) sheets.push({ name: 'rates', rows: toRows(rates) });
  let result = readRanges(sheets, env);
  const main = result.tables.find((t) => t.info.sheet === 'table');
  if (!main) return fail(env.lang, 'value', 'table-none');
  const fdi = main.info.kind === 'fdi-projects';
  if (!fdi && main.info.kind !== 'aid-projects') {
    return fail(env.lang, 'value', 'table-kind', { found: registerDef(main.info.kind)[env.lang], wanted: registerDef('aid-projects')[env.lang] });
  }
  const dim = byArg(by, fdi, env);
  const given = periodArg(from, to, env);
  const period: Period = given ?? { from: ymdToDay(1900, 1, 1), to: env.today, label: 'all' };

  // Disbursed (implemented) figures are known from the related register, or for all time from the
  // projects' own "disbursed to date"; otherwise those columns stay blank rather than show 0.
  let knowsSecond = result.tables.some((t) => t.info.kind === (fdi ? 'fdi-implemented' : 'aid-disbursements'));
  if (!fdi && !knowsSecond && given === null) {
    const derived = derivedDisbursements(main);
    if (derived) {
      result = readRanges([...sheets, { name: 'derived', rows: derived }], env);
      knowsSecond = true;
    }
  }
  const summary = summarise(result.tables, { period, currency: cur });
  return fdi ? fdiMatrix(summary, dim as FdiBy, knowsSecond, env) : aidMatrix(summary, dim as AidBy, knowsSecond, env);
}

export const SUMMARY = defineFunction({
  name: 'SUMMARY',
  en: 'Committed and disbursed by sector, donor, country, province or source, with a total row; FDI ranges give registered and implemented by country or sector. Example: =AID.SUMMARY(A4:T200,"sector"); =AID.SUMMARY(A4:T200,"donor","2024-H1",,"USD",GiaiNgan!A4:E900).',
  vi: 'Cam kết và giải ngân theo lĩnh vực, nhà tài trợ, quốc gia, tỉnh hoặc nguồn vốn, kèm dòng tổng; bảng FDI cho vốn đăng ký và thực hiện. Ví dụ: =AID.SUMMARY(A4:T200;"sector").',
  params: [
    {
      name: 'table', type: 'range',
      en: 'Aid-project or FDI-project register with its header row. Example: A4:T200.',
      vi: 'Bảng dự án viện trợ hoặc dự án FDI kèm dòng tiêu đề. Ví dụ: A4:T200.',
    },
    {
      name: 'by', type: 'value',
      en: '"sector", "donor", "country", "province" or "source" (FDI: "country", "sector"). Example: "sector".',
      vi: '"sector", "donor", "country", "province" hoặc "source" (FDI: "country", "sector"). Ví dụ: "sector".',
    },
    {
      name: 'from', type: 'value', optional: true,
      en: 'First day of the period, or a period such as "2024", "2024-H1", "2024-Q3"; blank for all time. Example: "2024-H1".',
      vi: 'Ngày đầu kỳ, hoặc kỳ như "2024", "2024-H1", "2024-Q3"; để trống là toàn bộ. Ví dụ: "2024-H1".',
    },
    {
      name: 'to', type: 'value', optional: true,
      en: 'Last day of the period. Example: DATE(2024,12,31).',
      vi: 'Ngày cuối kỳ. Ví dụ: DATE(2024;12;31).',
    },
    {
      name: 'currency', type: 'value', optional: true,
      en: '"USD" (default) or "VND". Example: "VND".',
      vi: '"USD" (mặc định) hoặc "VND". Ví dụ: "VND".',
    },
    {
      name: 'related', type: 'range', optional: true,
      en: 'Disbursement register (FDI: implemented capital) with its header row. Example: GiaiNgan!A4:E900.',
      vi: 'Bảng giải ngân (FDI: vốn thực hiện) kèm dòng tiêu đề. Ví dụ: GiaiNgan!A4:E900.',
    },
    {
      name: 'rates', type: 'range', optional: true,
      en: 'Exchange-rate table with its header row. Example: TyGia!A1:D40.',
      vi: 'Bảng tỷ giá kèm dòng tiêu đề. Ví dụ: TyGia!A1:D40.',
    },
  ],
  returns: 'A table: header, one row per group, total.',
  run: ([table, by, from, to, currency, related, rates], env)  => summaryOf(table, by, from, to, currency, related, rates, env),
});

const rate = (part: number, whole: number, known: boolean): number | string => (known && whole > 0 ? part / whole : '');
/** The engine's period rate (disbursed ÷ committed value of the projects paid, README "Summaries"), blank when not known. */
const periodRate = (g: { disbursed: number | null; committedOfPaid: number | null }, known: boolean): number | string =>
  (known && g.disbursed !== null && g.committedOfPaid !== null && g.committedOfPaid > 0 ? g.disbursed / g.committedOfPaid : '');

function aidMatrix(s: Summary, dim: AidBy, knowsDisbursed: boolean, env: FnEnv): Matrix {
  const groups = { sector: s.aid.bySector, donor: s.aid.byDonor, donorCountry: s.aid.byDonorCountry, province: s.aid.byProvince, source: s.aid.bySource }[dim];
  const d = (x: number | null): number | string => (knowsDisbursed && x !== null ? x : '');
  const out: Matrix = [[DIM_HEAD[env.lang][dim], ...HEAD[env.lang].aid]];
  for (const g of groups) {
    // Donors are free text: their names are the keys, but the unknown group ('') still gets its label.
    const label = dim === 'donor' && g.key !== '' ? g.key : groupLabel(dim as GroupDimension, g.key, env.lang);
    out.push([label, g.projects, g.committed, d(g.disbursed), periodRate(g, knowsDisbursed)]);
  }
  out.push([HEAD[env.lang].total, s.aid.projects, s.aid.committed, d(s.aid.disbursed), periodRate(s.aid, knowsDisbursed)]);
  return withNotCounted(out, s.aid.notCounted, s.aid.notCountedReasons, env);
}

function fdiMatrix(s: Summary, dim: FdiBy, knowsImplemented: boolean, env: FnEnv): Matrix {
  const groups = dim === 'country' ? s.fdi.byCountry : s.fdi.bySector;
  const d = (x: number): number | string => (knowsImplemented ? x : '');
  const out: Matrix = [[DIM_HEAD[env.lang][dim], ...HEAD[env.lang].fdi]];
  let projects = 0;
  let registered = 0;
  let implemented = 0;
  for (const g of groups) {
    out.push([groupLabel(dim, g.key, env.lang), g.projects, g.registered, d(g.implemented), rate(g.implemented, g.registered, knowsImplemented)]);
    projects += g.projects;
    registered += g.registered;
    implemented += g.implemented;
  }
  out.push([HEAD[env.lang].total, projects, registered, d(implemented), rate(implemented, registered, knowsImplemented)]);
  return withNotCounted(out, s.fdi.notCounted, s.fdi.notCountedReasons, env);
}

function withNotCounted(out: Matrix, count: number, reasons: readonly { rule: string; count: number }[], env: FnEnv): Matrix {
  if (count === 0) return out;
  const why = reasons.map((r) => `${r.rule} ×${r.count}`).join(', ');
  const text = env.lang === 'vi' ? `Không tính ${count} dòng có lỗi (${why})` : `${count} ${count === 1 ? 'row' : 'rows'} with errors not counted (${why})`;
  out.push([text, '', '', '', '']);
  return out;
}
