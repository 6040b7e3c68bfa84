// Reporting periods: what a user asks for ("2022", "2024-H1", "2024-Q3", from/to dates) turned
// into an inclusive range of day numbers, and the same period a year earlier for "so với cùng kỳ".
import { dayToIso, dayToYmd, parseDate, spanOf, todayDay, ymdToDay } from '../parse/date';

/** An inclusive range of day numbers (days since 1970-01-01) and the label reports show for it. */
export interface Period {
  from: number;
  to: number;
  label: string;
}

export type PeriodErrorCode =
  | 'bad-year'      // year is not a four-digit year
  | 'bad-period'    // period is not YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM
  | 'bad-date'      // from/to is not a date
  | 'from-after-to'
  | 'missing-from'  // a "to" date without a "from" date
  | 'conflict';     // dates given together with a year/period, or a year that contradicts the period

export class PeriodError extends Error {
  readonly code: PeriodErrorCode;
  /** The offending input, for the host's message. */
  readonly value: string;

  constructor(code: PeriodErrorCode, value: string, message: string) {
    super(message);
    this.name = 'PeriodError';
    this.code = code;
    this.value = value;
  }
}

export interface PeriodSpec {
  year?: number | string;
  period?: string;
  from?: string;
  to?: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function lastDayOfMonth(y: number, m: number): number {
  return (m === 12 ? ymdToDay(y + 1, 1, 1) : ymdToDay(y, m + 1, 1)) - 1;
}

function checkYear(y: number, raw: string): number {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
    throw new PeriodError('bad-year', raw, `Not a year: ${JSON.stringify(raw)} (expected e.g. 2024).`);
  }
  return y;
}

const blank = (x: unknown): boolean => x === undefined || x === null || (typeof x === 'string' && x.trim() === '');

function yearPeriod(y: number): Period {
  return { from: ymdToDay(y, 1, 1), to: ymdToDay(y, 12, 31), label: String(y) };
}

/** Half, quarter or month of a year; `part` is already upper-cased: H1, Q3, or a month number. */
function partOfYear(y: number, part: string, raw: string): Period {
  let m1: number;
  let m2: number;
  let label: string;
  if (/^H[12]$/.test(part)) {
    m1 = part === 'H1' ? 1 : 7;
    m2 = m1 + 5;
    label = `${y}-${part}`;
  } else if (/^Q[1-4]$/.test(part)) {
    m1 = (Number(part[1]) - 1) * 3 + 1;
    m2 = m1 + 2;
    label = `${y}-${part}`;
  } else if (/^\d{1,2}$/.test(part) && Number(part) >= 1 && Number(part) <= 12) {
    m1 = m2 = Number(part);
    label = `${y}-${String(m1).padStart(2, '0')}`;
  } else {
    throw new PeriodError('bad-period', raw, `Not a period: ${JSON.stringify(raw)} (expected 2024, 2024-H1, 2024-Q3 or 2024-03).`);
  }
  return { from: ymdToDay(y, m1, 1), to: lastDayOfMonth(y, m2), label };
}

/** First and last day of what a from/to text names (a month, quarter, half or year covers all its days). */
function dateSpan(raw: string): { first: number; last: number } {
  const r = parseDate(raw, { allowPeriods: true });
  if (!r.ok) throw new PeriodError('bad-date', raw, `Not a date: ${JSON.stringify(raw)} (expected 2024-03-31 or 31/03/2024).`);
  return spanOf(r.day, r.precision);
}

/**
 * Year and part of a period text. Accepted: 2024 · 2024-H1 · 2024 Q3 · 2024Q3 · 2024/H2 · 2024-03 ·
 * Q3/2024 · 03/2024 (day-first habits) · a bare H1 or Q3 (year given separately) · and the forms registers
 * write (`written`, from writtenPeriod): Quý I/2024, 6 tháng đầu năm 2024, tháng 4/2024, năm 2024.
 */
function splitPeriod(raw: string, written: { y: number; part: string | null } | null): { y: number | null; part: string | null } {
  if (written) return written;
  const bad = (): never => {
    throw new PeriodError('bad-period', raw, `Not a period: ${JSON.stringify(raw)} (expected 2024, 2024-H1, 2024-Q3 or 2024-03).`);
  };
  const yearFirst = /^(\d{4})(?:\s*[-/ ]?\s*([HQ]\d)|\s*[-/]\s*(\d{1,2}))?$/i.exec(raw);
  const partFirst = /^(?:([HQ]\d)|(\d{1,2}))\s*[-/ ]\s*(\d{4})$/i.exec(raw);
  const bare = /^([HQ]\d)$/i.exec(raw);
  if (yearFirst) return { y: checkYear(Number(yearFirst[1]), yearFirst[1]), part: (yearFirst[2] ?? yearFirst[3] ?? null)?.toUpperCase() ?? null };
  if (partFirst) return { y: checkYear(Number(partFirst[3]), partFirst[3]), part: (partFirst[1] ?? partFirst[2]).toUpperCase() };
  if (bare) return { y: null, part: bare[1].toUpperCase() };
  return bad();
}

/**
 * A period as registers write it ("Quý I/2024", "quý 3 năm 2024", "6 tháng đầu năm 2024", "tháng 4/2024",
 * "năm 2024"): its year and part, or null for any other text.
 */
function writtenPeriod(raw: string): { y: number; part: string | null } | null {
  const r = parseDate(raw, { allowPeriods: true });
  if (!r.ok || r.precision === 'day') return null;
  const { y, m } = dayToYmd(r.day);
  switch (r.precision) {
    case 'year': return { y, part: null };
    case 'half': return { y, part: m === 1 ? 'H1' : 'H2' };
    case 'quarter': return { y, part: `Q${(m - 1) / 3 + 1}` };
    default: return { y, part: String(m) };
  }
}

const rangeLabel = (from: number, to: number): string => `${dayToIso(from)}..${dayToIso(to)}`;

/**
 * The period a user asked for. Forms: `year` (2022); `period` 'YYYY', 'YYYY-H1'/'-H2',
 * 'YYYY-Q1'…'-Q4', 'YYYY-MM', or 'H1'/'Q3'/… with the year taken from `year`; `from`/`to` as ISO or
 * day-first dates ("to" alone is refused; "from" alone runs to `today`). A month or year written as
 * "to" means its last day. Nothing given: the calendar year of `today`.
 */
export function parsePeriod(spec: PeriodSpec, today: number = todayDay()): Period {
  const hasRange = !blank(spec.from) || !blank(spec.to);
  const hasYear = !blank(spec.year);
  const hasPeriod = !blank(spec.period);

  if (hasRange) {
    if (hasYear || hasPeriod) {
      throw new PeriodError('conflict', String(spec.period ?? spec.year), 'Give either from/to dates or a year/period, not both.');
    }
    if (blank(spec.from)) throw new PeriodError('missing-from', String(spec.to), 'A "to" date needs a "from" date.');
    const from = dateSpan(String(spec.from).trim()).first;
    const to = blank(spec.to) ? today : dateSpan(String(spec.to).trim()).last;
    if (from > to) {
      throw new PeriodError('from-after-to', rangeLabel(from, to), `The period starts (${dayToIso(from)}) after it ends (${dayToIso(to)}).`);
    }
    return { from, to, label: rangeLabel(from, to) };
  }

  let year: number | null = null;
  if (hasYear) {
    const raw = String(spec.year).trim();
    // Only four digits: "22" or "2024.5" is more likely a typo than a year.
    year = checkYear(/^\d{4}$/.test(raw) ? Number(raw) : NaN, raw);
  }

  if (hasPeriod) {
    const raw = String(spec.period).trim();
    const { y: own, part } = splitPeriod(raw, writtenPeriod(raw));
    if (own !== null && year !== null && own !== year) {
      throw new PeriodError('conflict', raw, `Period ${raw} is not in year ${year}.`);
    }
    const y = own ?? year ?? dayToYmd(today).y;
    return part === null ? yearPeriod(y) : partOfYear(y, part, raw);
  }

  return yearPeriod(year ?? dayToYmd(today).y);
}

/** The day a year earlier; 29 February becomes 28 February, and a month's last day stays its last day. */
function yearEarlier(day: number, keepMonthEnd: boolean): number {
  const { y, m, d } = dayToYmd(day);
  const last = lastDayOfMonth(y - 1, m);
  const wasLast = day === lastDayOfMonth(y, m);
  const target = ymdToDay(y - 1, m, 1) + d - 1;
  return (keepMonthEnd && wasLast) || target > last ? last : target;
}

const YEAR_LABEL = /^(\d{4})((?:-H[12]|-Q[1-4]|-\d{2})?)$/;

/** The same period one year earlier, labelled the same way ('2024-Q3' → '2023-Q3'). */
export function samePeriodLastYear(p: Period): Period {
  const from = yearEarlier(p.from, false);
  const to = yearEarlier(p.to, true);
  const m = YEAR_LABEL.exec(p.label);
  const label = m ? `${Number(m[1]) - 1}${m[2]}` : rangeLabel(from, to);
  return { from, to, label };
}
