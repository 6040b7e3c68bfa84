// Every AID.* function as plain data: its name, its parameters in order and its implementation.
// Excel's entry (functions.ts), the formula-engine test and the benchmark all call through this
// table, so each function has exactly one implementation.
import { AMOUNT, CURRENCY, TEXT, WORDS } from './amounts';
import { CHECK } from './check';
import { COUNTRY, PROVINCE, SECTOR, UNICODE } from './codes';
import { CONVERT, RATE } from './convert';
import type { FnEnv } from './env';
import type { Matrix } from './matrix';
import { SUMMARY } from './summary';

export interface AidFunction {
  readonly name: string;
  /** Parameter names; optional ones are marked with a trailing "?". */
  readonly params: readonly string[];
  readonly run: (args: readonly unknown[], env: FnEnv) => Matrix;
}

const f = (name: string, params: string[], run: AidFunction['run']): AidFunction => ({ name, params, run });

export const AID_FUNCTIONS: readonly AidFunction[] = [
  f('AMOUNT', ['text', 'currency?'], (a, e) => AMOUNT(a[0], a[1], e)),
  f('CURRENCY', ['text'], (a, e) => CURRENCY(a[0], e)),
  f('CONVERT', ['amount', 'from', 'to', 'date', 'rates'], (a, e) => CONVERT(a[0], a[1], a[2], a[3], a[4], e)),
  f('RATE', ['disbursed', 'committed'], (a, e) => RATE(a[0], a[1], e)),
  f('SECTOR', ['text', 'format?'], (a, e) => SECTOR(a[0], a[1], e)),
  f('COUNTRY', ['text', 'format?'], (a, e) => COUNTRY(a[0], a[1], e)),
  f('PROVINCE', ['text', 'format?'], (a, e) => PROVINCE(a[0], a[1], e)),
  f('CHECK', ['row', 'kind?', 'header?'], (a, e) => CHECK(a[0], a[1], a[2], e)),
  f('SUMMARY', ['table', 'by', 'from?', 'to?', 'currency?', 'related?', 'rates?'], (a, e) => SUMMARY(a[0], a[1], a[2], a[3], a[4], a[5], a[6], e)),
  f('TEXT', ['amount', 'currency?', 'style?', 'language?'], (a, e) => TEXT(a[0], a[1], a[2], a[3], e)),
  f('WORDS', ['amount', 'currency?'], (a, e) => WORDS(a[0], a[1], e)),
  f('UNICODE', ['text', 'font?'], (a, e) => UNICODE(a[0], a[1], e)),
];

export function aidFunction(name: string): AidFunction {
  const fn = AID_FUNCTIONS.find((x) => x.name === name.toUpperCase());
  if (!fn) throw new Error(`no AID.${name}`);
  return fn;
}
