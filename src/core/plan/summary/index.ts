// The summary sheet (`summary --out`, and the add-in's "build summary") as a SheetPlan: key figures,
// tables by sector, donor, country and place, the FDI items 1–6 and a paragraph ready to paste.
//
// Live formulas where Excel can compute the figure: each candidate figure is a sum of SUMIFS/COUNTIFS
// terms over the register tables (formula.ts), built from the registers' own spellings (criteria.ts,
// aidCriteria.ts, fdiCriteria.ts) and simulated on the raw grid; it is written only when the
// simulation gives the engine's exact figure (the summary's unrounded twin, Summary.exact), else the
// printed value is written in the grey 'engine' look that the legend names (builder.ts). The frame of
// an administrative appendix (title block, unit line, signatures, page setup) is appendix.ts; where its
// printed pages end, and the headers written again on them, is ../printPages.ts and ../insertRows.ts.
// The sections (aidSection.ts, fdiSection.ts) lay the rows out; both draw their breakdown tables with
// breakdown.ts; texts.ts holds the words.
//
// The plan reads figures only from the Summary it is given: it never runs the summarisers itself.
import type { Lang, ValidationResult, WorkbookInput } from '../../model';
import { formatDay, isoToDay, todayDay } from '../../parse/date';
import type { Summary } from '../../summary';
import { samePeriodLastYear, type Period } from '../../summary/period';
import { BREAKDOWNS, type Breakdown } from '../../summary/request';
import type { SheetPlan } from '../sheetPlan';
import { aidSection } from './aidSection';
import { Builder } from './builder';
import { fdiSection } from './fdiSection';
import { summaryParagraph } from './paragraph';
import { noRegisterSection, type Section } from './sectionRows';
import { T, type Texts } from './texts';
import { appendixPage, signatureBlock, SHEET_COLS, titleBlock, unitLine } from './appendix';
import type { Signing } from './signing';
import { LINE_POINTS, MAX_ROW_POINTS, wrappedLines, wrappedRowHeights } from '../rowHeights';
import { pageCapacity, pageStarts, rowHeightsOf } from '../printPages';
import { withPages } from '../insertRows';
import { STYLE_FORMATS } from '../styles';
import { noRegisterText, warningText } from '../../summary/words';

export { renderFormula, sameFigure, simulateFormula, type Criterion, type CriterionOp, type FormulaModel } from './formula';
export { periodPhrase, summaryParagraph } from './paragraph';
export { mergeSigning, signingFromProperties, signingProperties, SIGNING_FIELDS, SIGNING_PROPERTIES, type Signing, type SigningField } from './signing';

export interface SummaryPlanOptions {
  lang: Lang;
  /** Day number of the generation date; default today. */
  today?: number;
  /** Breakdown tables to include (and their charts); default all. */
  breakdowns?: readonly Breakdown[];
  /** Issuing body, report, place, signers and where totals stand (signing.ts); blank gaps when absent. */
  signing?: Signing;
}

const COLUMN_WIDTHS = [52, 18, 18, 18, 16];

/** The typeface of Vietnamese administrative documents. */
export const APPENDIX_FONT = 'Times New Roman';

/** The summary sheet for `summary` (computed from `result.tables`), with live formulas over `input`'s registers. */
export function summaryPlan(summary: Summary, result: ValidationResult, input: WorkbookInput, opts: SummaryPlanOptions): SheetPlan {
  const lang = opts.lang;
  const cur = summary.currency;
  const period: Period = { from: isoToDay(summary.period.from), to: isoToDay(summary.period.to), label: summary.period.label };
  const prev = samePeriodLastYear(period);
  const b = new Builder(input, (c) => (c.toUpperCase() === 'VND' ? 'moneyVnd' : 'money'));
  const t = (x: Texts): string => x[lang];
  const s: Section = { b, ctx: { input, tables: result.tables, cur }, lang, breakdowns: new Set(opts.breakdowns ?? BREAKDOWNS), t, totalsFirst: false };

  const signing = opts.signing ?? {};
  s.totalsFirst = signing.totals === 'first';
  const day = opts.today ?? todayDay();

  // The appendix's frame: bodies and motto, title, period, the report it is attached to, the unit line.
  let row = titleBlock(b, signing, lang, t(T.title),
    `${t(T.period)}: ${formatDay(period.from, lang)} – ${formatDay(period.to, lang)} (${period.label})`);
  let unit = `${t(T.unit)}: ${cur}`;
  if (summary.fdi.currency !== cur) {
    unit += lang === 'vi'
      ? ` (FDI tính bằng ${summary.fdi.currency} vì không có tỷ giá USD/VND)`
      : ` (FDI in ${summary.fdi.currency}: no USD/VND rate)`;
  }
  row++;
  b.text(row++, 0, t(T.legend), 'note', 5);
  // Amounts that could not be converted are said before any figure.
  for (const w of summary.warnings) b.text(row++, 0, `! ${warningText(w, lang)}`, 'subtitle', 5);
  unitLine(b, row++, unit);
  // The title block, legend and unit line print together on the first page, with what follows them.
  b.print.keepTogether.push({ first: 0, last: row - 1 });
  b.keepWithNext(row - 1);
  b.row = row;

  // A kind with no register says so instead of a column of zeros.
  if (summary.aid.hasRegister) aidSection(s, summary.aid, summary.exact.aid, period, prev);
  else noRegisterSection(s, T.aid, noRegisterText('aid', lang));
  if (summary.fdi.hasRegister) fdiSection(s, summary.fdi, summary.exact.fdi, period, prev);
  else noRegisterSection(s, T.fdi, noRegisterText('fdi', lang));

  // The charts on a page of their own after the tables; then the paragraph and the signatures, which
  // close the appendix (nothing prints under the signatures, and they never stand on a page alone).
  chartsPage(b, t);
  b.row++;
  b.keepWithNext(b.row);
  b.text(b.row++, 0, t(T.paragraph), 'header', 5);
  // The paragraph in one merged block, as many rows as its lines need (a row holds at most 409 points).
  const paragraph = summaryParagraph(summary, lang);
  const paraRows = Math.max(1, Math.ceil((wrappedLines(paragraph, COLUMN_WIDTHS.reduce((x, y) => x + y, 0)) * LINE_POINTS) / MAX_ROW_POINTS));
  b.text(b.row, 0, paragraph, 'note');
  b.merges.push({ row: b.row, col: 0, rows: paraRows, cols: 5 });
  b.print.keepTogether.push({ first: b.row, last: b.row + paraRows });
  b.keepWithNext(b.row + paraRows);
  b.row += paraRows + 1;
  signatureBlock(b, signing, lang, day);

  const page = appendixPage();
  page.printArea = { row: 0, col: 0, rows: b.row, cols: SHEET_COLS };
  const plan: SheetPlan = {
    name: lang === 'vi' ? `Tổng hợp ${summary.period.label}` : `Summary ${summary.period.label}`,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: wrappedRowHeights(b.cells, b.merges, COLUMN_WIDTHS, (c) => (c.style ? STYLE_FORMATS[c.style].size ?? 11 : 11)),
    cells: b.cells,
    merges: b.merges,
    charts: b.charts,
    font: APPENDIX_FONT,
    borders: b.boxes,
    page,
  };
  // Cut into pages: where each ends, and each continued table's header written again on its next page.
  // A blank row between tables ends a page rather than begins one.
  const written = new Set(plan.cells.map((c) => c.row));
  const blank: number[] = [];
  for (let r = 1; r < b.row; r++) if (!written.has(r)) blank.push(r);
  const starts = pageStarts(rowHeightsOf(b.row, plan.cells, plan.rowHeights ?? []), { ...b.print, keepWithPrevious: blank }, pageCapacity(page, COLUMN_WIDTHS));
  return withPages(plan, starts, (c) => t(T.chartCopy).replace('{title}', c.title));
}

/** Rows a chart stands on: two charts and the page's heading fill an A4 landscape page. */
const CHART_ROWS = 13;

/** The charts stacked across columns A–E on a page of their own, under a heading. */
function chartsPage(b: Builder, t: (x: Texts) => string): void {
  if (b.charts.length === 0) return;
  b.row++;
  const head = b.row++;
  b.text(head, 0, t(T.charts), 'subtitle', SHEET_COLS);
  b.print.newPageBefore.push(head);
  b.keepWithNext(head);
  b.charts.forEach((c, i) => {
    if (i > 0) b.row++;
    c.anchor = { row: b.row, col: 0, rows: CHART_ROWS, cols: SHEET_COLS };
    b.print.keepTogether.push({ first: b.row, last: b.row + CHART_ROWS - 1 });
    b.row += CHART_ROWS;
  });
}
