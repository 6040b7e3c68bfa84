// Every AID.* function, in the order Excel lists them. Each is declared once, docs and implementation
// together, in the file of its family (see define.ts); Excel's entry (functions.ts, written from this
// list), the formula-engine test and the benchmark all call through this table.
import { AMOUNT, CURRENCY, TEXT, WORDS } from './amounts';
import { CHECK } from './check';
import { COUNTRY, PROVINCE, SECTOR, UNICODE } from './codes';
import { CONVERT, RATE } from './convert';
import type { AidFunction } from './define';
import { SUMMARY } from './summary';

export type { AidFunction, ParamDef, ParamType } from './define';

export const AID_FUNCTIONS: readonly AidFunction[] = [
  AMOUNT, CURRENCY, CONVERT, RATE, SECTOR, COUNTRY, PROVINCE, CHECK, SUMMARY, TEXT, WORDS, UNICODE,
];

export function aidFunction(name: string): AidFunction {
  const fn = AID_FUNCTIONS.find((x) => x.name === name.toUpperCase());
  if (!fn) throw new Error(`no AID.${name}`);
  return fn;
}
