// Registers passed to a function as ranges (header row included) are read by the engine exactly as
// sheets are: header detection, parsing and rules. A small cache keeps repeated calls over the
// same range (one formula per row pointing at one rates table) from re-reading it each time.
import type { ParsedTable, RawValue, ValidationResult } from '../core/model';
import type { RegisterKind } from '../core/schema/registers';
import { validateWorkbook } from '../core/validate';
import type { FnEnv } from './env';
import { isMatrix } from './matrix';

/** Excel passes empty cells as "" or null; the engine wants them blank either way. */
export function toRows(range: unknown): RawValue[][] {
  if (!isMatrix(range)) return [[range as RawValue]];
  return range.map((row) => row.map((v) => (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null)));
}

const CACHE_SIZE = 8;
const cache = new Map<string, ValidationResult>();

function fingerprint(sheets: readonly { name: string; rows: RawValue[][] }[], env: FnEnv): string {
  let s = `${env.lang}|${env.today}`;
  for (const sh of sheets) {
    s += `\u0003${sh.name}`;
    for (const r of sh.rows) s += `\u0002${r.map((v) => (v === null ? '' : typeof v === 'string' ? `s${v}` : `${typeof v}${String(v)}`)).join('\u0001')}`;
  }
  return s;
}

/** Validates ranges as sheets of one workbook (so cross-register rules see them together). */
export function readRanges(sheets: readonly { name: string; rows: RawValue[][] }[], env: FnEnv): ValidationResult {
  const key = fingerprint(sheets, env);
  const hit = cache.get(key);
  if (hit) return hit;
  const result = validateWorkbook({ sheets }, { lang: env.lang, locale: env.lang, today: env.today });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

export function tableOf(result: ValidationResult, kind: RegisterKind): ParsedTable | undefined {
  return result.tables.find((t) => t.info.kind === kind);
}
