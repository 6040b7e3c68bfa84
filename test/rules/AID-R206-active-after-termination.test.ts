// AID-R206 active-after-termination: cases that must raise the rule, at the right cell, and near misses that must not.
import { activeAfterTermination } from '../../src/core/rules/row/activeAfterTermination';
import { d, sheet, FDI_HEADER, fdiRow, hits } from './fixtures';

describe(`${activeAfterTermination.id} ${activeAfterTermination.name}`, () => {
  it('is the rule this file tests', () => expect([activeAfterTermination.id, activeAfterTermination.name]).toEqual(['AID-R206', 'active-after-termination']));
  it('warns when a project past its termination date is still active', () => {
    expect(hits('AID-R206', sheet('FDI', [FDI_HEADER, fdiRow('P1', { term: d(2025, 1, 1) })]))).toEqual(['FDI!I2']);
  });
});
