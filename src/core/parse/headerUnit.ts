// The unit a header writes in brackets: "Vốn cam kết (triệu USD)", "Giá trị (tỷ đồng)",
// "Amount (mio EUR)". Read with the amount parser's scanner and vocabulary indexes, so a header
// understands every currency and magnitude word an amount cell does, minus the words that are too
// ordinary for free text (vocab/currencies.ts) and the magnitudes only glued to digits ("5m").
// Linear in the header's length: brackets are found by one left-to-right pass, never by a regex
// that could backtrack on text such as 32,000 "(".
import { prefold, scan, type Token } from './amountScan';
import { MAGNITUDE_WORDS } from '../vocab/magnitudes';
import { HEADER_CURRENCY_INDEX, MAGNITUDE_INDEX, matchPhrase } from './amountWords';

export interface HeaderUnit { currency?: string; multiplier?: number }

/** Bracketed parts of a header: each "(" to the first ")" after it; an unclosed "(" ends the search. */
function bracketed(header: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const open = header.indexOf('(', from);
    if (open < 0) return parts;
    const close = header.indexOf(')', open + 1);
    if (close < 0) return parts;
    parts.push(header.slice(open + 1, close));
    from = close + 1;
  }
}

// Longest magnitude word, folded ("trillions"): bounds the split below, which keeps it linear.
const MAX_MAGNITUDE_LENGTH = Math.max(...MAGNITUDE_WORDS.map((m) => m.key.length));

/**
 * A magnitude glued to a currency, "(tỷđồng)", "(triệu$)", split in two; null when the word is not
 * one. Brackets have no figure for such a word to hang on, unlike "5tỷ" in a cell.
 */
function splitGlued(word: string): [string, string] | null {
  if (HEADER_CURRENCY_INDEX.get(word) || MAGNITUDE_INDEX.get(word)) return null;
  for (let k = 1; k < word.length && k <= MAX_MAGNITUDE_LENGTH; k++) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    const m = MAGNITUDE_INDEX.get(head);
    if (m && !m.glued && HEADER_CURRENCY_INDEX.get(tail)) return [head, tail];
  }
  return null;
}

/** Tokens of one bracket, with glued magnitude + currency words split. */
function unitTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const t of scan(prefold(text))) {
    const split = t.kind === 'word' ? splitGlued(t.word) : null;
    if (split) out.push({ kind: 'word', word: split[0], attached: false }, { kind: 'word', word: split[1], attached: false });
    else out.push(t);
  }
  return out;
}

// Words a unit phrase may hold besides magnitudes and currencies ("Đơn vị tính: triệu đồng",
// "(ĐVT: USD)", "Unit: USD thousand"), folded. Any other word means the brackets say something else:
// "(ngân hàng)" is a bank, not ×1000; "(tỷ giá …)" a rate, not ×10⁹; "(Yên Bái)" a province, not JPY.
// "(triệu đồng, làm tròn nghìn)" says how it is rounded: still a unit phrase.
const FILLER = new Set(['don', 'vi', 'tinh', 'bang', 'dvt', 'dv', 'unit', 'units', 'in', 'currency', 'of', 'la', 'theo', 'lam', 'tron', 'rounded', 'to', 'nearest']);

/**
 * The unit a phrase states when it is nothing but a unit, "triệu USD", "ĐVT: tỷ đồng", "USD thousand":
 * the largest magnitude and the first currency. Null when the phrase holds any other word or a figure,
 * or names neither.
 */
export function unitPhrase(text: string): HeaderUnit | null {
  const tokens = unitTokens(text);
  let exp = -1;
  let currency: string | null = null;
  for (let i = 0; i < tokens.length; ) {
    const m = matchPhrase(tokens, i, MAGNITUDE_INDEX);
    if (m) {
      // A magnitude only glued to digits ("€m") is a unit word, but states no size without its figure.
      if (!m.value.glued) exp = Math.max(exp, m.value.exp);
      i = m.next;
      continue;
    }
    const c = matchPhrase(tokens, i, HEADER_CURRENCY_INDEX);
    if (c) {
      currency ??= c.value.code;
      i = c.next;
      continue;
    }
    const t = tokens[i];
    if (t.kind === 'num' || (t.kind === 'word' && !FILLER.has(t.word))) return null;
    i++;
  }
  if (exp < 0 && !currency) return null;
  const unit: HeaderUnit = {};
  if (exp >= 0) unit.multiplier = 10 ** exp;
  if (currency) unit.currency = currency;
  return unit;
}

/**
 * Unit written in a header, "(USD)", "(triệu USD)", "(tỷ đồng)": a currency and/or a multiplier.
 * Only brackets that hold a unit phrase count; a later one that names a unit overrides an earlier one.
 */
export function headerUnit(header: string): HeaderUnit {
  const unit: HeaderUnit = {};
  for (const part of bracketed(header)) {
    const u = unitPhrase(part);
    if (!u) continue;
    if (u.multiplier) unit.multiplier = u.multiplier;
    if (u.currency) unit.currency = u.currency;
  }
  return unit;
}
