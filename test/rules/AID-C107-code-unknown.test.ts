// AID-C107 code-unknown: cases that must raise the rule, at the right cell, and near misses that must not.
import { codeUnknown } from '../../src/core/rules/cell/codeUnknown';
import { aidRow, aidSheet, hits } from './fixtures';

describe(`${codeUnknown.id} ${codeUnknown.name}`, () => {
  it('is the rule this file tests', () => expect([codeUnknown.id, codeUnknown.name]).toEqual(['AID-C107', 'code-unknown']));
  it('reports a value outside its code list', () => {
    expect(hits('AID-C107', aidSheet(aidRow(1, { sector: 'Văn hóa - Thể thao' })))).toEqual(['Aid!E2']);
  });
});
