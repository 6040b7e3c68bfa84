// AID-C117 unit-converted: an amount whose text names another currency than its column's is counted
// converted with the workbook's rate in force on the row's date, with a warning naming both units and the
// converted figure (in the column's unit) as fix; without a rate it is AID-C118's, never counted as written.
import { unitConverted } from '../../src/core/rules/cell/unitConverted';
import type { RawValue } from '../../src/core/model';
import { ymdToDay } from '../../src/core/parse/date';
import { summarise } from '../../src/core/summary';
import { FDI_HEADER, aidRow, aidSheet, d, fdiRow, run, sheet } from './fixtures';

const ratesSheet = (...rows: RawValue[][]) => sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ...rows]);
const RATES = ratesSheet(['USD', d(2019, 1, 1), null, 23_400], ['EUR', d(2019, 1, 1), 1.1, null]);
const fdiSheet = (...rows: RawValue[][]) => sheet('FDI', [FDI_HEADER, ...rows]);
const registeredOf = (r: ReturnType<typeof run>, code: string) =>
  r.tables.find((t) => t.info.kind === 'fdi-projects')!.rows.find((x) => x.v.projectCode === code)!;

describe(`${unitConverted.id} ${unitConverted.name}`, () => {
  it('is the rule this file tests', () => expect([unitConverted.id, unitConverted.name]).toEqual(['AID-C117', 'unit-converted']));

  it('"93.600 tỷ đồng" in an FDI capital column in USD is converted at the rate of its date, not counted as 93,600 billion USD', () => {
    const r = run(fdiSheet(fdiRow('LNG-1', { registered: '93.600 tỷ đồng' })), RATES);
    const issue = r.issues.find((i) => i.rule === 'AID-C117')!;
    expect(issue.cell).toBe('G2');
    expect(issue.severity).toBe('warning');
    const usd = Math.round((93_600e9 / 23_400) * 100) / 100;
    expect(issue.fix?.value).toBe(usd);
    expect(issue.message).toContain('VND');
    expect(issue.message).toContain('(USD)');
    expect(issue.message).toContain('23,400 VND/USD');
    const row = registeredOf(r, 'LNG-1');
    expect(row.v.registered).toBe(usd);
    expect(row.hasError).toBe(false);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // The FDI summary counts it converted, once.
    const y2020 = { from: ymdToDay(2020, 1, 1), to: ymdToDay(2020, 12, 31), label: '2020' };
    expect(summarise(r.tables, { period: y2020, currency: 'USD' }).fdi.newProjects).toEqual({ count: 1, capital: usd });
  });

  it('"2 triệu EUR" in a USD aid row is 2,200,000 USD, named with both units', () => {
    const r = run(aidSheet(aidRow(1, { committed: '2 triệu EUR' })), RATES);
    const issue = r.issues.find((i) => i.rule === 'AID-C117')!;
    expect(issue.fix?.value).toBe(2_200_000);
    expect(r.tables[0].rows[0].v.committed).toBe(2_200_000);
    expect(r.tables[0].rows[0].v.currency).toBe('USD');
  });

  it('the fix is in the column\'s unit: 2 triệu EUR in a "(triệu USD)" column is 2.2', () => {
    const header = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (triệu USD)'];
    const r = run(sheet('Aid', [header, ['VT-1', 'Dự án', 'JICA', 'Y tế', d(2024, 3, 1), '2 triệu EUR']]), RATES);
    const issue = r.issues.find((i) => i.rule === 'AID-C117')!;
    expect(issue.fix?.value).toBe(2.2);
    // The column's unit as the register writes it (its headers are Vietnamese).
    expect(issue.message).toContain('(triệu USD)');
    expect(r.tables.find((t) => t.info.kind === 'aid-projects')!.rows[0].v.committed).toBe(2_200_000);
  });

  it('uses the rate in force on the row\'s date', () => {
    const rates = ratesSheet(['EUR', d(2019, 1, 1), 1.1, null], ['EUR', d(2024, 1, 1), 1.25, null]);
    const r = run(aidSheet(aidRow(1, { committed: '1.000 EUR', approval: d(2023, 6, 1) }), aidRow(2, { committed: '1.000 EUR', approval: d(2024, 6, 1) })), rates);
    expect(r.issues.filter((i) => i.rule === 'AID-C117').map((i) => i.fix?.value)).toEqual([1100, 1250]);
  });

  it('an amount in its column\'s own currency is not converted', () => {
    const r = run(fdiSheet(fdiRow('A', { registered: '1,5 triệu USD' })), RATES);
    expect(r.issues.some((i) => i.rule === 'AID-C117')).toBe(false);
    expect(registeredOf(r, 'A').v.registered).toBe(1_500_000);
  });
});
