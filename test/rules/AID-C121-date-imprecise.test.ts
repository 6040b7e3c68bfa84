// AID-C121 date-imprecise: a year, half, quarter or month in a date column is read with its precision
// (a bare year never as an Excel serial) and reported, naming the precision and the span it covers.
import { dateImprecise } from '../../src/core/rules/cell/dateImprecise';
import { ymdToDay } from '../../src/core/parse/date';
import { validateWorkbook } from '../../src/core/validate';
import { d, aidRow, aidSheet, disbSheet, hits, run, sheet, TODAY } from './fixtures';

type Ymd = [number, number, number];
const day = (x: readonly number[]) => ymdToDay(...(x as Ymd));

describe(`${dateImprecise.id} ${dateImprecise.name}`, () => {
  it('is the rule this file tests', () => expect([dateImprecise.id, dateImprecise.name]).toEqual(['AID-C121', 'date-imprecise']));

  it.each([
    [2011, 'year', [2011, 1, 1], [2011, 12, 31]],
    ['2011', 'year', [2011, 1, 1], [2011, 12, 31]],
    ['năm 2011', 'year', [2011, 1, 1], [2011, 12, 31]],
    ['Quý I/2024', 'quarter', [2024, 1, 1], [2024, 3, 31]],
    ['quý 3 năm 2024', 'quarter', [2024, 7, 1], [2024, 9, 30]],
    ['Q2/2024', 'quarter', [2024, 4, 1], [2024, 6, 30]],
    ['Q4 2024', 'quarter', [2024, 10, 1], [2024, 12, 31]],
    ['6 tháng đầu năm 2024', 'half', [2024, 1, 1], [2024, 6, 30]],
    ['6 tháng cuối năm 2024', 'half', [2024, 7, 1], [2024, 12, 31]],
    ['H1 2024', 'half', [2024, 1, 1], [2024, 6, 30]],
    ['tháng 4/2024', 'month', [2024, 4, 1], [2024, 4, 30]],
    ['April 2024', 'month', [2024, 4, 1], [2024, 4, 30]],
    ['02/2024', 'month', [2024, 2, 1], [2024, 2, 29]],
  ] as const)('reads %p in a date column as its %s, reported with its span, and keeps the row', (value, precision, first, last) => {
    const r = run(aidSheet(aidRow(1, { approval: value, start: null, end: null })));
    const issues = r.issues.filter((i) => i.rule === 'AID-C121');
    expect(issues.map((i) => i.cell)).toEqual(['F2']);
    expect(issues[0].severity).toBe('warning');
    expect(issues[0].params).toMatchObject({ precision, first: day(first), last: day(last) });
    const row = r.tables[0].rows[0];
    expect(row.hasError).toBe(false);
    expect(row.v.approvalDate).toBe(day(first));
    expect(row.meta?.approvalDatePrecision).toBe(precision);
  });

  it('never reads the year 2011 as the Excel serial 2011 (03/07/1905), typed as a number or given as the Date a reader makes of it', () => {
    const asDate = new Date(Date.UTC(1905, 6, 3));
    for (const v of [2011, asDate]) {
      const r = run(disbSheet(['VT-1', v, 10, 'USD']));
      expect(r.tables[0].rows[0].v.date).toBe(ymdToDay(2011, 1, 1));
      expect(r.issues.filter((i) => i.rule === 'AID-C121').map((i) => [i.cell, i.params.value])).toEqual([['B2', '2011']]);
    }
  });

  it('names the precision in each language', () => {
    const at = (lang: 'vi' | 'en') => validateWorkbook({ sheets: [aidSheet(aidRow(1, { approval: 'Quý I/2024' }))] }, { today: TODAY, lang }).issues.find((i) => i.rule === 'AID-C121')!.message;
    expect(at('vi')).toContain('chỉ ghi đến quý (từ 01/01/2024 đến 31/03/2024)');
    expect(at('en')).toContain('gives only the quarter (Jan 1, 2024 to Mar 31, 2024)');
  });

  it('near misses: full days, and periods where a period belongs (implemented capital, a rate table by year)', () => {
    expect(hits('AID-C121', aidSheet(aidRow(1), aidRow(2, { approval: d(2011, 7, 3) })))).toEqual([]);
    const impl = sheet('Impl', [['Mã số dự án', 'Kỳ', 'Vốn thực hiện (USD)'], ['P1', 'Quý I/2024', 10], ['P1', 2024, 5]]);
    expect(hits('AID-C121', impl)).toEqual([]);
    const rates = sheet('Rates', [['Loại tiền', 'Năm', 'Tỷ giá quy đổi VND'], ['USD', 2024, 25_000], ['USD', '2025', 25_500]]);
    expect(hits('AID-C121', rates)).toEqual([]);
  });
});
