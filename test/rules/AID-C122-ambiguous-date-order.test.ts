// AID-C122 ambiguous-date-order: a date whose day and month could be swapped (5/1/2024) is reported
// when nothing settles the order: an English sheet, or a column that writes dates both ways. The
// column's other dates settle it (25/1/2024 proves day first), and a Vietnamese sheet writes day first.
import { ambiguousDateOrder } from '../../src/core/rules/cell/ambiguousDateOrder';
import { ymdToDay } from '../../src/core/parse/date';
import { settleDayOrder } from '../../src/core/validate/dayOrder';
import { hits, run, sheet } from './fixtures';

const EN = ['Aid ID', 'Disbursement date', 'Amount disbursed', 'Currency'];
const VI = ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'];
const disb = (header: string[], ...dates: string[]) => sheet('Disb', [header, ...dates.map((v) => ['VT-1', v, 10, 'USD'])]);

describe(`${ambiguousDateOrder.id} ${ambiguousDateOrder.name}`, () => {
  it('is the rule this file tests', () => expect([ambiguousDateOrder.id, ambiguousDateOrder.name]).toEqual(['AID-C122', 'ambiguous-date-order']));

  it('reports 5/1/2024 in an English sheet whose other dates do not settle the order, naming both readings, and leaves the row out', () => {
    const r = run(disb(EN, '5/1/2024', '3/3/2024'));
    const issue = r.issues.find((i) => i.rule === 'AID-C122')!;
    expect(issue.cell).toBe('B2');
    expect(issue.severity).toBe('error');
    expect(issue.params).toMatchObject({ reading: ymdToDay(2024, 1, 5), alternative: ymdToDay(2024, 5, 1) });
    expect(issue.message).toContain('could be Jan 5, 2024 or May 1, 2024');
    expect(r.tables[0].rows[0].hasError).toBe(true);
    expect(hits('AID-C122', disb(EN, '5/1/2024', '3/3/2024'))).toEqual(['Disb!B2']);
  });

  it('a column whose other dates show one order settles it: 25/1/2024 makes 5/1/2024 the 5th of January, 1/25/2024 makes it May 1st', () => {
    const dm = run(disb(EN, '5/1/2024', '25/1/2024'));
    expect(dm.issues.filter((i) => i.rule === 'AID-C122')).toEqual([]);
    expect(dm.tables[0].rows.map((x) => x.v.date)).toEqual([ymdToDay(2024, 1, 5), ymdToDay(2024, 1, 25)]);
    const md = run(disb(EN, '5/1/2024', '1/25/2024'));
    expect(md.issues.filter((i) => i.rule === 'AID-C122')).toEqual([]);
    expect(md.tables[0].rows.map((x) => x.v.date)).toEqual([ymdToDay(2024, 5, 1), ymdToDay(2024, 1, 25)]);
  });

  it('a Vietnamese sheet writes day first: 5/1/2024 is 5 January without a word', () => {
    const r = run(disb(VI, '5/1/2024', '3/3/2024'));
    expect(r.issues.filter((i) => i.rule === 'AID-C122')).toEqual([]);
    expect(r.tables[0].rows[0].v.date).toBe(ymdToDay(2024, 1, 5));
  });

  it('a column mixing conventions (25/1 and 1/25) reports its ambiguous dates, and reads the others the one way they can be read', () => {
    const r = run(disb(VI, '5/1/2024', '25/1/2024', '1/25/2024', '7/7/2024', 'ngày 6/2/2024'));
    expect(hits('AID-C122', disb(VI, '5/1/2024', '25/1/2024', '1/25/2024', '7/7/2024', 'ngày 6/2/2024'))).toEqual(['Disb!B2', 'Disb!B6']);
    expect(r.tables[0].rows.map((x) => x.v.date)).toEqual([null, ymdToDay(2024, 1, 25), ymdToDay(2024, 1, 25), ymdToDay(2024, 7, 7), null]);
    // A Vietnamese sheet whose only telling date is month first also mixes: its language says day first.
    expect(hits('AID-C122', disb(VI, '5/1/2024', '1/25/2024'))).toEqual(['Disb!B2']);
  });

  it('near misses: ISO dates, serials, words and equal day and month are never ambiguous', () => {
    expect(hits('AID-C122', disb(EN, '2024-01-05', '5 Jan 2024', 'January 5, 2024', '5/5/2024'))).toEqual([]);
  });

  it('settles a column in one pass that stops once both orders are seen', () => {
    const rows = [['h'], ...Array.from({ length: 1000 }, (_, k) => [k % 2 ? '13/1/2024' : '1/13/2024'])];
    expect(settleDayOrder(rows, 1, rows.length, 0, 'vi')).toBe('either');
    expect(settleDayOrder([['h'], [45000], [null], ['x']], 1, 4, 0, 'en')).toBe('either');
    expect(settleDayOrder([['h'], [45000], [null], ['x']], 1, 4, 0, 'vi')).toBe('dmy');
  });
});
