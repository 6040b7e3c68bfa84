// AID-T002 duplicate-column: cases that must raise the rule, at the right cell, and near misses that must not.
import { duplicateColumn } from '../../src/core/rules/table/duplicateColumn';
import { AID_HEADER, aidRow, sheet, hits } from './fixtures';

describe(`${duplicateColumn.id} ${duplicateColumn.name}`, () => {
  it('is the rule this file tests', () => expect([duplicateColumn.id, duplicateColumn.name]).toEqual(['AID-T002', 'duplicate-column']));
  it('reports the second of two columns naming the same field', () => {
    expect(hits('AID-T002', sheet('Aid', [[...AID_HEADER, 'Donor'], [...aidRow(1), 'X']]))).toEqual(['Aid!L1']);
  });
});
