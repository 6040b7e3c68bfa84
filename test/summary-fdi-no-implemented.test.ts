// FDI item 5 without an implemented-capital register: not known, never 0 — in the text, the JSON, the
// sheet and the paragraph (as the period's disbursed is without a disbursement register).
import { validateWorkbook } from '../src/core/validate';
import { summarise } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { summaryParagraph, summaryPlan } from '../src/core/plan/summary';
import { printSummary, summaryJson } from '../src/cli/report';
import { fdiRow, FDI_HEADER, sheet, TODAY } from './rules/fixtures';

const input = { sheets: [sheet('FDI', [FDI_HEADER, fdiRow('2100000001'), fdiRow('2100000002')])] };
const result = validateWorkbook(input, { today: TODAY, lang: 'vi' });
const summary = summarise(result.tables, { period: parsePeriod({ year: 2020 }), currency: 'USD' });

test('the summary knows it has no implemented-capital register', () => {
  expect(summary.fdi.hasRegister).toBe(true);
  expect(summary.fdi.implementedKnown).toBe(false);
});

test('text and JSON say "not known", not 0', () => {
  expect(printSummary(summary, 'vi')).toContain('5. Vốn thực hiện: không xác định (tệp không có sổ vốn thực hiện)');
  expect(printSummary(summary, 'en')).toContain('5. Implemented: not known (no implemented-capital register)');
  const fdi = summaryJson(summary).fdi;
  if (!fdi.hasRegister) throw new Error('the workbook holds an FDI register');
  expect(fdi.implemented).toBeNull();
  expect(fdi.change.implemented).toBeNull();
  expect(fdi.byCountry.every((g) => g.implemented === null)).toBe(true);
});

test('the paragraph states no implemented figure, and the sheet writes "not known" in item 5', () => {
  for (const lang of ['vi', 'en'] as const) expect(summaryParagraph(summary, lang)).not.toMatch(/vốn thực hiện đạt|implemented capital reached/);
  const plan = summaryPlan(summary, result, input, { lang: 'vi', today: TODAY });
  const item5 = plan.cells.find((c) => c.value === '5. Vốn thực hiện')!;
  const beside = plan.cells.filter((c) => c.row === item5.row && c.col > 0);
  expect(beside.map((c) => c.value)).toEqual(['không xác định (tệp không có sổ vốn thực hiện)']);
  const chart = plan.charts?.find((ch) => /quốc gia/.test(ch.title));
  expect([chart?.title, chart?.series.map((x) => x.name)]).toEqual(['Vốn đăng ký theo quốc gia', ['Vốn đăng ký']]);
  // The group rows' implemented column says it is not known (a dash), not 0.
  const head = plan.cells.find((c) => c.value === 'Vốn thực hiện' && c.style === 'header')!;
  expect(head).toBeDefined();
  const column = plan.cells.filter((c) => c.col === head.col && c.row > head.row + 1 && c.row <= head.row + 3);
  expect(column.map((c) => c.value)).toEqual(['–']);
});
