// Amounts in Vietnamese words, as accountants write them on vouchers and in reports
// ("Một trăm hai mươi lăm triệu đồng"). The reading rules are the spoken ones:
//   - tens: "mười" for 10–19, "mươi" from 20; a zero ten before a unit is "linh" ("một trăm linh năm");
//   - units: 1 after a ten of 2 or more is "mốt", 5 after any ten is "lăm", 4 stays "bốn" (the form
//     every region accepts on a voucher);
//   - inside a number, a group of three with no hundreds still says "không trăm"
//     ("một triệu không trăm linh năm nghìn");
//   - scales repeat above a billion: "nghìn tỷ", "triệu tỷ".
import { CURRENCY_WORDS_VI } from './currencyWords';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu'];

/** Largest amount read: beyond 15 digits a double no longer holds every dong exactly. */
export const MAX_WORDS_AMOUNT = 999_999_999_999_999;

/** Words of 0–999; `full` says "không trăm" / "linh" as numbers inside a larger one need. */
function threeDigits(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(DIGITS[h], 'trăm');
  if (t === 0) {
    if (u > 0 && out.length > 0) out.push('linh');
  } else if (t === 1) {
    out.push('mười');
  } else {
    out.push(DIGITS[t], 'mươi');
  }
  if (u > 0) {
    if (u === 1 && t >= 2) out.push('mốt');
    else if (u === 5 && t >= 1) out.push('lăm');
    else out.push(DIGITS[u]);
  }
  return out;
}

/** Words of a whole number 0 ≤ n ≤ MAX_WORDS_AMOUNT, lower case. */
export function integerWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORDS_AMOUNT) throw new RangeError(`integerWords: ${n}`);
  if (n === 0) return DIGITS[0];
  const words: string[] = [];
  // Up to 15 digits: at most one "tỷ", with thousands of billions read before it ("một nghìn tỷ").
  const billions = Math.floor(n / 1e9);
  if (billions > 0) words.push(...blockWords(billions, false), 'tỷ');
  const rest = n % 1e9;
  if (rest > 0) words.push(...blockWords(rest, billions > 0));
  return words.join(' ');
}

/** Words of 1–999,999,999 as millions, thousands and units; `inside` when digits precede it. */
function blockWords(block: number, inside: boolean): string[] {
  const groups = [Math.floor(block / 1e6), Math.floor(block / 1e3) % 1e3, block % 1e3];
  const out: string[] = [];
  for (let g = 0; g < 3; g++) {
    if (groups[g] === 0) continue;
    out.push(...threeDigits(groups[g], inside || out.length > 0));
    if (SCALES[2 - g]) out.push(SCALES[2 - g]);
  }
  return out;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An amount in words with its currency: "Một trăm hai mươi lăm triệu đồng",
 * "Ba nghìn đô la Mỹ và năm mươi xu". VND is read to the whole dong; other currencies to two
 * decimals, the minor unit read after "và". Throws RangeError outside ±MAX_WORDS_AMOUNT.
 */
export function amountWordsVi(amount: number, currency = 'VND'): string {
  if (!Number.isFinite(amount)) throw new RangeError(`amountWordsVi: ${amount}`);
  const cur = currency.trim().toUpperCase() || 'VND';
  const names = CURRENCY_WORDS_VI[cur] ?? { major: cur, minor: null };
  const abs = Math.abs(amount);
  const cents = cur === 'VND' || names.minor === null ? 0 : Math.round(abs * 100) % 100;
  const whole = cur === 'VND' || names.minor === null ? Math.round(abs) : Math.floor(Math.round(abs * 100) / 100);
  if (whole > MAX_WORDS_AMOUNT) throw new RangeError(`amountWordsVi: ${amount}`);
  let text = `${integerWords(whole)} ${names.major}`;
  if (cents > 0 && names.minor) text += ` và ${integerWords(cents)} ${names.minor}`;
  const negative = amount < 0 && (whole > 0 || cents > 0);
  return capitalise(negative ? `âm ${text}` : text);
}
