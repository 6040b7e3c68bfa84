// One way from a workbook to its summary, for every host: the CLI and the task pane validate with the
// same options and read the period the same way, so the same data gives the same summary sheet.
import type { EngineOptions, Lang, ValidationResult, WorkbookInput } from '../model';
import { validateWorkbook } from '../validate';
import { summarise, type Summary, type SummaryCurrency } from './index';
import { parsePeriod, type PeriodSpec } from './period';

/** Breakdown tables a summary sheet can hold: aid by sector, donor, donor country, province; FDI by country, VSIC section. */
export const BREAKDOWNS = ['sector', 'donor', 'donorCountry', 'province', 'country', 'vsic'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface SummaryRequest extends PeriodSpec {
  currency: SummaryCurrency;
  /** Language of messages and of the sheet. */
  lang: Lang;
  /** Today as a day number, for the default period and "date in the future" rules; default: now. */
  today?: number;
  /** Saved column mappings (task pane). */
  mappings?: EngineOptions['mappings'];
  /** What to do with hidden sheets (EngineOptions.hidden). */
  hidden?: EngineOptions['hidden'];
}

/** Registers' locale for ambiguous numbers: the users write Vietnamese style (DOMAIN.md). */
export const DATA_LOCALE: Lang = 'vi';

/** Throws PeriodError for a period that cannot be read, before any work. */
export function summaryOf(input: WorkbookInput, req: SummaryRequest): { result: ValidationResult; summary: Summary } {
  const period = parsePeriod({ year: req.year, period: req.period, from: req.from, to: req.to }, req.today);
  const result = validateWorkbook(input, { lang: req.lang, locale: DATA_LOCALE, today: req.today, mappings: req.mappings, hidden: req.hidden });
  return { result, summary: summarise(result.tables, { period, currency: req.currency }) };
}
