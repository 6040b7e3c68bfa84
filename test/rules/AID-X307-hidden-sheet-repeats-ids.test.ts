// AID-X307 hidden-sheet-repeats-ids: a hidden sheet repeating a visible sheet's ids is reported, whatever the hidden-sheet policy.
import { hiddenSheetRepeatsIds } from '../../src/core/rules/cross/hiddenSheetRepeatsIds';
import { validateWorkbook } from '../../src/core/validate';
import { aidRow, sheet, AID_HEADER, TODAY } from './fixtures';

const visible = sheet('Dự án', [AID_HEADER, aidRow(1), aidRow(2), aidRow(3)]);
const copy = { ...sheet('Bản sao', [AID_HEADER, aidRow(1), aidRow(2), aidRow(9)]), visibility: 'hidden' as const };

describe(`${hiddenSheetRepeatsIds.id} ${hiddenSheetRepeatsIds.name}`, () => {
  it('is the rule this file tests', () => expect([hiddenSheetRepeatsIds.id, hiddenSheetRepeatsIds.name]).toEqual(['AID-X307', 'hidden-sheet-repeats-ids']));
  it.each(['skip-sheets', 'include'] as const)('reports the hidden copy once, naming the sheet it repeats (%s)', (hidden) => {
    const r = validateWorkbook({ sheets: [visible, copy] }, { today: TODAY, lang: 'en', hidden });
    const found = r.issues.filter((i) => i.rule === 'AID-X307');
    expect(found.map((i) => [i.sheet, i.cell, i.params.count, i.params.total, i.params.otherSheet])).toEqual([['Bản sao', null, 2, 3, 'Dự án']]);
    expect(found[0].message).toContain('repeats 2 of its 3 ids from sheet "Dự án"');
  });
  it('is silent for a hidden sheet with ids of its own, and for visible sheets repeating each other (that is AID-X306)', () => {
    const own = { ...sheet('Bản sao', [AID_HEADER, aidRow(7)]), visibility: 'hidden' as const };
    expect(validateWorkbook({ sheets: [visible, own] }, { today: TODAY }).issues.filter((i) => i.rule === 'AID-X307')).toEqual([]);
    const again = sheet('Lại', [AID_HEADER, aidRow(1)]);
    expect(validateWorkbook({ sheets: [visible, again] }, { today: TODAY }).issues.map((i) => i.rule)).toEqual(['AID-X306']);
  });
});
