// AID-X301 duplicate-id: cases that must raise the rule, at the right cell, and near misses that must not.
import { duplicateId } from '../../src/core/rules/cross/duplicateId';
import { aidRow, aidSheet, run } from './fixtures';

describe(`${duplicateId.id} ${duplicateId.name}`, () => {
  it('is the rule this file tests', () => expect([duplicateId.id, duplicateId.name]).toEqual(['AID-X301', 'duplicate-id']));
  it('reports the second use of an id, naming the first row', () => {
    const r = run(aidSheet(aidRow(1), aidRow(2, { id: 'vt-1 ' })));
    const i = r.issues.find((x) => x.rule === 'AID-X301')!;
    expect(i.cell).toBe('A3');
    expect(i.message).toContain('row 2');
  });
});
