// Register rows for tests, written as { columnKey: value } and laid out in the register's own
// column order (our templates' order), with Excel serials for dates.
import { dayToExcelSerial, ymdToDay } from '../../src/core/parse/date';
import { registerDef, type RegisterKind } from '../../src/core/schema/registers';

export const serial = (y: number, m: number, d: number): number => dayToExcelSerial(ymdToDay(y, m, d));

export function headerOf(kind: RegisterKind, lang: 'vi' | 'en' = 'vi'): string[] {
  return registerDef(kind).columns.map((c) => c[lang]);
}

/** The row's cells in column order; columns not given are blank (null). */
export function rowOf<T>(kind: RegisterKind, values: Readonly<Record<string, T>>): (T | null)[] {
  return registerDef(kind).columns.map((c) => values[c.key] ?? null);
}
