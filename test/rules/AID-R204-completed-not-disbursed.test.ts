// AID-R204 completed-not-disbursed: cases that must raise the rule, at the right cell, and near misses that must not.
import { completedNotDisbursed } from '../../src/core/rules/row/completedNotDisbursed';
import { judgedOnARow } from '../../src/functions/check';
import { aidRow, aidSheet, disbSheet, hits } from './fixtures';

describe(`${completedNotDisbursed.id} ${completedNotDisbursed.name}`, () => {
  it('is the rule this file tests', () => expect([completedNotDisbursed.id, completedNotDisbursed.name]).toEqual(['AID-R204', 'completed-not-disbursed']));
  it('warns about a completed project with no disbursement', () => {
    expect(hits('AID-R204', aidSheet(aidRow(1, { status: 'Đã hoàn thành' })), disbSheet())).toEqual(['Aid!K2']);
  });
});

describe('AID-R204 completed-not-disbursed in AID.CHECK', () => {
  // A row cannot show that nothing was disbursed: the payments may be in the disbursements register.
  it('is left to Validate: the row alone cannot show it', () => {
    expect([completedNotDisbursed.needs, completedNotDisbursed.rowCanShow ?? false]).toEqual(['workbook', false]);
    expect(judgedOnARow(completedNotDisbursed.id)).toBe(false);
  });
});
