// AID-X308 no-rate-to-report: amounts with no rate to USD (the default report currency) are said once per
// currency, with their count and sheets, in a one-currency workbook too; missing-rate (AID-X305) keeps
// reporting each such amount as an error where the workbook mixes currencies.
import { noRateToReport } from '../../src/core/rules/cross/noRateToReport';
import { d, aidRow, sheet, aidSheet, disbSheet, run } from './fixtures';

const x308 = (...sheets: Parameters<typeof run>) => run(...sheets).issues.filter((i) => i.rule === noRateToReport.id);

describe(`${noRateToReport.id} ${noRateToReport.name}`, () => {
  it('is the rule this file tests', () => expect([noRateToReport.id, noRateToReport.name]).toEqual(['AID-X308', 'no-rate-to-report']));

  it('warns once for a VND-only workbook without a rate table, naming how many amounts and where, and what to do', () => {
    const aid = aidSheet(aidRow(1, { currency: 'VND', committed: 5e9 }), aidRow(2, { currency: 'VND', committed: 7e9 }));
    const disb = disbSheet(['VT-1', d(2024, 5, 1), 1e9, null], ['VT-2', d(2024, 6, 1), 2e9, 'VND']);
    const issues = x308(aid, disb);
    expect(issues).toHaveLength(1);
    const [i] = issues;
    expect([i.severity, i.sheet, i.cell]).toEqual(['warning', 'Aid', null]);
    expect(i.params).toMatchObject({ currency: 'VND', count: 4, registers: '"Aid" 2, "Disb" 2', target: 'USD' });
    expect(i.message).toContain('4 amounts in VND ("Aid" 2, "Disb" 2) have no exchange rate to USD');
    expect(i.message).toContain('or summarise in VND');
    // The one-currency workbook has no per-cell missing-rate errors: its totals in VND stand.
    expect(run(aid, disb).issues.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('in a workbook mixing currencies, tallies per currency what missing-rate reports cell by cell', () => {
    const aid = aidSheet(aidRow(1), aidRow(2, { currency: 'EUR' }), aidRow(3, { currency: 'EUR' }), aidRow(4, { currency: 'JPY', committed: 1e7 }));
    const r = run(aid);
    expect(r.issues.filter((i) => i.rule === 'AID-X305').map((i) => i.cell)).toEqual(['I3', 'I4', 'I5']);
    expect(r.issues.filter((i) => i.rule === noRateToReport.id).map((i) => [i.params.currency, i.params.count])).toEqual([['EUR', 2], ['JPY', 1]]);
  });

  it('says nothing when every amount has a rate on its date, or is in USD', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Năm', 'Tỷ giá quy đổi VND'], ['USD', 2024, 25_000]]);
    expect(x308(aidSheet(aidRow(1, { currency: 'VND', committed: 5e9 })), rates)).toEqual([]);
    expect(x308(aidSheet(aidRow(1), aidRow(2)))).toEqual([]);
  });

  it('counts an amount dated outside the years its rate table covers', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Năm', 'Tỷ giá quy đổi VND'], ['USD', 2024, 25_000]]);
    const aid = aidSheet(aidRow(1, { currency: 'VND', committed: 5e9 }), aidRow(2, { currency: 'VND', committed: 5e9, approval: d(2025, 2, 1), start: d(2025, 3, 1) }));
    expect(x308(aid, rates).map((i) => i.params.count)).toEqual([1]);
  });
});
