// AID-C114 date-as-text: cases that must raise the rule, at the right cell, and near misses that must not.
import { dateAsText } from '../../src/core/rules/cell/dateAsText';
import { d, aidRow, aidSheet, hits, fixOf } from './fixtures';

describe(`${dateAsText.id} ${dateAsText.name}`, () => {
  it('is the rule this file tests', () => expect([dateAsText.id, dateAsText.name]).toEqual(['AID-C114', 'date-as-text']));
  it('reports a date stored as text, with the date serial as fix', () => {
    const s = aidSheet(aidRow(1, { approval: '01/03/2024' }));
    expect(hits('AID-C114', s)).toEqual(['Aid!F2']);
    expect(fixOf('AID-C114', s)).toBe(d(2024, 3, 1));
  });
});
