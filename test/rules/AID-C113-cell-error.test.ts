// AID-C113 cell-error: cases that must raise the rule, at the right cell, and near misses that must not.
import { cellError } from '../../src/core/rules/cell/cellError';
import { aidRow, aidSheet, hits } from './fixtures';

describe(`${cellError.id} ${cellError.name}`, () => {
  it('is the rule this file tests', () => expect([cellError.id, cellError.name]).toEqual(['AID-C113', 'cell-error']));
  it('reports a formula error value', () => {
    expect(hits('AID-C113', aidSheet(aidRow(1, { committed: { error: '#REF!' } })))).toEqual(['Aid!J2']);
  });
});
