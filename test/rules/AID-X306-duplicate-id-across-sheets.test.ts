// AID-X306 duplicate-id-across-sheets: sheets of one register kind are one register; an id on two of them is reported on the later one.
import { duplicateIdAcrossSheets } from '../../src/core/rules/cross/duplicateIdAcrossSheets';
import { aidRow, run, sheet, AID_HEADER } from './fixtures';

const year = (name: string, ...rows: ReturnType<typeof aidRow>[]) => sheet(name, [AID_HEADER, ...rows]);

describe(`${duplicateIdAcrossSheets.id} ${duplicateIdAcrossSheets.name}`, () => {
  it('is the rule this file tests', () => expect([duplicateIdAcrossSheets.id, duplicateIdAcrossSheets.name]).toEqual(['AID-X306', 'duplicate-id-across-sheets']));
  it('reports the later sheet\'s row, naming the first sheet and row, and leaves the row out', () => {
    const r = run(year('2023', aidRow(1), aidRow(2)), year('2024', aidRow(3), aidRow(4, { id: 'vt-2' })));
    const found = r.issues.filter((i) => i.rule === 'AID-X306');
    expect(found.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['2024!A3']);
    expect(found[0].message).toContain('sheet "2023", row 3');
    expect(r.tables[1].rows.map((x) => x.hasError)).toEqual([false, true]);
  });
  it('leaves repeats within one sheet to duplicate-id, and is silent on distinct ids', () => {
    const r = run(year('2023', aidRow(1), aidRow(1)), year('2024', aidRow(2)));
    expect(r.issues.map((i) => i.rule)).toEqual(['AID-X302']);
    expect(run(year('2023', aidRow(1)), year('2024', aidRow(2))).issues).toEqual([]);
  });
});
