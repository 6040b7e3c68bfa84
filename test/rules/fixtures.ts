// Registers in a few rows for the rule tests: one aid project register, its disbursements, FDI projects,
// and the engine run on them in English, as of a fixed today.
import type { RawValue, SheetInput } from '../../src/core/model';
import { dayToExcelSerial, ymdToDay } from '../../src/core/parse/date';
import { validateWorkbook } from '../../src/core/validate';

export const TODAY = ymdToDay(2026, 11, 23);
export const d = (y: number, m: number, day: number) => dayToExcelSerial(ymdToDay(y, m, day));

export const AID_HEADER = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Quốc gia tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Ngày bắt đầu', 'Ngày kết thúc', 'Loại tiền', 'Giá trị cam kết', 'Tình trạng'];
type AidRow = Partial<Record<'id' | 'title' | 'donor' | 'country' | 'sector' | 'approval' | 'start' | 'end' | 'currency' | 'committed' | 'status', RawValue>>;
export function aidRow(i: number, o: AidRow = {}): RawValue[] {
  const base: Required<AidRow> = {
    id: `VT-${i}`, title: `Dự án ${i}`, donor: 'World Vision', country: 'Hoa Kỳ', sector: 'Y tế',
    approval: d(2024, 3, 1), start: d(2024, 4, 1), end: d(2026, 4, 1), currency: 'USD', committed: 100_000, status: 'Đang thực hiện',
  };
  const v = { ...base, ...o };
  return [v.id, v.title, v.donor, v.country, v.sector, v.approval, v.start, v.end, v.currency, v.committed, v.status];
}
export const sheet = (name: string, rows: RawValue[][], font?: SheetInput['font']): SheetInput => ({ name, rows, font });
export const aidSheet = (...rows: RawValue[][]) => sheet('Aid', [AID_HEADER, ...rows]);
export const disbSheet = (...rows: RawValue[][]) => sheet('Disb', [['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'], ...rows]);
export const FDI_HEADER = ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Vốn đăng ký (USD)', 'Lao động', 'Tình trạng', 'Ngày chấm dứt'];
export const fdiRow = (code: string, o: Partial<Record<'employees' | 'status' | 'term' | 'registered', RawValue>> = {}): RawValue[] =>
  [code, `Dự án ${code}`, 'LG', 'Hàn Quốc', d(2020, 1, 1), 'C', o.registered ?? 1_000_000, o.employees ?? 100, o.status ?? 'Đang hoạt động', o.term ?? null];

export function run(...sheets: SheetInput[]) {
  return validateWorkbook({ sheets }, { today: TODAY, lang: 'en' });
}
export function hits(ruleId: string, ...sheets: SheetInput[]): string[] {
  return run(...sheets).issues.filter((i) => i.rule === ruleId).map((i) => `${i.sheet}!${i.cell ?? '-'}`);
}
export function fixOf(ruleId: string, ...sheets: SheetInput[]) {
  return run(...sheets).issues.find((i) => i.rule === ruleId)?.fix?.value;
}

