// Layout of an empty register workbook ("template") as sheet plans: one sheet per register with a
// real Excel table, formats and dropdowns fed from a code-list sheet that users may extend, and a check
// column whose problems are coloured into the row (checkColumn.ts).
import { CODE_LISTS, PROVINCES } from '../codes';
import type { Lang } from '../model';
import {
  AID_DISBURSEMENTS, AID_PROJECTS, EXCHANGE_RATES, FDI_CAPITAL_CHANGES, FDI_IMPLEMENTED, FDI_PROJECTS,
  type CodeListId, type ColumnDef, type RegisterDef, templateDef,
} from '../schema/registers';
import { CHECK_HEADER, checkFormula, checkHighlights } from './checkColumn';
import { colLetter, quoteSheet } from '../base/a1';
import type { PlanValidation, SheetPlan } from './sheetPlan';
import { countriesForPeople } from '../codes/countryOrder';

export type TemplateKind = 'aid' | 'fdi';

/** Rows made ready for typing (formats and dropdowns reach this far). */
export const TEMPLATE_ROWS = 1000;
const HEADER_ROW = 2; // 0-based: title, blank, header
/** Room for a few problems on one line; longer text stays readable in the formula bar. */
const CHECK_WIDTH = 60;

const LIST_TITLES: Record<CodeListId | 'currencies', { vi: string; en: string }> = {
  sectors: { vi: 'Lĩnh vực', en: 'Sector' },
  countries: { vi: 'Quốc gia', en: 'Country' },
  provinces: { vi: 'Tỉnh, thành phố', en: 'Province' },
  vsic: { vi: 'Ngành VSIC', en: 'VSIC section' },
  aidStatuses: { vi: 'Tình trạng viện trợ', en: 'Aid status' },
  fdiStatuses: { vi: 'Tình trạng dự án FDI', en: 'FDI status' },
  aidForms: { vi: 'Hình thức viện trợ', en: 'Form of aid' },
  fundingSources: { vi: 'Nguồn vốn', en: 'Source' },
  fdiChangeKinds: { vi: 'Loại điều chỉnh', en: 'Change kind' },
  currencies: { vi: 'Loại tiền', en: 'Currency' },
};

const COMMON_CURRENCIES = ['VND', 'USD', 'EUR', 'JPY', 'KRW', 'AUD', 'GBP', 'CHF', 'CAD', 'SGD', 'CNY', 'THB', 'SEK', 'NOK', 'DKK', 'NZD', 'TWD', 'HKD'];

function listValues(id: CodeListId | 'currencies', lang: Lang): string[] {
  if (id === 'currencies') return COMMON_CURRENCIES;
  if (id === 'provinces') return PROVINCES.entries.map((p) => p[lang]);
  if (id === 'vsic') return CODE_LISTS.vsic.entries.map((e) => `${e.code} - ${e[lang]}`);
  if (id === 'countries') return countriesForPeople(lang);
  return CODE_LISTS[id].entries.map((e) => e[lang]);
}

export function codeListSheetName(lang: Lang): string {
  return lang === 'vi' ? 'Danh mục' : 'Code lists';
}

/**
 * Formats with nothing in them but the number. Optional decimals alone ("#,##0.##") leave a bare
 * separator on whole numbers ("1.000.000,"), so decimals are fixed, with optional ones only after them.
 */
export function numFmtFor(c: ColumnDef): string | undefined {
  if (c.type === 'date') return 'dd/mm/yyyy';
  if (c.type === 'amount') return c.fixedCurrency === 'VND' ? '#,##0' : '#,##0.00';
  if (c.type === 'integer') return '#,##0';
  if (c.type === 'rate') return '#,##0.00####';
  return undefined;
}

function registerSheet(def: RegisterDef, lang: Lang, lists: Map<string, string>): SheetPlan {
  const headers = [...def.columns.map((c) => c[lang]), CHECK_HEADER[lang]];
  const validations: PlanValidation[] = [];
  def.columns.forEach((c, i) => {
    const listId = c.type === 'currency' ? 'currencies' : c.codeList;
    const ref = listId ? lists.get(listId) : undefined;
    if (ref) validations.push({ range: { row: HEADER_ROW + 1, col: i, rows: TEMPLATE_ROWS, cols: 1 }, list: { formula: ref } });
  });
  return {
    name: lang === 'vi' ? def.sheetVi : def.sheetEn,
    columnWidths: [
      ...def.columns.map((c) => (c.type === 'text' ? 32 : c.type === 'date' ? 13 : c.type === 'amount' ? 18 : Math.max(12, c[lang].length + 2))),
      CHECK_WIDTH,
    ],
    cells: [{ row: 0, col: 0, value: def[lang], style: 'title' }],
    tables: [{
      name: def.kind.replace(/-/g, '_'),
      row: HEADER_ROW,
      col: 0,
      headers,
      rows: [headers.map(() => null)],
      numFmts: [...def.columns.map(numFmtFor), undefined],
      formulas: [...def.columns.map(() => undefined), checkFormula(def, HEADER_ROW, lang, lists)],
    }],
    validations,
    conditionalFormats: checkHighlights(def, HEADER_ROW, TEMPLATE_ROWS),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
  };
}

function codeListSheet(ids: (CodeListId | 'currencies')[], lang: Lang): { plan: SheetPlan; refs: Map<string, string> } {
  const name = codeListSheetName(lang);
  const cells: SheetPlan['cells'] = [];
  const refs = new Map<string, string>();
  ids.forEach((id, col) => {
    const values = listValues(id, lang);
    cells.push({ row: 0, col, value: LIST_TITLES[id][lang], style: 'header' });
    values.forEach((v, i) => cells.push({ row: i + 1, col, value: v }));
    // Room below each list so users can add their own values and keep the dropdowns working.
    const last = values.length + 50;
    refs.set(id, `=${quoteSheet(name)}!$${colLetter(col)}$2:$${colLetter(col)}$${last + 1}`);
  });
  return { plan: { name, cells, columnWidths: ids.map(() => 30), freeze: { rows: 1, cols: 0 } }, refs };
}

/** Every sheet of a template, in the order they should appear. */
export function templatePlans(kind: TemplateKind, lang: Lang): SheetPlan[] {
  const registers = kind === 'aid'
    ? [AID_PROJECTS, AID_DISBURSEMENTS, EXCHANGE_RATES]
    : [FDI_PROJECTS, FDI_CAPITAL_CHANGES, FDI_IMPLEMENTED, EXCHANGE_RATES];
  const ids: (CodeListId | 'currencies')[] = kind === 'aid'
    ? ['sectors', 'aidForms', 'fundingSources', 'aidStatuses', 'countries', 'provinces', 'currencies']
    : ['vsic', 'countries', 'provinces', 'fdiStatuses', 'fdiChangeKinds', 'currencies'];
  const { plan: lists, refs } = codeListSheet(ids, lang);
  return [...registers.map((d) => registerSheet(templateDef(d), lang, refs)), lists];
}
