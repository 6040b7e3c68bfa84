// Excel hands a range to a function as a 2D array and a single cell as [[value]]. These helpers
// apply a scalar function over such arrays, so that =AID.AMOUNT(A2:A500) spills one result per
// cell; a cell that fails becomes an error in its place instead of failing the whole range.
import { fail, FunctionError } from './errors';

export type Cell = unknown;
export type Matrix<T = Cell> = T[][];

export function isMatrix(x: unknown): x is Matrix {
  return Array.isArray(x) && x.every((r) => Array.isArray(r));
}

/** A scalar argument that must not be a range (e.g. a currency code). */
export function scalarArg(x: unknown, name: string, lang: 'vi' | 'en'): Cell {
  if (!isMatrix(x)) return x;
  if (x.length === 1 && x[0].length === 1) return x[0][0];
  return fail(lang, 'value', 'single-cell', { name });
}

/** An optional argument naming one of `allowed` (any case); `fallback` when omitted or blank. */
export function option<T extends string>(arg: unknown, name: string, allowed: readonly T[], fallback: T, lang: 'vi' | 'en'): T {
  const v = scalarArg(arg, name, lang);
  if (isBlankCell(v)) return fallback;
  const s = String(v).trim().toLowerCase();
  const hit = allowed.find((a) => a.toLowerCase() === s);
  return hit ?? fail(lang, 'value', 'bad-option', { name, value: String(v), allowed: allowed.join(', ') });
}

/** The value, or the error it raised (kept in place so one bad cell does not hide the others). */
function attempt<T>(fn: () => T): T | FunctionError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
}

/**
 * Applies `fn` to each cell of `x` (a scalar counts as 1×1). With `y`, cells are paired: a 1×1
 * argument is repeated over the other's shape; other shapes must match.
 */
export function lift<R>(x: unknown, fn: (v: Cell) => R): Matrix<R | FunctionError> {
  const m = isMatrix(x) ? x : [[x]];
  return m.map((row) => row.map((v) => attempt(() => fn(v))));
}

export function lift2<R>(x: unknown, y: unknown, fn: (a: Cell, b: Cell) => R, lang: 'vi' | 'en'): Matrix<R | FunctionError> {
  const a = isMatrix(x) ? x : [[x]];
  const b = isMatrix(y) ? y : [[y]];
  const one = (m: Matrix): boolean => m.length === 1 && m[0].length === 1;
  if (one(b)) return a.map((row) => row.map((v) => attempt(() => fn(v, b[0][0]))));
  if (one(a)) return b.map((row) => row.map((v) => attempt(() => fn(a[0][0], v))));
  const sameShape = a.length === b.length && a.every((r, i) => r.length === b[i].length);
  if (!sameShape) {
    fail(lang, 'value', 'shape-mismatch', { a: `${a.length}×${a[0]?.length ?? 0}`, b: `${b.length}×${b[0]?.length ?? 0}` });
  }
  return a.map((row, i) => row.map((v, j) => attempt(() => fn(v, b[i][j]))));
}

/** True for what Excel passes for an empty cell or an omitted argument. */
export function isBlankCell(v: Cell): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
