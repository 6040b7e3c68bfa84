// AID-C115 not-an-integer: cases that must raise the rule, at the right cell, and near misses that must not.
import { notAnInteger } from '../../src/core/rules/cell/notAnInteger';
import { sheet, FDI_HEADER, fdiRow, hits } from './fixtures';

describe(`${notAnInteger.id} ${notAnInteger.name}`, () => {
  it('is the rule this file tests', () => expect([notAnInteger.id, notAnInteger.name]).toEqual(['AID-C115', 'not-an-integer']));
  it('reports a fractional employee count', () => {
    expect(hits('AID-C115', sheet('FDI', [FDI_HEADER, fdiRow('P1', { employees: 12.5 })]))).toEqual(['FDI!H2']);
  });
});
