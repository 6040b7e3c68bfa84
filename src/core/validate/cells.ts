// Cell-level parsing and rules: each column type turns a raw cell into a typed value and reports
// what is wrong with it, proposing a fix only when the correction is certain.
import { parseAmount } from '../parse/amount';
import { parseDate, dayToExcelSerial } from '../parse/date';
import { repairLegacy } from '../parse/legacy';
import { boundedMemo } from '../base/memo';
import { cleanSpaces, hasStraySpaces, nfc } from '../base/text';
import { cellText, isBlank } from '../base/cell';
import type { Lang, ParsedValue, RawValue } from '../model';
import type { ColumnDef } from '../schema/registers';
import { codeListFor, matchCode } from './codeLookup';
import type { RunContext } from './context';

export interface CellPos {
  sheet: string;
  kind: string;
  row: number;
  col: number;
  font?: string;
  /** Language the register is kept in (from its headers): canonical fixes are written in it. */
  dataLang: Lang;
}

export interface CellOutcome {
  value: ParsedValue;
  /** Extra fact worth keeping (approximate flag, original province text, period precision). */
  meta?: [string, string];
  /** Currency written inside an amount ("3,7 triệu USD"). */
  currency?: string | null;
  /** An error was reported on this cell. */
  error?: string;
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
  const err = (ruleId: string, params: Record<string, string | number>, fix: number | string | null = null): CellOutcome => {
    const issue = sink.add(ruleId, pos.sheet, pos.row, pos.col, { ...base, ...params }, fix);
    return { value: null, error: issue.severity === 'error' ? ruleId : undefined };
  };

  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
    return err('AID-C113', { value: raw.error });
  }
  if (isBlank(raw)) {
    if (col.required) return err('AID-C101', {});
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

type ErrFn = (ruleId: string, params: Record<string, string | number>, fix?: number | string | null) => CellOutcome;

// eslint-disable-next-line no-control-regex -- any 7-bit text, control characters included, cannot be TCVN3/VNI
const ASCII = /^[\x00-\x7f]*$/;
/** One remembered detector per font, since the font decides the encoding as much as the text. */
const repairByFont = new Map<string, (text: string) => ReturnType<typeof repairLegacy>>();

export function repairCached(text: string, font: string | undefined): ReturnType<typeof repairLegacy> {
  if (ASCII.test(text)) return null;
  const f = font ?? '';
  let repair = repairByFont.get(f);
  if (!repair) {
    repair = boundedMemo(50_000, (t) => repairLegacy(t, font));
    repairByFont.set(f, repair);
  }
  return repair(text);
}

/** Legacy TCVN3/VNI text is repaired (and reported) before anything else looks at the text. */
function repairedText(pos: CellPos, raw: RawValue, err: ErrFn): { text: string; reported: boolean } {
  const text = cellText(raw);
  if (typeof raw !== 'string') return { text, reported: false };
  const legacy = repairCached(text, pos.font);
  if (legacy) {
    err('AID-C111', { value: text, encoding: legacy.encoding === 'tcvn3' ? 'TCVN3' : 'VNI', fixText: legacy.text }, legacy.text);
    return { text: legacy.text, reported: true };
  }
  return { text, reported: false };
}

function parseTextCell(pos: CellPos, raw: RawValue, err: ErrFn): CellOutcome {
  const { text, reported } = repairedText(pos, raw, err);
  if (!reported && typeof raw === 'string' && hasStraySpaces(raw)) {
    const fixed = cleanSpaces(raw);
    err('AID-C112', { value: raw, fixText: fixed }, fixed);
  }
  return { value: nfc(cleanSpaces(text)) };
}

function parseNumberCell(
  ctx: RunContext, _pos: CellPos, col: ColumnDef, raw: RawValue,
  unit: { currency?: string; multiplier?: number }, rowCurrency: string | null | undefined, err: ErrFn,
): CellOutcome {
  const multiplier = unit.multiplier ?? 1;
  if (typeof raw === 'number') {
    return checkNumber(col, raw, raw * multiplier, err);
  }
  if (typeof raw === 'boolean' || raw instanceof Date) return err('AID-C102', { value: cellText(raw) });
  const text = raw as string;
  const currency = rowCurrency ?? unit.currency ?? col.fixedCurrency ?? null;
  const parsed = parseAmount(text, { locale: ctx.locale, currency });
  if (!parsed.ok) return err('AID-C102', { value: text, reason: parsed.reason });
  if (parsed.ambiguous) {
    return err('AID-C105', { value: text, reading: parsed.value, alternative: parsed.alternative ?? parsed.value });
  }
  const out = checkNumber(col, parsed.value, parsed.value * multiplier, err, text);
  if (out.error) return out;
  if (parsed.approx) {
    err('AID-C110', { value: text, approx: parsed.approx, reading: parsed.value });
    return { ...out, meta: ['approx', parsed.approx], currency: parsed.currency };
  }
  // A plain number typed as text: the number is a certain fix, unless the text named another currency.
  const textCurrencyDiffers = parsed.currency !== null && currency !== null && parsed.currency !== currency;
  if (!textCurrencyDiffers) err('AID-C104', { value: text, fixNumber: parsed.value }, parsed.value);
  return { ...out, currency: parsed.currency };
}

function checkNumber(col: ColumnDef, shown: number, value: number, err: ErrFn, text?: string): CellOutcome {
  if (col.type === 'integer' && (!Number.isInteger(shown) || shown < 0)) return err('AID-C115', { value: text ?? shown });
  if (col.type === 'rate' && !(shown > 0)) return err('AID-C116', { value: text ?? shown });
  if (col.type === 'amount' && shown < 0) return err('AID-C108', { value: text ?? shown });
  return { value };
}

const DATE_REASONS: Record<string, string> = {
  'impossible-date': 'impossible-date', 'not-a-date': 'not-a-date', 'out-of-range': 'out-of-range', empty: 'not-a-date',
};

function parseDateCell(ctx: RunContext, _pos: CellPos, col: ColumnDef, raw: RawValue, err: ErrFn): CellOutcome {
  const period = col.type === 'period';
  const parsed = parseDate(raw, { allowYearOnly: period });
  const shown = cellText(raw);
  if (!parsed.ok) return err('AID-C103', { value: shown, reason: DATE_REASONS[parsed.reason] ?? parsed.reason });
  if (!period && parsed.precision !== 'day') return err('AID-C103', { value: shown, reason: 'month-only' });
  if (col.notFuture && parsed.day > ctx.today) {
    return err('AID-C109', { dateValue: parsed.day, today: ctx.today });
  }
  if (parsed.fromText && parsed.precision === 'day') {
    err('AID-C114', { value: shown, fixDay: parsed.day }, dayToExcelSerial(parsed.day));
  }
  const out: CellOutcome = { value: parsed.day };
  if (period) out.meta = ['periodPrecision', parsed.precision];
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
    return err('AID-C107', { value: text, example, candidates });
  }
  const canonical = m.canonical(lang);
  const shown = reported ? text : cellText(raw);
  if (!m.exact && shown !== canonical) {
    err('AID-C106', { value: shown, canonical }, canonical);
  } else if (!reported && typeof raw === 'string' && hasStraySpaces(raw)) {
    const fixed = cleanSpaces(raw);
    err('AID-C112', { value: raw, fixText: fixed }, fixed);
  }
  const out: CellOutcome = { value: m.code };
  if (m.former) out.meta = ['provinceText', nfc(cleanSpaces(text))];
  return out;
}
