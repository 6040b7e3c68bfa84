// Cell-level parsing and rules: each column type turns a raw cell into a typed value and reports
// what is wrong with it, proposing a fix only when the correction is certain.
import { parseAmount, uncountable } from '../parse/amount';
import { parseDate, dayToExcelSerial, dayToYmd, spanOf, type DayOrder } from '../parse/date';
import { cleanSpaces, nfc } from '../base/text';
import { cellText, isBlank } from '../base/cell';
import type { Lang, ParsedValue, RawValue } from '../model';
import type { ColumnDef } from '../schema/registers';
import { codeListFor, matchCode } from './codeLookup';
import type { RunContext } from './context';
import type { ParamsOf, RuleId } from '../rules';
import { requiredMissing } from '../rules/cell/requiredMissing';
import { notANumber } from '../rules/cell/notANumber';
import { notADate } from '../rules/cell/notADate';
import { numberAsText } from '../rules/cell/numberAsText';
import { ambiguousNumber } from '../rules/cell/ambiguousNumber';
import { codeNotCanonical, isNotCanonical } from '../rules/cell/codeNotCanonical';
import { codeUnknown } from '../rules/cell/codeUnknown';
import { isNegativeAmount, negativeAmount } from '../rules/cell/negativeAmount';
import { futureDate, isFutureDay } from '../rules/cell/futureDate';
import { approximateAmount } from '../rules/cell/approximateAmount';
import { legacyEncoding, legacyRepair } from '../rules/cell/legacyEncoding';
import { hasStraySpaces, straySpaces, withoutStraySpaces } from '../rules/cell/straySpaces';
import { cellError } from '../rules/cell/cellError';
import { dateAsText, isDateAsText } from '../rules/cell/dateAsText';
import { isNotWholeCount, notAnInteger } from '../rules/cell/notAnInteger';
import { isRateNotPositive, rateNotPositive } from '../rules/cell/rateNotPositive';
import { implausibleAmount, isImplausible, plausibleLimit } from '../rules/cell/implausibleAmount';
import { unitLabel } from './unitLabel';
import { dateImprecise } from '../rules/cell/dateImprecise';
import { ambiguousDateOrder } from '../rules/cell/ambiguousDateOrder';

export interface CellPos {
  sheet: string;
  kind: string;
  row: number;
  col: number;
  font?: string;
  /** Language the register is kept in (from its headers): canonical fixes are written in it. */
  dataLang: Lang;
  /** Day and month order of the column's numeric dates, as its other dates settle it (validate/dayOrder.ts). */
  dateOrder?: DayOrder;
}

export interface CellOutcome {
  value: ParsedValue;
  /** Extra fact worth keeping (approximate flag, original province text, period precision). */
  meta?: [string, string];
  /** Currency written inside an amount ("3,7 triệu USD"). */
  currency?: string | null;
  /** An error was reported on this cell. */
  error?: string;
  /**
   * The text named another currency than the column's ("2 triệu EUR" in a USD column): the value is
   * left null until the workbook's rates convert it (validate/units.ts), or say they cannot.
   */
  foreign?: { amount: number; currency: string; target: string; text: string };
  /**
   * A negative amount in an FDI capital change: whether the minus repeats the kind ("Giảm vốn") or
   * contradicts it is for the row to settle (validate/dataRows.ts); `value` holds the figure as read.
   */
  signed?: { text: string | number };
}

const EMPTY: CellOutcome = { value: null };

/**
 * Parse one cell of a register column. `unit` carries the header's currency/multiplier for amounts;
 * `rowCurrency` is the row's currency when known, which decides "1.234" for VND.
 */
export function parseCell(
  ctx: RunContext, pos: CellPos, col: ColumnDef, raw: RawValue,
  unit: { currency?: string; multiplier?: number } = {}, rowCurrency?: string | null,
): CellOutcome {
  const sink = ctx.sink;
  const base = { kind: pos.kind, column: col.key };
  const err = <R extends RuleId>(ruleId: R, params: ParamsOf<R>, fix: number | string | null = null): CellOutcome => {
    const issue = sink.add(ruleId, pos.sheet, pos.row, pos.col, { ...base, ...params }, fix);
    return { value: null, error: issue.severity === 'error' ? ruleId : undefined };
  };

  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
    return err(cellError.id, { value: raw.error });
  }
  if (isBlank(raw)) {
    if (col.required) return err(requiredMissing.id, {});
    return EMPTY;
  }

  switch (col.type) {
    case 'amount':
    case 'rate':
    case 'integer':
      return parseNumberCell(ctx, pos, col, raw, unit, rowCurrency, err);
    case 'date':
    case 'period':
      return parseDateCell(ctx, pos, col, raw, err);
    case 'code':
    case 'currency':
      return parseCodeCell(pos, col, raw, err);
    case 'id':
    case 'text':
    default:
      return parseTextCell(pos, raw, err);
  }
}

type ErrFn = <R extends RuleId>(ruleId: R, params: ParamsOf<R>, fix?: number | string | null) => CellOutcome;

/** Legacy TCVN3/VNI text is repaired (and reported) before anything else looks at the text. */
function repairedText(pos: CellPos, raw: RawValue, err: ErrFn): { text: string; reported: boolean } {
  const text = cellText(raw);
  if (typeof raw !== 'string') return { text, reported: false };
  const legacy = legacyRepair(text, pos.font);
  if (legacy) {
    err(legacyEncoding.id, { value: text, encoding: legacy.encoding === 'tcvn3' ? 'TCVN3' : 'VNI', fixText: legacy.text }, legacy.text);
    return { text: legacy.text, reported: true };
  }
  return { text, reported: false };
}

function parseTextCell(pos: CellPos, raw: RawValue, err: ErrFn): CellOutcome {
  const { text, reported } = repairedText(pos, raw, err);
  if (!reported && typeof raw === 'string' && hasStraySpaces(raw)) {
    const fixed = withoutStraySpaces(raw);
    err(straySpaces.id, { value: raw, fixText: fixed }, fixed);
  }
  return { value: nfc(cleanSpaces(text)) };
}

function parseNumberCell(
  ctx: RunContext, pos: CellPos, col: ColumnDef, raw: RawValue,
  unit: { currency?: string; multiplier?: number }, rowCurrency: string | null | undefined, err: ErrFn,
): CellOutcome {
  const multiplier = unit.multiplier ?? 1;
  // The currency the column (or the row's currency cell) says its amounts are in.
  const currency = rowCurrency ?? unit.currency ?? col.fixedCurrency ?? null;
  if (typeof raw === 'number') {
    const why = uncountable(raw);
    if (why) return err(notANumber.id, { value: cellText(raw), reason: why });
    return checkNumber(pos, col, raw, raw * multiplier, currency, err);
  }
  if (typeof raw === 'boolean' || raw instanceof Date) return err(notANumber.id, { value: cellText(raw) });
  const text = raw as string;
  const parsed = parseAmount(text, { locale: ctx.locale, currency });
  if (!parsed.ok) return err(notANumber.id, { value: text, reason: parsed.reason });
  if (parsed.ambiguous) {
    return err(ambiguousNumber.id, { value: text, reading: parsed.value, alternative: parsed.alternative ?? parsed.value });
  }
  // A magnitude written in the cell ("5 tỷ") gives whole units of its currency, whatever the column's
  // unit: 5 tỷ in a "(triệu đồng)" column is 5 000 triệu đồng, not 5 tỷ × 1 triệu.
  const whole = parsed.scaled ? parsed.value : parsed.value * multiplier;
  const inColumnUnit = parsed.scaled ? parsed.value / multiplier : parsed.value;
  const approxMeta: [string, string] | undefined = parsed.approx ? ['approx', parsed.approx] : undefined;
  if (col.type === 'amount' && parsed.currency !== null && currency !== null && parsed.currency !== currency) {
    if (isNegativeAmount(parsed.value)) return err(negativeAmount.id, { value: text });
    if (parsed.approx) err(approximateAmount.id, { value: text, approx: parsed.approx, reading: parsed.value });
    const out: CellOutcome = { value: null, foreign: { amount: whole, currency: parsed.currency, target: currency, text } };
    if (approxMeta) out.meta = approxMeta;
    return out;
  }
  const out = checkNumber(pos, col, parsed.value, whole, currency, err, text);
  if (out.error) return out;
  // A capital change's minus is settled with its kind, whose fix (the figure without its sign) is the only one.
  if (out.signed) return approxMeta ? { ...out, meta: approxMeta } : out;
  if (parsed.approx) {
    err(approximateAmount.id, { value: text, approx: parsed.approx, reading: parsed.value });
    return { ...out, meta: approxMeta, currency: parsed.currency };
  }
  // A plain number typed as text: the number, in the column's unit, is a certain fix.
  if (parsed.scaled && multiplier !== 1) {
    err(numberAsText.id, { value: text, fixNumber: inColumnUnit, columnUnit: unitLabel(currency, multiplier, pos.dataLang) }, inColumnUnit);
  } else {
    err(numberAsText.id, { value: text, fixNumber: inColumnUnit }, inColumnUnit);
  }
  return { ...out, currency: parsed.currency };
}

/**
 * `shown` is the figure as the cell writes it, `value` in whole units of `currency` (the column's
 * multiplier applied).
 */
function checkNumber(
  pos: CellPos, col: ColumnDef, shown: number, value: number, currency: string | null, err: ErrFn, text?: string,
): CellOutcome {
  if (col.type === 'integer' && isNotWholeCount(shown)) return err(notAnInteger.id, { value: text ?? shown });
  if (col.type === 'rate' && isRateNotPositive(shown)) return err(rateNotPositive.id, { value: text ?? shown });
  if (col.type !== 'amount') return { value };
  const limit = plausibleLimit(col, currency);
  if (isImplausible(value, limit)) {
    return err(implausibleAmount.id, { value: text ?? shown, amount: value, currency: currency!, limit: limit! });
  }
  if (isNegativeAmount(shown)) {
    // A capital change's sign is judged against its kind, once the row is read.
    if (pos.kind === 'fdi-capital-changes') return { value, signed: { text: text ?? shown } };
    return err(negativeAmount.id, { value: text ?? shown });
  }
  return { value };
}

const DATE_REASONS: Record<string, string> = {
  'impossible-date': 'impossible-date', 'not-a-date': 'not-a-date', 'out-of-range': 'out-of-range', empty: 'not-a-date',
};

const precisionKeys = new Map<string, string>();
/**
 * The row meta key that keeps a date column's precision when it is coarser than a day. One string
 * per column key: a string built anew at each call would be hashed anew by the store's lookup.
 */
export function precisionKey(columnKey: string): string {
  let key = precisionKeys.get(columnKey);
  if (key === undefined) precisionKeys.set(columnKey, key = `${columnKey}Precision`);
  return key;
}

/**
 * Dates and periods. A period column takes a day, month, quarter, half or year as it is; a date
 * column reads the coarser ones too (a bare year is never an Excel serial) and says so with their
 * precision, which the row keeps for the summaries.
 */
function parseDateCell(ctx: RunContext, pos: CellPos, col: ColumnDef, raw: RawValue, err: ErrFn): CellOutcome {
  const period = col.type === 'period';
  const parsed = parseDate(raw, { allowPeriods: true, order: pos.dateOrder });
  const shown = cellText(raw);
  if (!parsed.ok) return err(notADate.id, { value: shown, reason: DATE_REASONS[parsed.reason] ?? parsed.reason });
  if (parsed.alternative !== undefined) {
    return err(ambiguousDateOrder.id, { value: shown, reading: parsed.day, alternative: parsed.alternative });
  }
  if (col.notFuture && isFutureDay(parsed.day, ctx.today)) {
    return err(futureDate.id, { dateValue: parsed.day, today: ctx.today });
  }
  if (isDateAsText(parsed.fromText, parsed.precision)) {
    err(dateAsText.id, { value: shown, fixDay: parsed.day }, dayToExcelSerial(parsed.day));
  }
  const out: CellOutcome = { value: parsed.day };
  if (period) out.meta = [precisionKey(col.key), parsed.precision];
  else if (parsed.precision !== 'day') {
    const { first, last } = spanOf(parsed.day, parsed.precision);
    // A year typed as a number shows as a day of 1905 in a date-formatted cell: the message names the year.
    const value = parsed.fromText ? shown : String(dayToYmd(parsed.day).y);
    err(dateImprecise.id, { value, precision: parsed.precision, first, last });
    out.meta = [precisionKey(col.key), parsed.precision];
  }
  return out;
}

function parseCodeCell(pos: CellPos, col: ColumnDef, raw: RawValue, err: ErrFn): CellOutcome {
  const { text, reported } = repairedText(pos, raw, err);
  const listId = col.type === 'currency' ? 'currencies' : col.codeList!;
  const m = matchCode(listId, text);
  const lang = pos.dataLang;
  if (m.kind === 'none' || m.kind === 'ambiguous') {
    const list = codeListFor(listId);
    const example = list.example(lang);
    const candidates = m.kind === 'ambiguous' ? m.names(lang).join(', ') : '';
    return err(codeUnknown.id, { value: text, example, candidates });
  }
  const canonical = m.canonical(lang);
  const shown = reported ? text : cellText(raw);
  if (isNotCanonical(m.exact, shown, canonical)) {
    err(codeNotCanonical.id, { value: shown, canonical }, canonical);
  } else if (!reported && typeof raw === 'string' && hasStraySpaces(raw)) {
    const fixed = withoutStraySpaces(raw);
    err(straySpaces.id, { value: raw, fixText: fixed }, fixed);
  }
  const out: CellOutcome = { value: m.code };
  if (m.former) out.meta = ['provinceText', nfc(cleanSpaces(text))];
  return out;
}
