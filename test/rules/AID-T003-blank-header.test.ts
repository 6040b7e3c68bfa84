// AID-T003 blank-header: cases that must raise the rule, at the right cell, and near misses that must not.
import { blankHeader } from '../../src/core/rules/table/blankHeader';
import { aidRow, AID_HEADER, sheet, hits } from './fixtures';

describe(`${blankHeader.id} ${blankHeader.name}`, () => {
  it('is the rule this file tests', () => expect([blankHeader.id, blankHeader.name]).toEqual(['AID-T003', 'blank-header']));
  it('reports data under a blank header, at the header cell', () => {
    expect(hits('AID-T003', sheet('Aid', [[...AID_HEADER, null], [...aidRow(1), 'kiểm tra']]))).toEqual(['Aid!L1']);
  });
  it('ignores notes typed far to the right', () => {
    expect(hits('AID-T003', sheet('Aid', [AID_HEADER, [...aidRow(1), null, null, null, 'ghi chú']]))).toEqual([]);
  });
});
