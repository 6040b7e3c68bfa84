// AID-C103 not-a-date: cases that must raise the rule, at the right cell, and near misses that must not.
import { notADate } from '../../src/core/rules/cell/notADate';
import { aidRow, aidSheet, hits } from './fixtures';

describe(`${notADate.id} ${notADate.name}`, () => {
  it('is the rule this file tests', () => expect([notADate.id, notADate.name]).toEqual(['AID-C103', 'not-a-date']));
  it.each(['31/02/2023', 'không rõ', 'Quý V/2024', 'H3 2024'])('reports %s as not a valid day', (v) => {
    expect(hits('AID-C103', aidSheet(aidRow(1, { approval: v })))).toEqual(['Aid!F2']);
  });
  it.each(['4/2023', '2011', 2011, 'Quý I/2024'])('leaves %p, a month, quarter or year, to date-imprecise (AID-C121)', (v) => {
    expect(hits('AID-C103', aidSheet(aidRow(1, { approval: v })))).toEqual([]);
  });
});
