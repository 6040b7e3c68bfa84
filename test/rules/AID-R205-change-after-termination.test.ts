// AID-R205 change-after-termination: cases that must raise the rule, at the right cell, and near misses that must not.
import { changeAfterTermination } from '../../src/core/rules/row/changeAfterTermination';
import { d, sheet, FDI_HEADER, fdiRow, hits } from './fixtures';

describe(`${changeAfterTermination.id} ${changeAfterTermination.name}`, () => {
  it('is the rule this file tests', () => expect([changeAfterTermination.id, changeAfterTermination.name]).toEqual(['AID-R205', 'change-after-termination']));
  it('reports a capital change dated after the termination', () => {
    const fdi = sheet('FDI', [FDI_HEADER, fdiRow('P1', { status: 'Chấm dứt hoạt động', term: d(2024, 6, 30) })]);
    const chg = sheet('Chg', [['Mã số dự án', 'Ngày điều chỉnh', 'Loại điều chỉnh', 'Số vốn (USD)'], ['P1', d(2024, 8, 1), 'Tăng vốn', 5000]]);
    expect(hits('AID-R205', fdi, chg)).toEqual(['Chg!B2']);
  });
});

describe('AID-R205 with a termination written as a year (AID-C121)', () => {
  it('reports a change only after the whole year', () => {
    const fdi = sheet('FDI', [FDI_HEADER, fdiRow('P1', { status: 'Chấm dứt hoạt động', term: '2024' })]);
    const chg = (day: number) => sheet('Chg', [['Mã số dự án', 'Ngày điều chỉnh', 'Loại điều chỉnh', 'Số vốn (USD)'], ['P1', day, 'Tăng vốn', 5000]]);
    expect(hits('AID-R205', fdi, chg(d(2024, 8, 1)))).toEqual([]);
    expect(hits('AID-R205', fdi, chg(d(2025, 1, 2)))).toEqual(['Chg!B2']);
  });
});
