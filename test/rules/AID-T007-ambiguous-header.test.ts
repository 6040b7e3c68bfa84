// AID-T007 ambiguous-header: a header whose words could name a column another header names is reported
// at its cell and not read; alone, the same words name the column (settled by their neighbours).
import { ambiguousHeader } from '../../src/core/rules/table/ambiguousHeader';
import { aidRow, AID_HEADER, hits, run, sheet } from './fixtures';

const COMMITTED = AID_HEADER.indexOf('Giá trị cam kết');

describe(`${ambiguousHeader.id} ${ambiguousHeader.name}`, () => {
  it('is the rule this file tests', () => expect([ambiguousHeader.id, ambiguousHeader.name]).toEqual(['AID-T007', 'ambiguous-header']));

  it('reports "Giá trị" / "Số tiền" / "Amount" beside the committed column, at the header cell, and reads the committed column', () => {
    for (const word of ['Giá trị', 'Số tiền', 'So tien', 'Amount (USD)', 'Value']) {
      const s = sheet('Aid', [[...AID_HEADER, word], [...aidRow(1), 5]]);
      expect(hits('AID-T007', s)).toEqual(['Aid!L1']);
      const t = run(s).tables[0];
      expect(t.colOf.committed).toBe(COMMITTED);
      expect(t.info.ignored.map((i) => i.header)).toContain(word);
    }
  });

  it('reports both of two such words when nothing else names the column', () => {
    const head = AID_HEADER.map((h) => (h === 'Giá trị cam kết' ? 'Giá trị' : h));
    const r = run(sheet('Aid', [[...head, 'Số tiền'], [...aidRow(1), 5]]));
    expect(r.issues.filter((i) => i.rule === 'AID-T007').map((i) => i.cell)).toEqual(['J1', 'L1']);
    expect(r.issues.some((i) => i.rule === 'AID-T001' && i.params.column === 'committed')).toBe(true);
  });

  it('near miss: "Giá trị" alone names the committed column, no warning', () => {
    const head = AID_HEADER.map((h) => (h === 'Giá trị cam kết' ? 'Giá trị (USD)' : h));
    const r = run(sheet('Aid', [head, aidRow(1)]));
    expect(r.issues.filter((i) => i.rule === 'AID-T007')).toEqual([]);
    expect(r.tables[0].colOf.committed).toBe(COMMITTED);
    expect(r.tables[0].info.columns.find((c) => c.key === 'committed')).toMatchObject({ headerCurrency: 'USD', unitFrom: 'header' });
  });

  it('near miss: under "Giá trị", "Cam kết | Giải ngân" name their columns (the group decides)', () => {
    const head = AID_HEADER.map((h) => (h === 'Giá trị cam kết' ? 'Giá trị (USD)' : h));
    const top = [...head, 'Giá trị (USD)'];
    const bottom = [...head.map((h) => (h === 'Giá trị (USD)' ? 'Cam kết' : h)), 'Giải ngân'];
    const r = run(sheet('Aid', [top, bottom, [...aidRow(1), 50_000]]));
    expect(r.issues.filter((i) => i.rule === 'AID-T007')).toEqual([]);
    expect(r.tables[0].colOf).toMatchObject({ committed: COMMITTED, disbursedToDate: AID_HEADER.length });
  });
});
