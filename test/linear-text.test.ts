// Nothing the engine does to a cell's or a header's text grows worse than linearly with its length.
// Each text function, and a whole validation, runs on 25,000- and 100,000-character pathological texts
// (32,000 "(" once took the header reader 0.4 s; long runs of digits, dots, spaces, repeated words
// feed the amount, date, code and label readers). No absolute time is asserted: the work on 4n
// characters must stay under 10× the work on n (linear gives 4×, quadratic 16×), each the best of a
// few runs in CPU time, with a floor so that functions that stop early are not judged on timer noise.
import type { RawValue, SheetInput } from '../src/core/model';
import { headerUnit, unitPhrase } from '../src/core/parse/headerUnit';
import { parseAmount, detectCurrencyWord } from '../src/core/parse/amount';
import { parseDate } from '../src/core/parse/date';
import { detectLegacy, legacyToUnicode, repairLegacy, legacyUnderSomeFont } from '../src/core/parse/legacy';
import { prefold, scan } from '../src/core/parse/amountScan';
import { cleanSpaces, fold, hasStraySpaces, idKey, nfc } from '../src/core/base/text';
import { CODE_LISTS, matchProvince, matchVsic } from '../src/core/codes';
import { isTotalsText, totalsKind, subtotalMarker } from '../src/core/validate/rowClass';
import { isSignatureText, mayStartHeading, mayStartRole } from '../src/core/validate/rowRoles';
import { unitOf } from '../src/core/detect/unitLine';
import { stripParens } from '../src/core/detect/labels';
import { validateWorkbook } from '../src/core/validate';
import { generateSample } from '../src/sample/generate';

const N = 25_000;

/** Texts of about `n` characters that make a backtracking or re-scanning reader slow. */
function pathological(n: number): Record<string, string> {
  const rep = (s: string): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  return {
    openParens: rep('('),
    openParensClosed: `${rep('(')})`,
    parenPairs: rep('()'),
    nested: `Vốn ${rep('(')}triệu USD${')'.repeat(50)}`,
    digits: rep('1'),
    digitsThenX: `${rep('1')}x`,
    dots: rep('.'),
    digitDots: rep('1.'),
    digitCommas: `${rep('1,')}5`,
    digitSpaces: rep('1 '),
    spaces: `${rep(' ')}x`,
    dashes: rep('1-'),
    slashes: rep('1/'),
    exponent: rep('1e'),
    words: rep('triệu đồng '),
    ngayThang: `ngay ${rep('thang ')}`,
    dateWords: rep('ngày 1 tháng '),
    totals: rep('Tổng cộng '),
    roman: rep('I'),
    letters: rep('a'),
    legacy: rep('Dù ¸n '),
    vni: rep('Döï aùn '),
    mixed: rep('VN-01/2024 (USD) 1.234,5 '),
    underscores: rep('_x00'),
  };
}

type TextFn = (s: string) => unknown;

const FUNCTIONS: Record<string, TextFn> = {
  headerUnit, unitPhrase, unitOf, stripParens,
  parseAmount: (s) => parseAmount(s),
  parseAmountEn: (s) => parseAmount(s, { locale: 'en' }),
  detectCurrencyWord, parseDate: (s) => parseDate(s),
  scan: (s) => scan(prefold(s)),
  detectLegacy: (s) => detectLegacy(s), detectLegacyFont: (s) => detectLegacy(s, '.VnTime'),
  legacyToUnicode: (s) => legacyToUnicode(s, 'tcvn3'), repairLegacy: (s) => repairLegacy(s, 'VNI-Times'),
  legacyUnderSomeFont,
  fold, nfc, cleanSpaces, hasStraySpaces, idKey,
  sectors: (s) => CODE_LISTS.sectors.match(s), countries: (s) => CODE_LISTS.countries.match(s),
  currencies: (s) => CODE_LISTS.currencies.match(s), statuses: (s) => CODE_LISTS.aidStatuses.match(s),
  matchProvince, matchVsic,
  isTotalsText, totalsKind, subtotalMarker, isSignatureText, mayStartHeading, mayStartRole,
};

/**
 * Best of `runs` timings of f, in ms of this process's CPU time: on a shared machine the wall clock
 * also counts the time other processes had the CPU, which a longer run meets more often.
 */
function best(f: () => void, runs = 2): number {
  let min = Infinity;
  // One untimed call first: the heap grows to what the text needs. On a virtual machine where a first
  // touch of a page costs 10–15 µs, an allocating reader's first call on 400k characters took a
  // hundred times its call on 25k, page faults and all, though its work grows linearly.
  f();
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    min = Math.min(min, (d.user + d.system) / 1000);
  }
  return min;
}

const FLOOR_MS = 2;
const FACTOR = 10;
/**
 * At 16× the input: linear is 16× (and noise, and the memory a larger heap touches: up to 134× for an
 * allocating reader under the suite's load on a virtual machine), quadratic 256×.
 */
const HUGE_FACTOR = 160;
/** A 4× run this long is no noise: judged without the 16× run (which would take minutes if quadratic). */
const CLEARLY_SLOW_MS = 500;

describe('text functions are linear on 100k-character pathological texts', () => {
  const small = pathological(N);
  const large = pathological(4 * N);
  /** 16× texts, made only when a function looks slow at 4×. */
  let hugeTexts: Record<string, string> | undefined;

  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    it(name, () => {
      const slow: string[] = [];
      for (const kind of Object.keys(small)) {
        // Fresh strings each run: memos keyed by text must not answer the timed call.
        const t1 = best(() => { fn(`${small[kind]} `.slice(0, -1)); });
        const t4 = best(() => { fn(`${large[kind]} `.slice(0, -1)); });
        if (t4 > FACTOR * Math.max(t1, FLOOR_MS)) {
          // Measured again before judging, so that a burst of load on the machine (or a collection
          // of the large strings, which counts as this process's CPU) is not taken for it; and at 16×
          // too: there a quadratic function takes 256× as long, a linear one 16× plus noise.
          const again1 = best(() => { fn(`${small[kind]} `.slice(0, -1)); }, 3);
          const again4 = best(() => { fn(`${large[kind]} `.slice(0, -1)); }, 3);
          if (again4 > FACTOR * Math.max(again1, FLOOR_MS) && again4 > CLEARLY_SLOW_MS) slow.push(`${kind}: ${again1.toFixed(1)} ms → ${again4.toFixed(1)} ms`);
          else if (again4 > FACTOR * Math.max(again1, FLOOR_MS)) {
            const huge = (hugeTexts ??= pathological(16 * N))[kind];
            const again16 = best(() => { fn(`${huge} `.slice(0, -1)); }, 3);
            if (again16 > HUGE_FACTOR * Math.max(again1, FLOOR_MS)) slow.push(`${kind}: ${again1.toFixed(1)} ms → ${again4.toFixed(1)} ms → ${again16.toFixed(1)} ms (16×)`);
          }
        }
      }
      expect(slow).toEqual([]);
    });
  }
});

describe('stripParens, made linear, strips what its regex stripped', () => {
  it('on every short text of "(", ")", "a", "*"', () => {
    const old = (s: string): string => s.replace(/\([^)]*\)/g, ' ').replace(/[*¹²³]+/g, ' ');
    const alphabet = ['(', ')', 'a', '*'];
    for (let len = 0; len <= 7; len++) {
      for (let k = 0; k < alphabet.length ** len; k++) {
        let t = '';
        for (let i = 0, x = k; i < len; i++, x = Math.floor(x / alphabet.length)) t += alphabet[x % alphabet.length];
        expect(stripParens(t)).toBe(old(t));
      }
    }
  });
});

/** The aid register of a small sample, with pathological texts in its header, its cells and below it. */
function workbookWith(texts: Record<string, string>): SheetInput[] {
  const book = generateSample({ aidProjects: 30, fdiProjects: 5, today: 20_400, plant: false });
  const aid = book.sheets[0];
  const rows: RawValue[][] = aid.rows.map((r) => [...(r ?? [])]);
  const header = rows.findIndex((r) => r.filter((v) => typeof v === 'string').length > 8);
  const values = Object.values(texts);
  const width = rows[header].length;
  // A header of its own to the right, and the texts in every column of some data rows.
  rows[header].push(values[0]);
  for (let i = 0; i < values.length; i++) {
    const r = header + 2 + i;
    if (r < rows.length) rows[r] = rows[r].map((v, c) => (c % 3 === i % 3 ? values[(i + c) % values.length] : v));
  }
  for (const v of values) rows.push([v, ...Array.from({ length: width - 1 }, () => null)]);
  return [{ name: aid.name, rows }, { name: 'Văn bản', rows: values.map((v) => [v, v]) }];
}

describe('a whole validation is linear in the length of its texts', () => {
  it('validateWorkbook on a register holding pathological texts', () => {
    const small = workbookWith(pathological(N));
    const large = workbookWith(pathological(4 * N));
    const run = (sheets: SheetInput[]): number => best(() => { validateWorkbook({ sheets }, { today: 20_400 }); }, 2);
    const t1 = run(small);
    const t4 = run(large);
    expect(t4).toBeLessThan(FACTOR * Math.max(t1, 20));
  });
});
