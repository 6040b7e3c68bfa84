// Summaries of records dated by a month, quarter or year (AID-C121) and converted with rate tables kept
// by year or month: such a record counts only in a period that holds its whole span, the ledger still
// reconciles, and a rate written for a year applies within that year only.
import type { RawValue } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { RateTable, summarise } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import { d, TODAY } from './rules/fixtures';

const AID = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Loại tiền', 'Giá trị cam kết'];
const DISB = ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân'];
const FDI = ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Vốn đăng ký (USD)'];

function book(sheets: Record<string, RawValue[][]>) {
  return validateWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }, { today: TODAY });
}
const aid = (id: string, approval: RawValue, committed = 1000, currency = 'USD'): RawValue[] => [id, `Dự án ${id}`, 'KOICA', 'Y tế', approval, currency, committed];

describe('records dated by a month, quarter or year', () => {
  const v = book({
    Aid: [AID, aid('A1', d(2024, 2, 10)), aid('A2', 'Quý I/2024', 2000), aid('A3', 2023, 4000)],
    Disb: [DISB, ['A1', d(2024, 2, 15), 10], ['A1', '2024', 100], ['A2', 'tháng 3/2024', 50]],
    FDI: [FDI, ['P1', 'Dự án P1', 'LG', 'Hàn Quốc', '6 tháng đầu năm 2024', 'C', 5_000_000], ['P2', 'Dự án P2', 'LG', 'Hàn Quốc', d(2024, 1, 5), 'C', 1_000_000]],
  });

  it('are read as their span, with a warning each and no error', () => {
    expect(v.issues.filter((i) => i.rule === 'AID-C121').map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Aid!E3', 'Aid!E4', 'Disb!B3', 'Disb!B4', 'FDI!E2']);
    expect(v.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('count in a period that holds them whole: the year 2024 holds all of 2024', () => {
    const s = summarise(v.tables, { period: parsePeriod({ year: 2024 }), currency: 'USD' });
    expect([s.aid.projects, s.aid.committed, s.aid.disbursed]).toEqual([2, 3000, 160]);
    expect(s.fdi.newProjects).toEqual({ count: 2, capital: 6_000_000 });
    expect(s.aid.notCounted).toBe(0);
  });

  it('count nowhere in a period they run past: Q1 2024 holds "Quý I/2024" and "tháng 3/2024" but not "2024"', () => {
    const s = summarise(v.tables, { period: parsePeriod({ period: '2024-Q1' }), currency: 'USD' });
    expect([s.aid.projects, s.aid.committed, s.aid.disbursed]).toEqual([2, 3000, 60]);
    // The year-dated disbursement is neither in the quarter nor in the cumulative figure to its end.
    expect(s.aid.cumulative.disbursed).toBe(60);
    expect(s.aid.notCountedReasons).toEqual([{ rule: 'date-too-coarse', count: 1 }]);
    const disb = s.aid.rows.find((r) => r.kind === 'aid-disbursements')!;
    expect(disb.read).toBe(disb.counted + disb.notCounted + disb.afterPeriod);
    expect([disb.counted, disb.notCounted]).toEqual([2, 1]);
    // The FDI project certified in "6 tháng đầu năm 2024" runs past Q1: not a new project of the quarter.
    expect(s.fdi.newProjects).toEqual({ count: 1, capital: 1_000_000 });
    expect(s.fdi.notCountedReasons).toContainEqual({ rule: 'date-too-coarse', count: 1 });
  });

  it('in February 2024 only the day-dated records count; the quarter-approved project is not a February project', () => {
    const s = summarise(v.tables, { period: parsePeriod({ period: '2024-02' }), currency: 'USD' });
    expect([s.aid.projects, s.aid.committed, s.aid.disbursed]).toEqual([1, 1000, 10]);
    for (const t of [...s.aid.rows, ...s.fdi.rows]) expect(t.read).toBe(t.counted + t.notCounted + t.afterPeriod);
  });

  it('a record that began before the period and ends in it counts in the cumulative figures only, and the ledger says so', () => {
    const s = summarise(v.tables, { period: parsePeriod({ from: '2024-03-01', to: '2024-12-31' }), currency: 'USD' });
    expect(s.aid.projects).toBe(0); // A1 (10/02) is before; A2 (Q1) began before 1 March
    expect(s.aid.cumulative.committed).toBe(7000);
    const projects = s.aid.rows.find((r) => r.kind === 'aid-projects')!;
    expect(projects.partly).toContainEqual({ rule: 'date-too-coarse', count: 1 });
  });

  it('an earlier year counts whole in a later period\'s cumulative figures', () => {
    const s = summarise(v.tables, { period: parsePeriod({ period: '2024-Q1' }), currency: 'USD' });
    expect(s.aid.cumulative.committed).toBe(7000);
  });
});

describe('rate tables kept by year or by month', () => {
  const rates = (dateHeader: string, ...rows: RawValue[][]): [string, RawValue[][]] => ['Tỷ giá', [['Loại tiền', dateHeader, 'Tỷ giá quy đổi VND'], ...rows]];

  it('a rate for a year applies within that year only', () => {
    const [name, rows] = rates('Năm', ['USD', 2023, 23_500], ['USD', '2024', 25_000]);
    const v = book({ [name]: rows, Aid: [AID, aid('A1', d(2023, 6, 1), 23_500_000, 'VND'), aid('A2', d(2024, 6, 1), 25_000_000, 'VND'), aid('A3', d(2025, 6, 1), 1_000_000, 'VND')] });
    const t = new RateTable(v.tables.find((x) => x.info.kind === 'exchange-rates')!.rows);
    expect(t.rateFor('USD', ymdToDay(2023, 12, 31), 'VND')).toBe(23_500);
    expect(t.rateFor('USD', ymdToDay(2024, 1, 1), 'VND')).toBe(25_000);
    expect(t.rateFor('USD', ymdToDay(2025, 1, 1), 'VND')).toBeNull();
    const s = summarise(v.tables, { period: parsePeriod({ from: '2023-01-01', to: '2025-12-31' }), currency: 'USD' });
    expect(s.aid.committed).toBe(2000);
    // Said first: one VND amount (2025) has no rate to USD.
    expect(s.warnings).toEqual([{ code: 'no-rate', part: 'aid', currency: 'VND', to: 'USD', count: 1 }]);
    expect(v.issues.filter((i) => i.rule === 'AID-X308').map((i) => i.params.count)).toEqual([1]);
  });

  it('a rate for a month ("01/2024", "tháng 2/2024") applies within that month only', () => {
    const [name, rows] = rates('Tháng', ['USD', '01/2024', 24_000], ['USD', 'tháng 2/2024', 24_500]);
    const v = book({ [name]: rows });
    expect(v.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const t = new RateTable(v.tables[0].rows);
    expect(t.rateFor('USD', ymdToDay(2024, 1, 31), 'VND')).toBe(24_000);
    expect(t.rateFor('USD', ymdToDay(2024, 2, 29), 'VND')).toBe(24_500);
    expect(t.rateFor('USD', ymdToDay(2024, 3, 1), 'VND')).toBeNull();
  });

  it('a rate from a day stays in force until the next row, as before', () => {
    const [name, rows] = rates('Áp dụng từ ngày', ['USD', d(2024, 1, 1), 24_000]);
    const t = new RateTable(book({ [name]: rows }).tables[0].rows);
    expect(t.rateFor('USD', ymdToDay(2030, 1, 1), 'VND')).toBe(24_000);
  });
});
