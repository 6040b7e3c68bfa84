import { validateWorkbook } from '../src/core/validate';
import { RULE_IDS, RULES } from '../src/core/rules/catalog';
import { sampleBook, toInput, TODAY } from './helpers/sample';

describe('validateWorkbook on the planted sample (every rule family)', () => {
  const book = sampleBook(true);
  const result = validateWorkbook(toInput(book), { today: TODAY, lang: 'vi' });
  const got = result.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell ?? '-'}`).sort();
  const want = book.planted.map((p) => `${p.rule} ${p.sheet}!${p.cell ?? '-'}`).sort();

  it('reports every planted problem at its cell and nothing else', () => {
    expect(got).toEqual(want);
  });

  it('plants one instance of every rule in the catalogue', () => {
    // AID-T008 no-register: a workbook holding registers cannot hold it (test/rules/AID-T008-no-register.test.ts);
    // rules that need several workbooks are a consolidation's (test/consolidate.test.ts).
    expect([...new Set(book.planted.map((p) => p.rule))].sort())
      .toEqual(RULE_IDS.filter((id) => id !== 'AID-T008' && RULES.get(id)!.needs !== 'workbooks').sort());
  });

  it('finds all nine registers with their header rows (the hidden backup copy is listed, not counted)', () => {
    expect(result.tables.map((t) => [t.info.sheet, t.info.kind, t.info.headerRow])).toEqual([
      ['Dự án viện trợ', 'aid-projects', 4],
      ['Giải ngân', 'aid-disbursements', 1],
      ['Dự án FDI', 'fdi-projects', 3],
      ['Điều chỉnh vốn', 'fdi-capital-changes', 1],
      ['Vốn thực hiện', 'fdi-implemented', 1],
      ['Tỷ giá', 'exchange-rates', 1],
      ['Báo cáo theo lĩnh vực', 'aid-projects', 6],
      ['Vốn thực hiện 2021', 'fdi-implemented', 1],
      ['Dự án viện trợ 2019', 'aid-projects', 1],
    ]);
    expect(result.skippedSheets).toEqual([{ sheet: 'Bản sao dự án (cũ)', kind: 'aid-projects', rows: 2, repeats: 'Dự án viện trợ' }]);
  });

  it('reads the sectioned report sheet: its sections, subtotal and grand total, and no row of its signature block', () => {
    const info = result.tables.find((t) => t.info.sheet === 'Báo cáo theo lĩnh vực')!.info;
    expect([info.rows, info.sections!.map((s) => s.marker), info.subtotalRows!.length, info.totalRows!.length]).toEqual([7, ['I', 'II', 'III'], 1, 1]);
  });

  it('reports nothing on the same sample without planted problems', () => {
    const clean = sampleBook(false);
    const r = validateWorkbook(toInput(clean), { today: TODAY });
    expect(r.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell} ${i.message}`)).toEqual([]);
  });
});
