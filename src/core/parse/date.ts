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
 *   month    4/2022 · 04/2022 · tháng 4/2022 · tháng 4 năm 2022 · T4/2022 · 2022-04 · Apr 2022
 *            (day = the first of the month, precision 'month')
 *   year     2022 · năm 2022 (precision 'year', only with allowYearOnly)
 * Numbers are always day first: "05/01/2022" is 5 January; "4/29/2022" is an impossible date.
 * Two-digit years: 00–68 → 2000–2068, 69–99 → 1969–1999 (the window Excel uses).
 */
export type DatePrecision = 'day' | 'month' | 'year';
export type DateResult =
  | { ok: true; day: number; precision: DatePrecision; fromText: boolean }
  | { ok: false; reason: DateFailure };
export type DateFailure = 'empty' | 'not-a-date' | 'impossible-date' | 'out-of-range';
export interface DateOptions {
  /** Accept a bare year ("2022", "năm 2022") as precision 'year'; default false. */
  allowYearOnly?: boolean;
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
 * Day number of a serial that parseDate reads as an ordinary day (1900-03-01 to 9999-12-31), else
 * NaN: the cheap path for the dates nearly every register holds.
 */
export function plainSerialDay(serial: number): number {
  return serial >= FIRST_TRUE_SERIAL && serial < SERIAL_LIMIT ? Math.floor(serial) - SERIAL_EPOCH : NaN;
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

  let m = DMY.exec(s);
  if (m) return fromParts(expandYear(m[4]), Number(m[3]), Number(m[1]), 'day');
  m = YMD.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[3]), Number(m[4]), 'day');
  m = MY.exec(s);
  if (m) return fromParts(Number(m[2]), Number(m[1]), 1, 'month');
  m = YM.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), 1, 'month');
  m = YMD_COMPACT.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), 'day');
  m = YEAR.exec(s) ?? VI_YEAR.exec(s);
  if (m) return opts?.allowYearOnly ? fromParts(Number(m[1]), 1, 1, 'year') : FAIL_NOT_DATE;

  m = VI_LONG.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]), 'day');
  m = VI_MONTH.exec(s);
  if (m) return fromParts(Number(m[2]), Number(m[1]), 1, 'month');
  m = VI_NGAY.exec(s);
  if (m) {
    const inner = DMY.exec(m[1]);
    return inner ? fromParts(expandYear(inner[4]), Number(inner[3]), Number(inner[1]), 'day') : FAIL_NOT_DATE;
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

function fromSerial(serial: number): DateResult {
  if (!Number.isFinite(serial)) return FAIL_NOT_DATE;
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
  if (typeof input === 'number') return fromSerial(input);
  if (typeof input === 'string') return parseText(input, opts);
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) return FAIL_NOT_DATE;
    const day = Math.floor(t / MS_PER_DAY);
    if (day < FIRST_DAY || day > LAST_DAY) return FAIL_RANGE;
    return okDay(day, 'day', false);
  }
  if (input === null || input === undefined) return FAIL_EMPTY;
  return FAIL_NOT_DATE;
}
