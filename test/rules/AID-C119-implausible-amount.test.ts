// AID-C119 implausible-amount: an amount far above what one row of its register can hold (the column's
// plausibleMaxUsd, schema/registers.ts), judged in its own currency (VND through the dearest dollar on
// record) and after a conversion: an error that leaves the row out of money figures.
import { implausibleAmount, plausibleLimit } from '../../src/core/rules/cell/implausibleAmount';
import { requiredMissing } from '../../src/core/rules/cell/requiredMissing';
import type { RawValue } from '../../src/core/model';
import { FDI_PROJECTS, AID_PROJECTS, PLAUSIBLE_MAX_USD, VND_PER_USD_CEILING } from '../../src/core/schema/registers';
import { validateWorkbook } from '../../src/core/validate';
import { forgetSharedFacts } from '../../src/core/validate/engine/cleanCells';
import { FDI_HEADER, TODAY, aidRow, aidSheet, d, fdiRow, run, sheet } from './fixtures';

const fdiSheet = (...rows: RawValue[][]) => sheet('FDI', [FDI_HEADER, ...rows]);
// The workbook-level tally of amounts without a rate to USD (AID-X308) is not this rule's concern.
const rules = (r: ReturnType<typeof run>) => r.issues.filter((i) => i.rule !== 'AID-X308').map((i) => `${i.rule} ${i.cell}`);

describe(`${implausibleAmount.id} ${implausibleAmount.name}`, () => {
  it('is the rule this file tests', () => expect([implausibleAmount.id, implausibleAmount.name]).toEqual(['AID-C119', 'implausible-amount']));

  it('keeps its bounds as named data on the register columns', () => {
    const registered = FDI_PROJECTS.columns.find((c) => c.key === 'registered')!;
    expect(plausibleLimit(registered, 'USD')).toBe(PLAUSIBLE_MAX_USD.fdiProject);
    expect(plausibleLimit(registered, 'VND')).toBe(PLAUSIBLE_MAX_USD.fdiProject * VND_PER_USD_CEILING);
    expect(plausibleLimit(registered, 'EUR')).toBeNull();
    const committed = AID_PROJECTS.columns.find((c) => c.key === 'committed')!;
    expect(plausibleLimit(committed, 'USD')).toBe(PLAUSIBLE_MAX_USD.aidProject);
    expect(plausibleLimit(AID_PROJECTS.columns.find((c) => c.key === 'donor')!, 'USD')).toBeNull();
  });

  it('93,600 billion typed as a number in the FDI USD column (đồng typed as dollars) is reported and left out', () => {
    const r = run(fdiSheet(fdiRow('LNG-1', { registered: 93_600_000_000_000 }), fdiRow('B', { registered: 4_000_000_000 })));
    expect(rules(r)).toEqual(['AID-C119 G2']);
    expect(r.issues[0].severity).toBe('error');
    expect(r.issues[0].message).toContain('50,000,000,000 USD');
    expect(r.tables[0].rows[0].v.registered).toBeNull();
    expect(r.tables[0].rows[0].errorColumns).toEqual(['registered']);
    expect(r.tables[0].rows[1].hasError).toBe(false);
  });

  it('an FDI project above 50 billion USD is reported; 50 billion itself is not', () => {
    expect(rules(run(fdiSheet(fdiRow('A', { registered: 50_000_000_001 }))))).toEqual(['AID-C119 G2']);
    expect(rules(run(fdiSheet(fdiRow('A', { registered: 50_000_000_000 }))))).toEqual([]);
    expect(rules(run(fdiSheet(fdiRow('A', { registered: '60 tỷ USD' }))))).toEqual(['AID-C119 G2']);
  });

  it('a USD aid project above 10 billion (an NGO project of 21 tỷ đồng typed as dollars) is reported', () => {
    expect(rules(run(aidSheet(aidRow(1, { committed: 21_000_000_000 }))))).toEqual(['AID-C119 J2']);
    expect(rules(run(aidSheet(aidRow(1, { committed: 613_500_000 }))))).toEqual([]);
  });

  it('the same figure in VND is plausible (21 tỷ đồng), and a VND bound catches đồng typed in a "(triệu đồng)" column', () => {
    expect(rules(run(aidSheet(aidRow(1, { currency: 'VND', committed: 21_000_000_000 }))))).toEqual([]);
    const header = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (triệu đồng)'];
    const r = run(sheet('Aid', [header, ['VT-1', 'Dự án', 'Plan', 'Y tế', d(2024, 3, 1), 21_000_000_000], ['VT-2', 'Dự án', 'Plan', 'Y tế', d(2024, 3, 1), 21_000]]));
    expect(rules(r)).toEqual(['AID-C119 F2']);
  });

  it('judges each row in its own currency in a long register too (the fast reading bounds dong in dong)', () => {
    // 600 rows, over two of the scanner's blocks: the cheap reading must say what parseCell says.
    const rows: RawValue[][] = [];
    for (let i = 1; i <= 600; i++) rows.push(aidRow(i, { currency: i % 2 === 0 ? 'VND' : 'USD', committed: i % 2 === 0 ? 21_000_000_000 : 100_000 }));
    rows.push(aidRow(601, { currency: 'USD', committed: 21_000_000_000 })); // đồng typed as dollars
    rows.push(aidRow(602, { currency: 'VND', committed: 400_000_000_000_000 })); // above the dong bound
    rows.push(aidRow(603, { currency: 'đồng', committed: 21_000_000_000 })); // dong spelt out
    rows.push(aidRow(604, { currency: ' VND', committed: 21_000_000_000 })); // a currency cell read the slow way
    rows.push(aidRow(605, { currency: 'EUR', committed: 21_000_000_000 })); // no rate: judged once rates are read
    rows.push(aidRow(606, { currency: null, committed: 21_000_000_000 })); // no currency: no bound (the blank currency is the error)
    const r = run(aidSheet(...rows));
    const c119 = r.issues.filter((i) => i.rule === implausibleAmount.id).map((i) => i.cell);
    expect(c119).toEqual(['J602', 'J603']);
    expect(r.issues.filter((i) => i.cell === 'I607').map((i) => i.rule)).toEqual([requiredMissing.id]);
    const byId = new Map(r.tables[0].rows.map((row) => [row.v.aidId, row]));
    expect(byId.get('VT-600')!.v.committed).toBe(21_000_000_000);
    expect(byId.get('VT-601')!.v.committed).toBeNull();
    expect(byId.get('VT-602')!.v.committed).toBeNull();
    expect(byId.get('VT-603')!.v.committed).toBe(21_000_000_000);
    expect(byId.get('VT-604')!.v.committed).toBe(21_000_000_000);
    expect(byId.get('VT-605')!.v.committed).toBe(21_000_000_000);
  });

  it('is judged again after a conversion', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['EUR', d(2019, 1, 1), 1.1, null]]);
    const r = run(fdiSheet(fdiRow('A', { registered: '50 tỷ EUR' })), rates);
    expect(rules(r)).toEqual(['AID-C119 G2']);
    expect(r.tables[0].rows[0].v.registered).toBeNull();
  });

  it('another currency is judged in dollars at the rate of the row\'s date, when the workbook has one', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['JPY', d(2019, 1, 1), 0.0067, null]]);
    const r = run(aidSheet(aidRow(1, { currency: 'JPY', committed: 5e15 }), aidRow(2, { currency: 'JPY', committed: 1e12 })), rates);
    expect(rules(r)).toEqual(['AID-C119 J2']);
    expect(r.issues[0].message).toContain('JPY');
    expect(r.tables.find((t) => t.info.kind === 'aid-projects')!.rows[0].v.committed).toBeNull();
    // Without a rate, nothing is said of it here.
    expect(rules(run(aidSheet(aidRow(1, { currency: 'JPY', committed: 5e15 }))))).toEqual([]);
  });

  it('the fast path of clean cells leaves an implausible number to the rule (same issues warm and cold)', () => {
    const book = { sheets: [fdiSheet(...Array.from({ length: 300 }, (_, k) => fdiRow(`P${k}`, { registered: k === 250 ? 9e13 : 1_000_000 + k })))] };
    forgetSharedFacts();
    const cold = validateWorkbook(book, { today: TODAY }).issues.map((i) => i.rule + i.cell);
    const warm = validateWorkbook(book, { today: TODAY }).issues.map((i) => i.rule + i.cell);
    expect(cold).toEqual(['AID-C119G252']);
    expect(warm).toEqual(cold);
  });
});
