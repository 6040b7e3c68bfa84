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
  it('names the first use in sheet order whichever sheet is largest: small sheets before, between and after it', () => {
    // Ids drawn from a small pool over four sheets of 3, 12, 2 and 4 rows; the expectation found by brute force.
    const pool = [1, 2, 3, 4, 5, 6, 7, 8];
    const sizes = [3, 12, 2, 4];
    let seed = 7;
    const next = () => { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return pool[seed % pool.length]; };
    const books = sizes.map((n, k) => ({ name: `Năm ${2021 + k}`, ids: Array.from({ length: n }, next) }));
    const r = run(...books.map((b) => year(b.name, ...b.ids.map((id, i) => aidRow(id, { title: `Dự án ${b.name} ${i}` })))));
    const expected: string[] = [];
    const first = new Map<number, { sheet: string; row: number }>();
    for (const b of books) b.ids.forEach((id, i) => {
      const f = first.get(id);
      if (!f) first.set(id, { sheet: b.name, row: i + 2 });
      else if (f.sheet !== b.name) expected.push(`${b.name}!A${i + 2} ← ${f.sheet}:${f.row}`);
    });
    const found = r.issues.filter((i) => i.rule === 'AID-X306').map((i) => `${i.sheet}!${i.cell} ← ${i.params.firstSheet}:${i.params.firstRow}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(5);
  });
});
