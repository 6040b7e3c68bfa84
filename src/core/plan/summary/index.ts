// The summary sheet (`summary --out`, and the add-in's "build summary") as a SheetPlan: key figures,
// tables by sector, donor, country and place, the FDI items 1–6 and a paragraph ready to paste.
//
// Live formulas where Excel can compute the figure: each candidate figure is a sum of SUMIFS/COUNTIFS
// terms over the register tables (formula.ts), built from the registers' own spellings (criteria.ts,
// aidCriteria.ts, fdiCriteria.ts) and simulated on the raw grid; it is written only when the
// simulation gives the engine's exact figure (the summary's unrounded twin, Summary.exact), else the
// printed value is written, marked "*" (builder.ts). The sections (aidSection.ts, fdiSection.ts)
// lay the rows out; both draw their breakdown tables with breakdown.ts; texts.ts holds the words.
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
import { noRegisterText, warningText } from '../../summary/words';

export { renderFormula, sameFigure, simulateFormula, type Criterion, type CriterionOp, type FormulaModel } from './formula';
export { periodPhrase, summaryParagraph } from './paragraph';

export interface SummaryPlanOptions {
  lang: Lang;
  /** Day number of the generation date; default today. */
  today?: number;
  /** Breakdown tables to include (and their charts); default all. */
  breakdowns?: readonly Breakdown[];
}

/** The summary sheet for `summary` (computed from `result.tables`), with live formulas over `input`'s registers. */
export function summaryPlan(summary: Summary, result: ValidationResult, input: WorkbookInput, opts: SummaryPlanOptions): SheetPlan {
  const lang = opts.lang;
  const cur = summary.currency;
  const period: Period = { from: isoToDay(summary.period.from), to: isoToDay(summary.period.to), label: summary.period.label };
  const prev = samePeriodLastYear(period);
  const b = new Builder(input, (c) => (c.toUpperCase() === 'VND' ? 'moneyVnd' : 'money'));
  const t = (x: Texts): string => x[lang];
  const s: Section = { b, ctx: { input, tables: result.tables, cur }, lang, breakdowns: new Set(opts.breakdowns ?? BREAKDOWNS), t };

  // Title, period, currency, date.
  b.text(0, 0, t(T.title), 'title');
  b.text(1, 0, `${t(T.period)}: ${formatDay(period.from, lang)} – ${formatDay(period.to, lang)} (${period.label})`, 'subtitle');
  let curLine = `${t(T.currency)}: ${cur}`;
  if (summary.fdi.currency !== cur) {
    curLine += lang === 'vi'
      ? ` (FDI tính bằng ${summary.fdi.currency} vì không có tỷ giá USD/VND)`
      : ` (FDI in ${summary.fdi.currency}: no USD/VND rate)`;
  }
  b.text(2, 0, curLine, 'subtitle');
  b.text(3, 0, `${t(T.generated)}: ${formatDay(opts.today ?? todayDay(), lang)}`, 'subtitle');
  b.text(4, 0, t(T.intro), 'note', 5);
  b.row = 5;
  // Amounts that could not be converted are said before any figure.
  for (const w of summary.warnings) b.text(b.row++, 0, `! ${warningText(w, lang)}`, 'subtitle', 5);
  b.row++;

  // A kind with no register says so instead of a column of zeros.
  if (summary.aid.hasRegister) aidSection(s, summary.aid, summary.exact.aid, period, prev);
  else noRegisterSection(s, T.aid, noRegisterText('aid', lang));
  if (summary.fdi.hasRegister) fdiSection(s, summary.fdi, summary.exact.fdi, period, prev);
  else noRegisterSection(s, T.fdi, noRegisterText('fdi', lang));

  // The paragraph, and the footnote.
  b.row++;
  b.text(b.row++, 0, t(T.paragraph), 'header', 5);
  b.text(b.row, 0, summaryParagraph(summary, lang), 'note');
  b.merges.push({ row: b.row, col: 0, rows: 8, cols: 5 });
  b.row += 9;
  b.text(b.row++, 0, t(T.footnote), 'note', 5);

  return {
    name: lang === 'vi' ? `Tổng hợp ${summary.period.label}` : `Summary ${summary.period.label}`,
    columnWidths: [52, 18, 18, 18, 16],
    cells: b.cells,
    merges: b.merges,
    charts: b.charts,
  };
}
