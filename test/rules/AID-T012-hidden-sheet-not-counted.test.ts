// AID-T012 hidden-sheet-not-counted: a register on a hidden sheet is listed, not checked nor counted (default policy).
import { hiddenSheetNotCounted } from '../../src/core/rules/table/hiddenSheetNotCounted';
import { validateWorkbook } from '../../src/core/validate';
import { aidRow, sheet, AID_HEADER, TODAY } from './fixtures';

const hiddenCopy = { ...sheet('Old', [AID_HEADER, aidRow(1, { committed: 'sai' }), aidRow(2)]), visibility: 'hidden' as const };

describe(`${hiddenSheetNotCounted.id} ${hiddenSheetNotCounted.name}`, () => {
  it('is the rule this file tests', () => expect([hiddenSheetNotCounted.id, hiddenSheetNotCounted.name]).toEqual(['AID-T012', 'hidden-sheet-not-counted']));
  it('lists the hidden register with its rows, and neither checks nor counts it', () => {
    const r = validateWorkbook({ sheets: [hiddenCopy] }, { today: TODAY, lang: 'en' });
    expect(r.issues.map((i) => [i.rule, i.sheet, i.cell])).toEqual([['AID-T012', 'Old', null]]);
    expect(r.issues[0].message).toContain('holds a register (Aid projects) of 2 rows');
    expect(r.issues[0].message).toContain('--hidden include');
    expect(r.tables).toEqual([]);
    expect(r.skippedSheets).toEqual([{ sheet: 'Old', kind: 'aid-projects', rows: 2 }]);
  });
  it('is not raised when hidden sheets are included: the register is then checked like any other', () => {
    const r = validateWorkbook({ sheets: [hiddenCopy] }, { today: TODAY, lang: 'en', hidden: 'include' });
    expect(r.issues.map((i) => i.rule)).toEqual(['AID-C102']);
    expect(r.tables.map((t) => t.info.sheet)).toEqual(['Old']);
    expect(r.skippedSheets).toBeUndefined();
  });
});
