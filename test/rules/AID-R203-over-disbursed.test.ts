// AID-R203 over-disbursed: cases that must raise the rule, at the right cell, and near misses that must not.
import type { RawValue } from '../../src/core/model';
import { validateWorkbook } from '../../src/core/validate';
import { envFor } from '../../src/functions/env';
import { aidFunction } from '../../src/functions/registry';
import { headerOf, rowOf, serial } from '../helpers/registerRows';
import { TODAY } from '../helpers/sample';
import { overDisbursed } from '../../src/core/rules/row/overDisbursed';
import { d, aidRow, aidSheet, disbSheet, hits } from './fixtures';

describe(`${overDisbursed.id} ${overDisbursed.name}`, () => {
  it('is the rule this file tests', () => expect([overDisbursed.id, overDisbursed.name]).toEqual(['AID-R203', 'over-disbursed']));
  it('warns when disbursements exceed the commitment', () => {
    const disb = disbSheet(['VT-1', d(2024, 5, 1), 70_000, 'USD'], ['VT-1', d(2024, 6, 1), 50_000, null]);
    expect(hits('AID-R203', aidSheet(aidRow(1)), disb)).toEqual(['Aid!J2']);
  });
  it('stays quiet at exactly the commitment', () => {
    const disb = disbSheet(['VT-1', d(2024, 5, 1), 100_000, 'USD']);
    expect(hits('AID-R203', aidSheet(aidRow(1)), disb)).toEqual([]);
  });
});

describe('AID-R203 over-disbursed in AID.CHECK', () => {
  // The rule needs the workbook (the disbursements register adds to the row's own figure), but a row
  // whose own "disbursed to date" exceeds its commitment shows the problem by itself: AID.CHECK says so,
  // as it always did, and leaves what only the disbursements show to Validate.
  const row = (disbursedToDate: number) => rowOf('aid-projects', {
    aidId: 'VT-001', title: 'Nâng cấp trạm y tế', donor: 'JICA', donorCountry: 'Nhật Bản', sector: 'Y tế',
    province: 'Quảng Trị', approvalDate: serial(2024, 3, 1), startDate: serial(2024, 4, 1), endDate: serial(2025, 12, 31),
    currency: 'USD', committed: 100_000, disbursedToDate, status: 'Đang thực hiện',
  });
  const check = (r: unknown[]) => aidFunction('CHECK').run([[r], 'aid-projects'], envFor('vi-VN', TODAY));
  it('is what Validate finds on the register', () => {
    const rows = [headerOf('aid-projects'), row(200_000)] as RawValue[][];
    expect(validateWorkbook({ sheets: [{ name: 'P', rows }] }, { today: TODAY }).issues.map((i) => i.rule)).toEqual([overDisbursed.id]);
  });
  it('is reported by AID.CHECK when the row shows it, though the rule needs the workbook', () => {
    expect([overDisbursed.needs, overDisbursed.rowCanShow]).toEqual(['workbook', true]);
    expect(String(check(row(200_000))[0][0])).toMatch(/^AID-R203 /);
    expect(check(row(100_000))).toEqual([['']]);
  });
});
