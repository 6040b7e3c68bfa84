// AID-C109 future-date: cases that must raise the rule, at the right cell, and near misses that must not.
import { futureDate } from '../../src/core/rules/cell/futureDate';
import { d, aidRow, aidSheet, hits } from './fixtures';

describe(`${futureDate.id} ${futureDate.name}`, () => {
  it('is the rule this file tests', () => expect([futureDate.id, futureDate.name]).toEqual(['AID-C109', 'future-date']));
  it('reports an approval date in the future', () => {
    expect(hits('AID-C109', aidSheet(aidRow(1, { approval: d(2027, 1, 1), start: d(2027, 2, 1), end: d(2028, 1, 1) })))).toEqual(['Aid!F2']);
  });
  it('allows an end date in the future', () => {
    expect(hits('AID-C109', aidSheet(aidRow(1, { end: d(2030, 1, 1) })))).toEqual([]);
  });
});
