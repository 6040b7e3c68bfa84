// AID-C112 stray-spaces: cases that must raise the rule, at the right cell, and near misses that must not.
import { straySpaces } from '../../src/core/rules/cell/straySpaces';
import { aidRow, aidSheet, hits, fixOf } from './fixtures';

describe(`${straySpaces.id} ${straySpaces.name}`, () => {
  it('is the rule this file tests', () => expect([straySpaces.id, straySpaces.name]).toEqual(['AID-C112', 'stray-spaces']));
  it('proposes the text without stray spaces', () => {
    const s = aidSheet(aidRow(1, { donor: '  World  Vision ' }));
    expect(hits('AID-C112', s)).toEqual(['Aid!C2']);
    expect(fixOf('AID-C112', s)).toBe('World Vision');
  });
});
