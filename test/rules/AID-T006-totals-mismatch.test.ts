// AID-T006 totals-mismatch: cases that must raise the rule, at the right cell, and near misses that must not.
import type { RawValue } from '../../src/core/model';
import { totalsMismatch } from '../../src/core/rules/table/totalsMismatch';
import { aidRow, aidSheet, run } from './fixtures';

describe(`${totalsMismatch.id} ${totalsMismatch.name}`, () => {
  it('is the rule this file tests', () => expect([totalsMismatch.id, totalsMismatch.name]).toEqual(['AID-T006', 'totals-mismatch']));
  const total = (n: number): RawValue[] => ['Tổng cộng', null, null, null, null, null, null, null, null, n];
  it('reports a totals row that disagrees with the rows above, with both figures and the certain fix', () => {
    const s = aidSheet(aidRow(1, { committed: 100 }), aidRow(2, { committed: 250 }), total(400));
    const i = run(s).issues.find((x) => x.rule === 'AID-T006')!;
    expect(i.cell).toBe('J4');
    expect(i.message).toContain('400');
    expect(i.message).toContain('350');
    expect(i.fix).toEqual({ value: 350 });
  });
  it('accepts a totals row that matches, and recognises it', () => {
    const r = run(aidSheet(aidRow(1, { committed: 100 }), aidRow(2, { committed: 250 }), total(350)));
    expect(r.issues).toEqual([]);
    expect(r.tables[0].info.totalsRow).toBe(4);
  });
});
