// Register rows for tests, written as { columnKey: value } and laid out in the register's own
// column order (our templates' order), with Excel serials for dates.
import { dayToExcelSerial, ymdToDay } from '../../src/core/parse/date';
import { registerDef, templateDef, type RegisterKind } from '../../src/core/schema/registers';

export const serial = (y: number, m: number, d: number): number => dayToExcelSerial(ymdToDay(y, m, d));

export function headerOf(kind: RegisterKind, lang: 'vi' | 'en' = 'vi'): string[] {
  return templateDef(registerDef(kind)).columns.map((c) => c[lang]);
}

/** The row's cells in column order; columns not given are blank (null). */
export function rowOf<T>(kind: RegisterKind, values: Readonly<Record<string, T>>): (T | null)[] {
  return templateDef(registerDef(kind)).columns.map((c) => values[c.key] ?? null);
}

/**
 * A valid aid project, as { columnKey: value }: every rule passes on it. Tests override the cells
 * they are about.
 */
export const VALID_AID_PROJECT: Readonly<Record<string, string | number>> = {
  aidId: 'VT-001', title: 'Nâng cấp trạm y tế', donor: 'JICA', donorCountry: 'Nhật Bản', sector: 'Y tế',
  province: 'Quảng Trị', approvalDate: serial(2024, 3, 1), startDate: serial(2024, 4, 1), endDate: serial(2025, 12, 31),
  currency: 'USD', committed: 100_000, disbursedToDate: 40_000, status: 'Đang thực hiện',
};

/** An aid-projects row in the register's column order: VALID_AID_PROJECT with `over` applied. */
export function aidProjectRow<T>(over: Readonly<Record<string, T>>): (T | string | number | null)[] {
  return rowOf<T | string | number>('aid-projects', { ...VALID_AID_PROJECT, ...over });
}
