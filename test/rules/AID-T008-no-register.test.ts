// AID-T008 no-register: a workbook without any register is an error (nothing was checked); a workbook
// with one is not, whatever other sheets it holds.
import { noRegister } from '../../src/core/rules/table/noRegister';
import { aidRow, aidSheet, hits, run, sheet } from './fixtures';

describe(`${noRegister.id} ${noRegister.name}`, () => {
  it('is the rule this file tests', () => expect([noRegister.id, noRegister.name]).toEqual(['AID-T008', 'no-register']));

  it('reports a workbook of figures without a register, once, on its first sheet, as an error', () => {
    const figures = sheet('Số liệu', [['Năm', 'Số dự án', 'Ghi chú'], [2023, 12, 'x'], [2024, 15, 'y']]);
    const r = run(figures, sheet('Trống', []));
    expect(r.issues.map((i) => [i.rule, i.severity, i.sheet, i.cell])).toEqual([['AID-T008', 'error', 'Số liệu', null]]);
    expect(r.notRegisters).toEqual([{ sheet: 'Số liệu', figures: 4, reason: 'no-header' }]);
  });

  it('reports a workbook whose sheets hold no figures either', () => {
    expect(hits('AID-T008', sheet('Notes', [['Ghi chú'], ['Không có số liệu']]))).toEqual(['Notes!-']);
  });

  it('near miss: a register on any sheet is enough; the sheet of figures is listed, not an error', () => {
    const figures = sheet('Số liệu', [['Năm', 'Số dự án'], [2023, 12], [2024, 15]]);
    const r = run(figures, aidSheet(aidRow(1)));
    expect(r.issues.filter((i) => i.rule === 'AID-T008')).toEqual([]);
    expect(r.notRegisters?.map((n) => n.sheet)).toEqual(['Số liệu']);
  });
});
