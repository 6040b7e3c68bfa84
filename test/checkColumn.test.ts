// The templates' check column and its highlighting, evaluated in a real formula engine (HyperFormula with
// the real AID.* functions, test/helpers/hyperformulaAid.ts): the check formula of each row gives the
// row's problems, and exactly the cells the engine finds at fault turn the 'error' look on, with the
// check cell in the 'warning' look; in either display language of Excel, for every register of both
// templates in both languages.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { CODE_LISTS } from '../src/core/codes';
import type { Lang, RawValue } from '../src/core/model';
import { CHECK_HEADER } from '../src/core/plan/checkColumn';
import { formulaAtRow } from '../src/core/plan/formulaRows';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { templatePlans } from '../src/core/plan/templatePlan';
import { RULES } from '../src/core/rules/catalog';
import { judgedOnARow } from '../src/functions/check';
import { REGISTER_KINDS, registerDef, templateDef, type ColumnDef, type RegisterDef } from '../src/core/schema/registers';
import { validateWorkbook } from '../src/core/validate';
import { aidConfig, registerAidFunctions } from './helpers/hyperformulaAid';
import { serial } from './helpers/registerRows';
import { TODAY } from './helpers/sample';

beforeAll(async () => {
  await registerAidFunctions();
});

/**
 * Excel's SEARCH tells "ngày" from "ngay". HyperFormula's default (accentSensitive: false) strips the
 * accents of a wildcard pattern but not of the searched text, so no Vietnamese pattern would match.
 */
const EXCEL_SEARCH = { accentSensitive: true };

const HEADER_ROW = 2; // 0-based, as in the template

/** A value the register accepts in column `col`, in the template's language for code lists; `i` tells rows apart. */
function goodValue(c: ColumnDef, col: number, i: number, lang: Lang): RawCellContent {
  switch (c.type) {
    case 'id': return `P-${i}`;
    case 'text': return 'Nâng cấp trạm y tế';
    case 'code': return CODE_LISTS[c.codeList!].entries[0][lang];
    case 'currency': return 'USD';
    // Later along the columns: approval, start and end dates come in that order.
    case 'date': return serial(2024, 3, 1) + col;
    case 'period': return '2024';
    case 'amount': return 1000;
    case 'integer': return 12;
    case 'rate': return 1.1;
  }
}

/** Required columns filled, and the currency and rates that amounts and rate rows need; the rest blank. */
function goodRow(def: RegisterDef, i: number, lang: Lang): RawCellContent[] {
  return def.columns.map((c, col) => (c.required || c.type === 'rate' || c.type === 'currency' ? goodValue(c, col, i, lang) : null));
}

interface Planted { row: RawCellContent[]; badDate?: number; negative?: number }

/** A good row with a day that does not exist in its first date column and -5 in its first amount or rate. */
function badRow(def: RegisterDef, lang: Lang): Planted {
  const row = goodRow(def, 2, lang);
  const badDate = def.columns.findIndex((c) => c.type === 'date');
  const negative = def.columns.findIndex((c) => c.type === 'amount' || c.type === 'rate');
  if (badDate >= 0) row[badDate] = '31/02/2024';
  if (negative >= 0) row[negative] = -5;
  return { row, badDate: badDate >= 0 ? badDate : undefined, negative: negative >= 0 ? negative : undefined };
}

/**
 * The columns the engine faults in one row, seen as AID.CHECK sees it (that row under the header, rules
 * a single row can judge): the cells that should turn red.
 */
function faultedColumns(header: readonly RawCellContent[], row: readonly RawCellContent[], lang: Lang): number[] {
  const rows = [header, row] as RawValue[][];
  const result = validateWorkbook({ sheets: [{ name: 'R', rows }] }, { lang, locale: lang, today: TODAY });
  const cols = result.issues
    .filter((i) => judgedOnARow(i.rule) && i.row === 1 && i.col !== null)
    .map((i) => i.col!);
  return [...new Set(cols)].sort((a, b) => a - b);
}

interface Evaluated {
  check: unknown[];
  /** Per data row (and one blank row under the table), the columns whose conditional format is TRUE, and its look. */
  lit: { col: number; look: string }[][];
}

/**
 * The register sheet of a template in HyperFormula: title, header, the given rows under it with the
 * check column's formula moved to each row, as both writers put it. Then each conditional format's
 * formula, moved to each cell of its range (single columns, so only rows move), evaluated there.
 */
function evaluate(plan: SheetPlan, rows: RawCellContent[][], displayLanguage: string, lists: SheetPlan = LISTS[0]): Evaluated {
  const table = plan.tables![0];
  const checkCol = table.formulas!.findIndex(Boolean);
  const grid: RawCellContent[][] = [[plan.cells[0].value as string], [], [...table.headers]];
  rows.forEach((r, k) => grid.push([...r, `=${formulaAtRow(table.formulas![checkCol]!, k)}`]));
  // The code-list sheet the drop-downs and the native check read.
  const listGrid: RawCellContent[][] = [];
  for (const c of lists.cells) (listGrid[c.row] ??= [])[c.col] = c.value as RawCellContent;
  const hf = HyperFormula.buildFromSheets({ Sheet: grid, [lists.name]: listGrid }, aidConfig(displayLanguage, EXCEL_SEARCH));
  try {
    const sheet = hf.getSheetId('Sheet')!;
    const check = rows.map((_, k) => hf.getCellValue({ sheet, row: HEADER_ROW + 1 + k, col: checkCol }));
    const lit: Evaluated['lit'] = rows.map(() => []).concat([[]]);
    for (const cf of plan.conditionalFormats ?? []) {
      expect(cf.ranges).toHaveLength(1);
      const range = cf.ranges[0];
      expect(range.cols).toBe(1);
      expect(range.row).toBe(HEADER_ROW + 1);
      for (let k = 0; k <= rows.length; k++) {
        const v = hf.calculateFormula(`=${formulaAtRow(cf.formula.replace(/^=/, ''), k)}`, sheet);
        if (typeof v !== 'boolean') throw new Error(`${cf.formula} at row ${k}: ${JSON.stringify(v)}`);
        if (v) lit[k].push({ col: range.col, look: cf.look });
      }
    }
    for (const l of lit) l.sort((a, b) => a.col - b.col);
    return { check, lit };
  } finally {
    hf.destroy();
  }
}

/** The code-list sheet of each template: the aid one first (tests that do not say use it). */
const LISTS: SheetPlan[] = [];
const registerSheets = (kind: 'aid' | 'fdi', lang: Lang): { def: RegisterDef; plan: SheetPlan; lists: SheetPlan }[] => {
  const plans = templatePlans(kind, lang);
  const lists = plans[plans.length - 1];
  if (LISTS.length === 0) LISTS.push(lists);
  return plans.slice(0, -1).map((plan) => ({ def: templateDef(REGISTER_KINDS.map(registerDef).find((d) => d[lang] === plan.cells[0].value)!), plan, lists }));
};
/** The plan with AID.CHECK unknown to the formula engine, as in an Excel without custom functions. */
const withoutAddIn = (plan: SheetPlan): SheetPlan =>
  ({ ...plan, tables: [{ ...plan.tables![0], formulas: plan.tables![0].formulas!.map((f) => f && f.replace('AID.CHECK', 'NOSUCH.CHECK')) }] });

describe('check column: the formulas work (HyperFormula with the real AID.CHECK)', () => {
  for (const kind of ['aid', 'fdi'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      for (const display of ['vi-VN', 'en-US']) {
        it(`${kind} template (${lang}) in ${display} Excel: a valid row is clean; a bad date and a negative amount light exactly the faulted cells; a blank row nothing`, () => {
          for (const { def, plan, lists } of registerSheets(kind, lang)) {
            const header = plan.tables![0].headers.slice(0, -1);
            const planted = badRow(def, lang);
            const blank = def.columns.map(() => null);
            const { check, lit } = evaluate(plan, [goodRow(def, 1, lang), planted.row, blank], display, lists);

            expect([def.kind, check[0]]).toEqual([def.kind, '']);
            expect([def.kind, check[2]]).toEqual([def.kind, '']);
            expect(typeof check[1]).toBe('string');
            expect(check[1] as string).toMatch(/^AID-[A-Z]\d{3} /);

            const faulted = faultedColumns(header, planted.row, lang);
            // The engine faults at least the planted cells (fdi-implemented has no date column).
            for (const col of [planted.badDate, planted.negative]) if (col !== undefined) expect(faulted).toContain(col);
            const checkCol = def.columns.length;
            expect({ kind: def.kind, lit }).toEqual({
              kind: def.kind,
              lit: [
                [],
                [...faulted.map((col) => ({ col, look: 'error' })), { col: checkCol, look: 'warning' }],
                [],
                [], // under the table: no check text, nothing lit
              ],
            });
          }
        });
      }
    }
  }

  it('AID-R201 (end before start) names the end date: that cell and the check cell light up', () => {
    const [{ def, plan }] = registerSheets('aid', 'vi');
    const row = goodRow(def, 1, 'vi');
    const at = (key: string): number => def.columns.findIndex((c) => c.key === key);
    row[at('startDate')] = serial(2024, 6, 1);
    row[at('endDate')] = serial(2024, 1, 1);
    const { check, lit } = evaluate(plan, [row], 'vi-VN');
    expect(check[0]).toMatch(/^AID-R201 Ngày kết thúc: /);
    expect(lit[0]).toEqual([{ col: at('endDate'), look: 'error' }, { col: def.columns.length, look: 'warning' }]);
  });

  it('an error in the check cell still turns the check cell\'s look on', () => {
    const [{ def, plan, lists }] = registerSheets('fdi', 'en');
    const broken: SheetPlan = { ...plan, tables: [{ ...plan.tables![0], formulas: plan.tables![0].formulas!.map((f) => f && '1/0') }] };
    const { check, lit } = evaluate(broken, [goodRow(def, 1, 'en')], 'en-US', lists);
    expect(check[0]).toMatchObject({ type: 'DIV_BY_ZERO' });
    expect(lit[0]).toEqual([{ col: def.columns.length, look: 'warning' }]);
  });
});

describe('check column without custom functions (AID.CHECK gives #NAME?): the native check', () => {
  for (const kind of ['aid', 'fdi'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${kind} template (${lang}): a valid row and a blank row are clean; a bad date and a negative amount are named in the row's words and light their cells`, () => {
        for (const { def, plan, lists } of registerSheets(kind, lang)) {
          const planted = badRow(def, lang);
          const blank = def.columns.map(() => null);
          const { check, lit } = evaluate(withoutAddIn(plan), [goodRow(def, 1, lang), planted.row, blank], lang === 'vi' ? 'vi-VN' : 'en-US', lists);
          expect([def.kind, check[0], check[2]]).toEqual([def.kind, '', '']);
          const text = String(check[1]);
          // "31/02/2024" typed as text: Excel cannot tell the day is impossible, only that it is text.
          if (planted.badDate !== undefined) expect(text).toContain(`AID-C114 ${def.columns[planted.badDate][lang]}: `);
          if (planted.negative !== undefined) {
            const c = def.columns[planted.negative];
            expect(text).toContain(`${c.type === 'rate' ? 'AID-C116' : 'AID-C108'} ${c[lang]}: `);
          }
          const named = [planted.badDate, planted.negative].filter((x): x is number => x !== undefined).sort((a, b) => a - b);
          expect({ kind: def.kind, lit: lit[1] }).toEqual({ kind: def.kind, lit: [...named.map((col) => ({ col, look: 'error' })), { col: def.columns.length, look: 'warning' }] });
        }
      });
    }
  }

  it('names each problem Excel\'s own functions can tell: required values, text in number and date columns, lists, order of dates, over-disbursed', () => {
    const [{ def, plan, lists }] = registerSheets('aid', 'vi');
    const at = (key: string): number => def.columns.findIndex((c) => c.key === key);
    const row = goodRow(def, 1, 'vi');
    row[at('title')] = null;                        // AID-C101
    row[at('committed')] = 'một trăm';              // AID-C102: no digit at all
    row[at('sector')] = 'Lĩnh vực mới';             // AID-C107: not on its list
    row[at('startDate')] = serial(2024, 6, 1);
    row[at('endDate')] = serial(2024, 1, 1);        // AID-R201
    row[at('approvalDate')] = serial(2024, 7, 1);   // AID-R202
    const { check } = evaluate(withoutAddIn(plan), [row], 'vi-VN', lists);
    const named = [...String(check[0]).matchAll(/(AID-[A-Z]\d{3}) ([^:]+):/g)].map((m) => [m[1], m[2]]);
    // In column order, as AID.CHECK writes them.
    const expected = [
      ['AID-C101', 'title'], ['AID-C107', 'sector'], ['AID-R202', 'approvalDate'], ['AID-R201', 'endDate'], ['AID-C102', 'committed'],
    ].sort((a, b) => at(a[1]) - at(b[1])).map(([id, key]) => [id, def.columns[at(key)].vi]);
    expect(named).toEqual(expected);
    const over = goodRow(def, 2, 'vi');
    over[at('committed')] = 1000;
    over[at('disbursedToDate')] = 5000;
    expect(evaluate(withoutAddIn(plan), [over], 'vi-VN', lists).check[0]).toBe(`AID-R203 ${def.columns[at('disbursedToDate')].vi}: Giải ngân vượt cam kết. `);
  });

  it('names an FDI figure above what a project can hold (đồng typed in the USD column)', () => {
    const sheets = registerSheets('fdi', 'vi');
    const { def, plan, lists } = sheets.find((x) => x.def.kind === 'fdi-projects')!;
    const at = (key: string): number => def.columns.findIndex((c) => c.key === key);
    const row = goodRow(def, 1, 'vi');
    row[at('registered')] = 93_600_000_000_000;
    expect(evaluate(withoutAddIn(plan), [row], 'vi-VN', lists).check[0]).toBe(`AID-C119 ${def.columns[at('registered')].vi}: Số tiền lớn bất thường. `);
    row[at('registered')] = 4_000_000_000;
    expect(evaluate(withoutAddIn(plan), [row], 'vi-VN', lists).check[0]).toBe('');
  });

  it('the native check fits in an Excel formula (8,192 characters) for every register', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const { plan } of [...registerSheets('aid', lang), ...registerSheets('fdi', lang)]) {
        expect(plan.tables![0].formulas!.find(Boolean)!.length).toBeLessThan(8192);
      }
    }
  });
});

describe('check column and Validate', () => {
  it('Validate finds the same problems in a register whether its check column holds text or is absent', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const { def, plan } of [...registerSheets('aid', lang), ...registerSheets('fdi', lang)]) {
        const header = plan.tables![0].headers;
        const { row } = badRow(def, lang);
        const issues = (withCheck: boolean) => {
          const rows = [[plan.cells[0].value], [], withCheck ? header : header.slice(0, -1), withCheck ? [...row, 'AID-C103 x: y'] : row] as RawValue[][];
          return validateWorkbook({ sheets: [{ name: 'S', rows }] }, { lang, locale: lang, today: TODAY }).issues.map((i) => [i.rule, i.cell]);
        };
        expect(issues(false).length).toBeGreaterThan(0);
        expect([def.kind, issues(true)]).toEqual([def.kind, issues(false)]);
      }
    }
  });
});

describe('check column: why the rules search for "AID-???? Label:"', () => {
  it('every rule id is AID- and four characters, which the four ? wildcards stand for', () => {
    for (const id of RULES.keys()) expect(id).toMatch(/^AID-[A-Z0-9]{4}$/);
  });

  it('no register has a label (VI or EN) that another of its columns uses, whatever the case', () => {
    for (const kind of REGISTER_KINDS) {
      const owner = new Map<string, string>();
      for (const c of registerDef(kind).columns) {
        for (const label of new Set([c.vi, c.en])) {
          const key = label.toLocaleLowerCase('vi');
          expect([kind, label, owner.get(key) ?? c.key]).toEqual([kind, label, c.key]);
          owner.set(key, c.key);
        }
      }
    }
  });

  it('control: a bare header search would light "Kind" and "Date" for a negative amount; the anchored rules do not', () => {
    const def = registerDef('fdi-capital-changes');
    const [, { plan }] = registerSheets('fdi', 'en');
    const row = goodRow(def, 1, 'en');
    row[def.columns.findIndex((c) => c.key === 'amount')] = -5;
    row[def.columns.findIndex((c) => c.key === 'date')] = '31/02/2024';
    const { check, lit } = evaluate(plan, [row], 'en-US');
    // The messages mention "kind" (record a decrease … of kind "Decrease") and "date" (not a valid date).
    expect(check[0]).toMatch(/kind "/);
    expect(check[0]).toMatch(/not a valid date/);
    const naive = (label: string): boolean => (check[0] as string).toLowerCase().includes(label.toLowerCase());
    expect(naive('Kind')).toBe(true);
    expect(lit[0].map((l) => def.columns[l.col]?.key ?? 'check')).toEqual(['date', 'amount', 'check']);
  });

  it('the check column is headed "Kiểm tra" / "Check" after the register columns', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const { def, plan } of [...registerSheets('aid', lang), ...registerSheets('fdi', lang)]) {
        expect(plan.tables![0].headers).toEqual([...def.columns.map((c) => c[lang]), CHECK_HEADER[lang]]);
      }
    }
  });
});
