// AID-R201 end-before-start: cases that must raise the rule, at the right cell, and near misses that must not.
import { endBeforeStart } from '../../src/core/rules/row/endBeforeStart';
import { d, aidRow, aidSheet, hits } from './fixtures';

describe(`${endBeforeStart.id} ${endBeforeStart.name}`, () => {
  it('is the rule this file tests', () => expect([endBeforeStart.id, endBeforeStart.name]).toEqual(['AID-R201', 'end-before-start']));
  it('reports an end date before the start date', () => {
    expect(hits('AID-R201', aidSheet(aidRow(1, { end: d(2024, 1, 1) })))).toEqual(['Aid!H2']);
  });
});

describe('AID-R201 with an end date written as a month, quarter or year (AID-C121)', () => {
  it('reports it only when all of it lies before the start', () => {
    // The fixture's start is 01/04/2024.
    expect(hits('AID-R201', aidSheet(aidRow(1, { end: 2024 })))).toEqual([]);
    expect(hits('AID-R201', aidSheet(aidRow(1, { end: 'Quý II/2024' })))).toEqual([]);
    expect(hits('AID-R201', aidSheet(aidRow(1, { end: 'Quý I/2024' })))).toEqual(['Aid!H2']);
  });
});
