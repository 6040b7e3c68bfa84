// AID-T009 sum-skips-text: a total computed by =SUM(…) differs from the data rows because Excel's SUM skips
// numbers stored as text: the message says so and names those cells (when the host reads formulas).
import type { RawValue, SheetInput } from '../../src/core/model';
import { sumSkipsText } from '../../src/core/rules/table/sumSkipsText';
import { aidRow, aidSheet, run } from './fixtures';

/** The aid sheet with a total in J whose formula is `formula`, holding the value Excel computed. */
function withFormula(rows: RawValue[][], stated: number, formula: string | undefined): SheetInput {
  const s = aidSheet(...rows, ['Tổng cộng', null, null, null, null, null, null, null, null, stated]);
  const totalRow = rows.length + 1;
  return { ...s, formula: (r, c) => (r === totalRow && c === 9 ? formula : undefined) };
}

describe(`${sumSkipsText.id} ${sumSkipsText.name}`, () => {
  it('is the rule this file tests', () => expect([sumSkipsText.id, sumSkipsText.name]).toEqual(['AID-T009', 'sum-skips-text']));

  const rows = [aidRow(1, { committed: 100 }), aidRow(2, { committed: '250' }), aidRow(3, { committed: 50 }), aidRow(4, { committed: '1.000' })];

  it('names the numbers stored as text that =SUM skipped, and what they add up to', () => {
    const r = run(withFormula(rows, 150, 'SUM(J2:J5)'));
    const i = r.issues.find((x) => x.rule === 'AID-T009')!;
    expect(i.cell).toBe('J6');
    expect(i.severity).toBe('error');
    expect(i.message).toContain('=SUM(J2:J5)');
    expect(i.message).toContain('J3, J5');
    expect(i.message).toContain('1,250'); // what they add up to
    expect(i.message).toContain('1,400'); // what the rows add up to
    expect(i.fix).toBeNull();
    // Said once, as the explanation, not also as a bare mismatch.
    expect(r.issues.map((x) => x.rule)).not.toContain('AID-T006');
  });

  it('with "$" references and SUBTOTAL(9, …) too', () => {
    expect(run(withFormula(rows, 150, '=SUBTOTAL(9,$J$2:$J$5)')).issues.map((x) => x.rule)).toContain('AID-T009');
  });

  it('only cells inside the SUM\'s range are named', () => {
    const i = run(withFormula(rows, 150, 'SUM(J2:J4)')).issues.find((x) => x.rule === 'AID-T009')!;
    expect(i.message).toContain('J3');
    expect(i.message).not.toContain('J5');
  });

  it('a plain number total, or a SUM with no text numbers in range, stays a totals mismatch', () => {
    expect(run(withFormula(rows, 160, undefined)).issues.map((x) => x.rule)).toContain('AID-T006');
    const plain = [aidRow(1, { committed: 100 }), aidRow(2, { committed: 250 })];
    const r = run(withFormula(plain, 300, 'SUM(J2:J3)'));
    expect(r.issues.map((x) => x.rule)).toEqual(['AID-T006']);
  });

  it('a SUM that matches the rows raises nothing', () => {
    const plain = [aidRow(1, { committed: 100 }), aidRow(2, { committed: 250 })];
    expect(run(withFormula(plain, 350, 'SUM(J2:J3)')).issues).toEqual([]);
  });
});

describe(`${sumSkipsText.id} without the formula (a host that does not read formulas, or a SUM pasted as a value)`, () => {
  const rows = [aidRow(1, { committed: 100 }), aidRow(2, { committed: '250' }), aidRow(3, { committed: 50 })];
  it('is reported when the gap is exactly the numbers stored as text, and says the total was likely a SUM', () => {
    const i = run(withFormula(rows, 150, undefined)).issues.find((x) => x.rule === 'AID-T009')!;
    expect(i.cell).toBe('J5');
    expect(i.message).toContain('J3');
    expect(i.message).toContain('likely computed by SUM');
    expect(i.params.formula).toBeUndefined();
  });
  it('is a plain totals mismatch when the gap is something else', () => {
    expect(run(withFormula(rows, 160, undefined)).issues.map((x) => x.rule)).toEqual(['AID-C104', 'AID-T006']);
  });
});
