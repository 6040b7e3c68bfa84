// AID-X303 unknown-project: cases that must raise the rule, at the right cell, and near misses that must not.
import { unknownProject } from '../../src/core/rules/cross/unknownProject';
import { d, aidRow, aidSheet, disbSheet, run, hits } from './fixtures';

describe(`${unknownProject.id} ${unknownProject.name}`, () => {
  it('is the rule this file tests', () => expect([unknownProject.id, unknownProject.name]).toEqual(['AID-X303', 'unknown-project']));
  it('reports a disbursement for an unknown project', () => {
    expect(hits('AID-X303', aidSheet(aidRow(1)), disbSheet(['VT-9', d(2024, 5, 1), 500, 'USD']))).toEqual(['Disb!A2']);
  });
  it('finds the project whatever the case of the id, with the hash taken while reading or worked out later', () => {
    expect(hits('AID-X303', aidSheet(aidRow(1)), disbSheet(['vt-1', d(2024, 5, 1), 500, 'USD'], ['Vt-1 ', d(2024, 5, 2), 500, 'USD']))).toEqual([]);
    expect(hits('AID-X301', aidSheet(aidRow(1), aidRow(2, { id: 'vT-1' })))).toEqual(['Aid!A3']);
  });
  it('names the register the id was looked up in', () => {
    const i = run(aidSheet(aidRow(1)), disbSheet(['VT-9', d(2024, 5, 1), 500, 'USD'])).issues[0];
    expect(i.message).toContain('"Aid projects" register');
  });
});
