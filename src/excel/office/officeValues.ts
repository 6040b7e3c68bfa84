// Range.values as the engine's RawValue. Excel gives numbers (dates as serials), booleans, strings,
// "" for an empty cell and an error as its text ("#N/A").
import type { RawValue } from '../../core/model';

/**
 * Excel's error values. A text cell that reads exactly like one is taken for the error: telling them
 * apart would need Range.valueTypes, which doubles every read for a case no register has.
 */
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!']);

export function rawFromOffice(v: unknown): RawValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return s.charCodeAt(0) === 35 /* # */ && ERRORS.has(s) ? { error: s } : s;
}

/** "'Kế hoạch 2024'!A3:T90" → "A3:T90". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}
