// Summaries of records dated by a month, quarter or year (AID-C121) and converted with rate tables kept
// by year or month: such a record counts only in a period that holds its whole span, the ledger still
// reconciles, and a rate written for a year applies within that year only.
import type { RawValue } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { RateTable, summarise } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import { summaryParagraph } from '../src/core/plan/summary/paragraph';
import { printSummary, summaryJson } from '../src/cli/report';
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

describe('a VND-only workbook without a rate table, summarised in USD (the default)', () => {
  const rows: RawValue[][] = [
    [...AID, 'Giải ngân lũy kế'],
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', d(2024, 2, 10), 'VND', 5e9, 1e9],
    ['VT02', 'Học bổng', 'ChildFund', 'Y tế', d(2024, 3, 5), 'VND', 2e9, 2e9],
  ];
  const v = book({ 'Dự án': rows });
  const usd = summarise(v.tables, { period: parsePeriod({ year: 2024 }), currency: 'USD' });

  it('validates with one warning naming the currency, the count, the sheet and what to do', () => {
    expect(v.issues.map((i) => [i.rule, i.params.currency, i.params.count])).toEqual([['AID-X308', 'VND', 2]]);
  });

  it('says so first in the JSON and the text', () => {
    expect(summaryJson(usd).warnings).toEqual([{ code: 'no-rate', part: 'aid', currency: 'VND', to: 'USD', count: 2, message: '2 amounts in VND have no rate to USD: not counted' }]);
    expect(printSummary(usd, 'vi').split('\n')[1]).toBe('! 2 số tiền bằng VND không có tỷ giá sang USD: không được tính');
  });

  it('the paragraph states no aid figure the data cannot give (not "approved no new aid", not "0 USD")', () => {
    for (const lang of ['vi', 'en'] as const) {
      const p = summaryParagraph(usd, lang);
      expect(p).not.toMatch(/\b0 USD|USD 0\b|chưa phê duyệt|approved no/);
    }
    expect(summaryParagraph(usd, 'vi')).toBe('Lưu ý: 2 số tiền bằng VND không có tỷ giá sang USD: không được tính. Năm 2024, chưa nêu được số liệu viện trợ bằng USD vì có số tiền bằng VND chưa có tỷ giá sang USD; cần bổ sung tỷ giá, hoặc lập tổng hợp bằng VND.');
    expect(summaryParagraph(usd, 'en')).toContain('aid figures cannot be given in USD: amounts in VND have no exchange rate to USD; add the rates, or summarise in VND.');
  });

  it('in VND the same workbook gives its figures, with no warning', () => {
    const vnd = summarise(v.tables, { period: parsePeriod({ year: 2024 }), currency: 'VND' });
    expect(vnd.warnings).toEqual([]);
    expect([vnd.aid.projects, vnd.aid.committed, vnd.aid.cumulative.disbursed]).toEqual([2, 7e9, 3e9]);
    expect(summaryParagraph(vnd, 'vi')).toContain('toàn tỉnh đã phê duyệt 2 khoản viện trợ với tổng giá trị cam kết 7 tỷ đồng');
  });
});

describe('disbursed with no disbursement register ("Giải ngân lũy kế" only): text and JSON', () => {
  const rows: RawValue[][] = [
    [...AID, 'Giải ngân lũy kế'],
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', d(2024, 2, 10), 'USD', 1_000_000, 400_000],
    ['VT02', 'Học bổng', 'ChildFund', 'Y tế', d(2023, 3, 5), 'USD', 500_000, 500_000],
  ];
  const s = summarise(book({ 'Dự án': rows }).tables, { period: parsePeriod({ year: 2024 }), currency: 'USD' });

  it('JSON: the period\'s disbursed, rate, its denominator, last year\'s and the change are null; the cumulative comes from the column', () => {
    const aid = summaryJson(s).aid;
    if (!aid.hasRegister) throw new Error('the workbook holds an aid register');
    const j = aid;
    expect([j.disbursed, j.rate, j.committedOfPaid, j.change.disbursed, j.qualifiers.disbursed]).toEqual([null, null, null, null, null]);
    expect(j.previous === null || j.previous.disbursed === null).toBe(true);
    expect(j.cumulative).toEqual({ committed: 1_500_000, disbursed: 900_000, rate: 0.6, source: 'disbursedToDate' });
    for (const g of [...j.bySector, ...j.byDonor]) expect([g.disbursed, g.rate]).toEqual([null, null]);
  });

  it('text: "not known", never 0, and the cumulative line says where it comes from', () => {
    const vi = printSummary(s, 'vi');
    expect(vi).toContain('Giải ngân trong kỳ: không xác định (không có bảng giải ngân)');
    expect(vi).toContain('[theo cột Giải ngân lũy kế]');
    expect(vi).not.toMatch(/Giải ngân trong kỳ: 0/);
    expect(printSummary(s, 'en')).toContain('Disbursed in period: not known (no disbursement register)');
  });

  it('the paragraph states the cumulative figure as such and no disbursement of the period', () => {
    const vi = summaryParagraph(s, 'vi');
    expect(vi).not.toMatch(/giải ngân đạt|\(0%\)/);
    expect(vi).toContain('giải ngân lũy kế theo sổ dự án đạt 900 nghìn USD, bằng 60% tổng cam kết');
    const en = summaryParagraph(s, 'en');
    expect(en).not.toMatch(/disbursements reached/);
    expect(en).toContain('cumulative disbursements in the project register reached');
  });
});

describe('a report period written as registers write it', () => {
  it.each([
    ['Quý I/2024', '2024-Q1'], ['quý 3 năm 2024', '2024-Q3'], ['Q2/2024', '2024-Q2'], ['6 tháng đầu năm 2024', '2024-H1'],
    ['6 tháng cuối năm 2024', '2024-H2'], ['năm 2024', '2024'], ['tháng 4/2024', '2024-04'], ['H1 2024', '2024-H1'],
  ])('%p is the period %s', (text, label) => {
    expect(parsePeriod({ period: text })).toEqual(parsePeriod({ period: label }));
  });
});

describe('a summary where some aid amounts have no rate', () => {
  const rows: RawValue[][] = [
    AID,
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', d(2024, 2, 10), 'USD', 100_000],
    ['VT02', 'Học bổng', 'Caritas Đức', 'Y tế', d(2024, 3, 5), 'EUR', 50_000],
    ['VT03', 'Trạm y tế', 'Caritas Đức', 'Y tế', d(2023, 4, 5), 'EUR', 20_000],
  ];
  const v = book({ 'Dự án': rows });

  it('states the figures it can give, saying what they leave out', () => {
    const s = summarise(v.tables, { period: parsePeriod({ year: 2024 }), currency: 'USD' });
    expect(summaryParagraph(s, 'vi')).toBe('Lưu ý: 2 số tiền bằng EUR không có tỷ giá sang USD: không được tính. Năm 2024, toàn tỉnh đã phê duyệt 1 khoản viện trợ với tổng giá trị cam kết 100 nghìn USD. Các số liệu viện trợ trên chưa gồm 2 số tiền bằng EUR chưa có tỷ giá sang USD.');
    expect(summaryParagraph(s, 'en')).toContain('These aid figures leave out 2 amounts in EUR with no exchange rate to USD.');
  });

  it('never says "no new aid" when the period\'s only projects are among those left out', () => {
    const s = summarise(v.tables, { period: parsePeriod({ period: '2024-03' }), currency: 'USD' });
    const p = summaryParagraph(s, 'vi');
    expect(p).not.toContain('chưa phê duyệt');
    expect(p).toContain('Tháng 3/2024, không có khoản viện trợ mới nào tính được bằng USD');
  });
});
