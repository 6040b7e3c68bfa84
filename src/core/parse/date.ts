/*
 * Dates as they arrive in registers: Excel serials, Date objects from file readers, and text typed
 * day first by Vietnamese users.
 *
 * A date is an integer day number: days since 1970-01-01, the proleptic Gregorian calendar, no
 * time and no time zone. Text is never handed to the JS Date parser, whose reading of "05/01/2022"
 * depends on the host's locale; the calendar arithmetic below is exact and allocation-free.
 *
 * Text forms accepted (after trimming, NFC, and ignoring case and tone marks):
 *   day      29/4/2022 · 05/01/2022 · 29-04-2022 · 29.04.2022 · 29/4/22 · 2022-04-29 ·
 *            2022-04-29T00:00:00 (time and offset ignored) · 2022/04/29 · 20220429 ·
 *            ngày 8 tháng 12 năm 2022 · 8 tháng 12 năm 2022 · ngày 08/12/2022 ·
 *            29 Apr 2022 · 29-Apr-2022 · April 29, 2022 · dd/mm/yyyy hh:mm(:ss) (time ignored)
 *   month    4/2022 · 04/2022 · tháng 4/2022 · tháng 4 năm 2022 · T4/2022 · 2022-04 · Apr 2022 ·
 *            April 2022 (day = the first of the month, precision 'month')
 *   quarter  Quý I/2024 · quý 3 năm 2024 · Q2/2024 · Q2 2024 · 2024-Q2 (only with allowPeriods)
 *   half     6 tháng đầu năm 2024 · 6 tháng cuối năm 2024 · H1/2024 · H1 2024 · 2024-H2 (only with allowPeriods)
 *   year     2022 · năm 2022, and the numbers 1900–2100 (only with allowPeriods)
 * A whole number from 1900 to 2100 (or a Date of the days those serials name, 14/03/1905–30/09/1905)
 * is a year someone typed, never an Excel serial: no aid or FDI record is dated in 1905.
 * Numbers are day first unless `order` says otherwise: "05/01/2022" is 5 January; with order 'mdy'
 * it is 1 May; with 'either' it is ambiguous (the result names the other reading).
 * Two-digit years: 00–68 → 2000–2068, 69–99 → 1969–1999 (the window Excel uses). "FY2024" is not
 * read: a donor's fiscal year starts in another month than a Vietnamese one (the calendar year).
 */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';
export type DateResult =
  | {
    ok: true; day: number; precision: DatePrecision; fromText: boolean;
    /** With order 'either': the month-first reading of a text whose day and month could be swapped. */
    alternative?: number;
  }
  | { ok: false; reason: DateFailure };
export type DateFailure = 'empty' | 'not-a-date' | 'impossible-date' | 'out-of-range';
/**
 * Which number comes first in a date like 5/1/2024: 'dmy' (the Vietnamese and default reading),
 * 'mdy' (the US one), or 'either' when nothing settles it: an unambiguous text (25/1, 1/25) is read
 * the only way it can be, an ambiguous one (5/1) is read day first with `alternative` set.
 */
export type DayOrder = 'dmy' | 'mdy' | 'either';
export interface DateOptions {
  /**
   * Accept what is coarser than a month: a bare year ("2022", "năm 2022", the number 2022), a quarter
   * or a half year, each with its precision; default false.
   */
  allowPeriods?: boolean;
  /** Day and month order of numeric dates; default 'dmy'. */
  order?: DayOrder;
}

type Failure = { ok: false; reason: DateFailure };
const FAIL_EMPTY: Failure = Object.freeze({ ok: false, reason: 'empty' }) as Failure;
const FAIL_NOT_DATE: Failure = Object.freeze({ ok: false, reason: 'not-a-date' }) as Failure;
const FAIL_IMPOSSIBLE: Failure = Object.freeze({ ok: false, reason: 'impossible-date' }) as Failure;
const FAIL_RANGE: Failure = Object.freeze({ ok: false, reason: 'out-of-range' }) as Failure;

const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (Howard Hinnant's days_from_civil / civil_from_days, eras of 400 years).

/** Day number of a Gregorian date. No validation: 31 Feb rolls into March. */
export function ymdToDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayToYmd(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Months each coarse precision covers. */
const MONTHS_OF: Record<Exclude<DatePrecision, 'day'>, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/**
 * First and last day a date of the given precision covers (its day is the first): a month, quarter,
 * half or year runs to its last day; a day is itself.
 */
export function spanOf(day: number, precision: DatePrecision | string | null | undefined): { first: number; last: number } {
  const months = precision === 'month' || precision === 'quarter' || precision === 'half' || precision === 'year' ? MONTHS_OF[precision] : 0;
  if (months === 0) return { first: day, last: day };
  const { y, m } = dayToYmd(day);
  const end = m + months; // first month after the span, may be 13 or more
  return { first: day, last: ymdToDay(y + Math.floor((end - 1) / 12), ((end - 1) % 12) + 1, 1) - 1 };
}

// ---------------------------------------------------------------------------------------------
// Excel's 1900 date system. Serial 1 is 1900-01-01 and Excel keeps Lotus 1-2-3's fictitious
// 1900-02-29 as serial 60, so serials 1–59 sit one day off from those after it.

const SERIAL_EPOCH = 25569; // 1970-01-01
const FIRST_TRUE_SERIAL = 61; // 1900-03-01, the first serial after the fictitious day
const FIRST_TRUE_DAY = FIRST_TRUE_SERIAL - SERIAL_EPOCH;
/** 10000-01-01: Excel's dates end on 9999-12-31. */
const SERIAL_LIMIT = 2958466;

/**
 * Day number of an Excel serial (1900 date system; 25569 = 1970-01-01). The time of day is dropped.
 * Serial 60, Excel's 1900-02-29, never existed: it gives NaN.
 */
export function excelSerialToDay(serial: number): number {
  const s = Math.floor(serial);
  if (s >= FIRST_TRUE_SERIAL) return s - SERIAL_EPOCH;
  if (s === 60) return NaN;
  return s - SERIAL_EPOCH + 1;
}

/**
 * Day number of a serial that parseDate reads as an ordinary day (1900-03-01 to 9999-12-31, but not
 * a year such as 2011), else NaN: the cheap path for the dates nearly every register holds.
 */
export function plainSerialDay(serial: number): number {
  return serial >= FIRST_TRUE_SERIAL && serial < SERIAL_LIMIT && !isYearNumber(serial) ? Math.floor(serial) - SERIAL_EPOCH : NaN;
}

/**
 * Excel serial of a JS Date that holds a wall-clock moment in UTC, as ExcelJS and cell values give
 * dates (1970-01-01 is serial 25569; a time of day is the fraction).
 */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** Excel serial of a day number; days before 1900-03-01 get the serials Excel shows for them. */
export function dayToExcelSerial(day: number): number {
  return day >= FIRST_TRUE_DAY ? day + SERIAL_EPOCH : day + SERIAL_EPOCH - 1;
}

// ---------------------------------------------------------------------------------------------
// Formatting.

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n >= 0 && n < 1000 ? String(n).padStart(4, '0') : String(n);
}

/** 'YYYY-MM-DD'. */
export function dayToIso(day: number): string {
  const { y, m, d } = dayToYmd(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

const ISO_STRICT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a strict 'YYYY-MM-DD'; throws on anything else or on a date that does not exist. */
export function isoToDay(iso: string): number {
  const m = ISO_STRICT.exec(iso);
  if (!m) throw new Error(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new Error(`No such date: ${iso}`);
  return ymdToDay(y, mo, d);
}

/**
 * A day for people to read. vi: 'dd/mm/yyyy' (29/04/2022). en: 'MMM d, yyyy' (Apr 29, 2022), not
 * the US 'mm/dd/yyyy': the add-in reads every numeric date day first, so a US-order date shown to a
 * user and typed back would be read wrongly, and donors outside the US misread it too. Both forms
 * are read back by parseDate.
 */
export function formatDay(day: number, lang: 'vi' | 'en'): string {
  const { y, m, d } = dayToYmd(day);
  if (lang === 'en') return `${MONTH_ABBR[m - 1]} ${d}, ${pad4(y)}`;
  return `${pad2(d)}/${pad2(m)}/${pad4(y)}`;
}

/** Today's day number in the host's local calendar (a user in Hanoi at 06:00 is already on today). */
export function todayDay(now: Date = new Date()): number {
  return ymdToDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// ---------------------------------------------------------------------------------------------
// Parsing.

const NOT_PRINTABLE_ASCII = /[^\u0020-\u007e]/;
const COMBINING = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u3000]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

// Optional time after a date: " 10:30", " 10:30:00", "T00:00:00.000Z", " 9:05 pm", "+07:00".
const TIME = String.raw`(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?`;
const DMY = new RegExp(String.raw`^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})${TIME}$`);
const YMD = new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${TIME}$`);
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MY = /^(\d{1,2}) ?[/.-] ?(\d{4})$/;
const YM = /^(\d{4})[/-](\d{1,2})$/;
const YEAR = /^(\d{4})$/;
// Vietnamese words, folded: ngày = day, tháng = month, năm = year; "T4" is shorthand for tháng 4.
const VI_LONG = /^(?:ngay )?(\d{1,2}) ?,? thang (\d{1,2}) ?,? (?:nam )?(\d{4})$/;
const VI_NGAY = /^ngay (.+)$/;
const VI_MONTH = /^(?:thang|t) ?(\d{1,2}) ?(?:[/.-]|,? nam) ?(\d{4})$/;
const VI_YEAR = /^nam (\d{4})$/;
const EN_DMY = /^(\d{1,2})(?:st|nd|rd|th)?[ ./-]?([a-z]{3,9})\.?[ ,./-]{0,2}(\d{4}|\d{2})$/;
const EN_MDY = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;
const EN_MY = /^([a-z]{3,9})\.?[ ,/-]{0,2}(\d{4})$/;
// Quarters and halves, folded: "quy i/2024", "quy 3 nam 2024", "q2/2024", "2024-q2", "h1 2024",
// "6 thang dau nam 2024" (the first six months), "6 thang cuoi nam 2024" (the last six).
const VI_QUARTER = /^quy (iv|i{1,3}|[1-4]) ?(?:[/.-]|,? nam) ?(\d{4})$/;
const PART_YEAR = /^([qh])([1-4]) ?[/. -]? ?(\d{4})$/;
const YEAR_PART = /^(\d{4}) ?[/. -]? ?([qh])([1-4])$/;
const VI_HALF = /^6 thang (dau|cuoi) (?:nam )?(\d{4})$/;
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

const MONTH_NAMES = new Map<string, number>();
[
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
].forEach((names, i) => names.forEach((n) => MONTH_NAMES.set(n, i + 1)));

function expandYear(text: string): number {
  const y = Number(text);
  if (text.length !== 2) return y;
  return y <= 68 ? 2000 + y : 1900 + y;
}

function okDay(day: number, precision: DatePrecision, fromText: boolean): DateResult {
  return { ok: true, day, precision, fromText };
}

/** Range is checked before validity: a year out of range says more than a bad day within it. */
function fromParts(y: number, m: number, d: number, precision: DatePrecision): DateResult {
  if (y < MIN_YEAR || y > MAX_YEAR) return FAIL_RANGE;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return FAIL_IMPOSSIBLE;
  return okDay(ymdToDay(y, m, d), precision, true);
}

/** A quarter's or half's first day, or a failure (H3 does not exist). */
function partOfYear(y: number, kind: 'q' | 'h', n: number): DateResult {
  if (kind === 'h' && n > 2) return FAIL_NOT_DATE;
  return kind === 'q' ? fromParts(y, (n - 1) * 3 + 1, 1, 'quarter') : fromParts(y, n === 1 ? 1 : 7, 1, 'half');
}

/** Quarters and halves of a year, or null when the text is neither. */
function parsePartOfYear(s: string): DateResult | null {
  let m = VI_QUARTER.exec(s);
  if (m) return partOfYear(Number(m[2]), 'q', ROMAN_QUARTER[m[1]]);
  m = PART_YEAR.exec(s);
  if (m) return partOfYear(Number(m[3]), m[1] as 'q' | 'h', Number(m[2]));
  m = YEAR_PART.exec(s);
  if (m) return partOfYear(Number(m[1]), m[2] as 'q' | 'h', Number(m[3]));
  m = VI_HALF.exec(s);
  if (m) return partOfYear(Number(m[2]), 'h', m[1] === 'dau' ? 1 : 2);
  return null;
}

/**
 * Day first, month first or either: "5/1/2024" under 'either' is read 5 January with 1 May as its
 * alternative; a text only one reading makes a date of is read that way.
 */
function dayOrMonthFirst(a: number, b: number, y: number, order: DayOrder): DateResult {
  if (order === 'dmy') return fromParts(y, b, a, 'day');
  if (order === 'mdy') return fromParts(y, a, b, 'day');
  const dm = fromParts(y, b, a, 'day');
  if (a === b) return dm;
  const md = fromParts(y, a, b, 'day');
  if (!md.ok) return dm;
  if (!dm.ok) return md;
  return { ok: true, day: dm.day, precision: 'day', fromText: true, alternative: md.day };
}

function foldDateText(s: string): string {
  let t = s;
  if (NOT_PRINTABLE_ASCII.test(t)) {
    t = t.normalize('NFD').replace(COMBINING, '').replace(/[đĐ]/g, 'd').replace(DASHES, '-');
  }
  return t.toLowerCase().replace(SPACES, ' ');
}

function parseText(raw: string, opts: DateOptions | undefined): DateResult {
  const trimmed = raw.trim();
  if (trimmed === '') return FAIL_EMPTY;
  const s = foldDateText(trimmed); // folding also settles NFC vs NFD

  const order = opts?.order ?? 'dmy';
  let m = DMY.exec(s);
  if (m) return dayOrMonthFirst(Number(m[1]), Number(m[3]), expandYear(m[4]), order);
  m = YMD.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]), 'day');
  m = MY.exec(s);
  if (m) return fromParts(Number(m[2]), Number(m[1]), 1, 'month');
  m = YM.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), 1, 'month');
  m = YMD_COMPACT.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), 'day');
  m = YEAR.exec(s) ?? VI_YEAR.exec(s);
  if (m) return opts?.allowPeriods ? fromParts(Number(m[1]), 1, 1, 'year') : FAIL_NOT_DATE;
  const part = parsePartOfYear(s);
  if (part) return opts?.allowPeriods ? part : FAIL_NOT_DATE;

  m = VI_LONG.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]), 'day');
  m = VI_MONTH.exec(s);
  if (m) return fromParts(Number(m[2]), Number(m[1]), 1, 'month');
  m = VI_NGAY.exec(s);
  if (m) {
    const inner = DMY.exec(m[1]);
    return inner ? dayOrMonthFirst(Number(inner[1]), Number(inner[3]), expandYear(inner[4]), order) : FAIL_NOT_DATE;
  }

  m = EN_DMY.exec(s);
  if (m) {
    const month = MONTH_NAMES.get(m[2]);
    if (month !== undefined) return fromParts(expandYear(m[3]), month, Number(m[1]), 'day');
  }
  m = EN_MDY.exec(s);
  if (m) {
    const month = MONTH_NAMES.get(m[1]);
    if (month !== undefined) return fromParts(Number(m[3]), month, Number(m[2]), 'day');
  }
  m = EN_MY.exec(s);
  if (m) {
    const month = MONTH_NAMES.get(m[1]);
    if (month !== undefined) return fromParts(Number(m[2]), month, 1, 'month');
  }
  return FAIL_NOT_DATE;
}

/** The years a number may name: their serials are days of 1905, when no register's record is dated. */
const FIRST_YEAR_NUMBER = 1900;
const LAST_YEAR_NUMBER = 2100;

/** True for a whole number a person typed as a year (2011), which Excel would show as a day of 1905. */
export function isYearNumber(x: number): boolean {
  return x >= FIRST_YEAR_NUMBER && x <= LAST_YEAR_NUMBER && Math.floor(x) === x;
}

function fromSerial(serial: number, opts: DateOptions | undefined): DateResult {
  if (!Number.isFinite(serial)) return FAIL_NOT_DATE;
  if (isYearNumber(serial)) return opts?.allowPeriods ? okDay(ymdToDay(serial, 1, 1), 'year', false) : FAIL_NOT_DATE;
  if (serial < 1 || serial >= SERIAL_LIMIT) return FAIL_RANGE;
  if (serial >= 60 && serial < 61) return FAIL_IMPOSSIBLE;
  return okDay(excelSerialToDay(serial), 'day', false);
}

const FIRST_DAY = ymdToDay(MIN_YEAR, 1, 1);
const LAST_DAY = ymdToDay(MAX_YEAR, 12, 31);

/**
 * Reads a cell value as a date: an Excel serial number, a Date (its UTC calendar day, as file
 * readers give UTC midnight), or text in the forms listed at the top. Never throws.
 */
export function parseDate(input: unknown, opts?: DateOptions): DateResult {
  if (typeof input === 'number') return fromSerial(input, opts);
  if (typeof input === 'string') return parseText(input, opts);
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) return FAIL_NOT_DATE;
    const day = Math.floor(t / MS_PER_DAY);
    // A year typed into a cell formatted as a date: the reader hands over the day of 1905 Excel shows.
    const serial = dateToSerial(input);
    if (isYearNumber(serial)) return fromSerial(serial, opts);
    if (day < FIRST_DAY || day > LAST_DAY) return FAIL_RANGE;
    return okDay(day, 'day', false);
  }
  if (input === null || input === undefined) return FAIL_EMPTY;
  return FAIL_NOT_DATE;
}

/**
 * What a text says about its column's day and month order: 'dm' when only day first makes it a date
 * (25/1/2024), 'md' when only month first does (1/25/2024), 'either' when both do (5/1/2024), null
 * when it is no numeric date or the order does not matter (5/5/2024, 2024-01-05).
 */
export function dayMonthEvidence(raw: string): 'dm' | 'md' | 'either' | null {
  const trimmed = raw.trim();
  // A numeric date starts with a digit or "ngày"; anything else is skipped without folding.
  const c = trimmed.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && c !== 110 && c !== 78) return null;
  const s = foldDateText(trimmed);
  let m = DMY.exec(s);
  if (!m) {
    const ngay = VI_NGAY.exec(s);
    m = ngay ? DMY.exec(ngay[1]) : null;
  }
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a === b) return null;
  const y = expandYear(m[4]);
  const dm = fromParts(y, b, a, 'day').ok;
  const md = fromParts(y, a, b, 'day').ok;
  return dm && md ? 'either' : dm ? 'dm' : md ? 'md' : null;
}
