// The check column of a register template: AID.CHECK on each row, recalculated as users type, and
// conditional formats that colour the cells its text names and the check cell itself. Where AID.CHECK
// cannot run (Office without custom functions or the shared runtime, LibreOffice, the add-in not
// loaded), the column falls back to the rules' native Excel conditions, written in the same
// "RULE-ID Label: text" form, so the same cells turn red and the workbook stays useful.
import type { Lang } from '../model';
import type { ColumnDef, RegisterDef } from '../schema/registers';
import { RULE_MODULES } from '../rules';
import type { NativeCell } from '../rules/define';
import { colLetter } from '../base/a1';
import type { PlanConditionalFormat } from './sheetPlan';

export const CHECK_HEADER: Readonly<Record<Lang, string>> = { vi: 'Kiểm tra', en: 'Check' };

/**
 * Every rule id is "AID-" and four characters (catalog.ts; a test holds it to that). As SEARCH wildcards
 * it anchors a label to the start of one problem of AID.CHECK's text.
 */
const ANY_RULE_ID = 'AID-????';

/** A register's columns start in column A; the check column follows the last one. */
function layout(def: RegisterDef, headerRow: number): { first: string; last: string; check: string; header: number; data: number } {
  return {
    first: colLetter(0),
    last: colLetter(def.columns.length - 1),
    check: colLetter(def.columns.length),
    header: headerRow + 1,
    data: headerRow + 2,
  };
}

/**
 * The check on the first data row, without '=' (a calculated column: each row gets it moved down):
 * AID.CHECK, or where it gives an error (no custom functions: #NAME?) the native check. AID.CHECK gets
 * the header row too, so the columns are found by their names and a column inserted into the table
 * does not break the check; the kind makes sure they are read as this register. `lists` holds each
 * code list's range on the code-list sheet (with or without a leading '='), for the native check.
 */
export function checkFormula(def: RegisterDef, headerRow: number, lang: Lang = 'vi', lists: ReadonlyMap<string, string> = new Map()): string {
  const l = layout(def, headerRow);
  const aid = `AID.CHECK(${l.first}${l.data}:${l.last}${l.data},"${def.kind}",${l.first}$${l.header}:${l.last}$${l.header})`;
  return `IFERROR(${aid},${nativeCheck(def, headerRow, lang, lists)})`;
}

/** A formula string literal. */
const literal = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * What Excel's own functions can tell about a row, as AID.CHECK would write it: "RULE-ID Label: title. "
 * for each rule whose native condition holds, in column order; "" for a blank row. Covers required
 * values, numbers and dates typed as text or not at all, dates in the future, values missing from the
 * drop-down lists, negative amounts, counts and rates, and dates or amounts out of order in the row.
 */
export function nativeCheck(def: RegisterDef, headerRow: number, lang: Lang, lists: ReadonlyMap<string, string>): string {
  const l = layout(def, headerRow);
  const refOfKey = new Map(def.columns.map((c, i) => [c.key, `${colLetter(i)}${l.data}`]));
  const parts: string[] = [];
  def.columns.forEach((c: ColumnDef, i) => {
    const listId = c.type === 'currency' ? 'currencies' : c.codeList;
    const list = listId ? lists.get(listId)?.replace(/^=/, '') ?? null : null;
    const at: NativeCell = { column: c, ref: `${colLetter(i)}${l.data}`, required: c.required, list, refOf: (key) => refOfKey.get(key) ?? null };
    for (const rule of RULE_MODULES) {
      const condition = rule.native?.(at);
      if (!condition) continue;
      const title = lang === 'vi' ? rule.titleVi : rule.titleEn;
      parts.push(`IF(${condition},${literal(`${rule.id} ${c[lang]}: ${title}. `)},"")`);
    }
  });
  const body = parts.length > 0 ? parts.join('&') : '""';
  return `IF(COUNTA(${l.first}${l.data}:${l.last}${l.data})=0,"",${body})`;
}

/** `s` as literal text inside a SEARCH pattern in a formula string. */
function searchLiteral(s: string): string {
  return s.replace(/[~*?]/g, '~$&').replace(/"/g, '""');
}

/**
 * TRUE when the check text names the column. AID.CHECK writes each problem as "RULE-ID Label: message",
 * the label in Excel's display language, which need not be the template's: both labels are looked for.
 * Searching for "AID-???? Label:" rather than the bare label keeps a label that occurs inside a message
 * or another label from matching: "Date" is in "is not a valid date" and in "Start date:", and "Kind" in
 * "positive amount of kind ...".
 */
function namesColumn(labels: readonly string[], checkCell: string): string {
  const tests = labels.map((l) => `ISNUMBER(SEARCH("${ANY_RULE_ID} ${searchLiteral(l)}:",${checkCell}))`);
  return tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
}

/**
 * The check cell in the 'warning' look when it holds a problem (or an error value: #NAME? before the
 * add-in is loaded says the check is not running), then each register column in the 'error' look on the
 * rows whose check text names it. Over `rows` rows from the first data row, as the dropdowns.
 */
export function checkHighlights(def: RegisterDef, headerRow: number, rows: number): PlanConditionalFormat[] {
  const l = layout(def, headerRow);
  const checkCell = `$${l.check}${l.data}`;
  const column = (col: number) => [{ row: headerRow + 1, col, rows, cols: 1 }];
  return [
    // TRUE() rather than the literal TRUE: the same in Excel, and an engine without boolean literals
    // (HyperFormula, which the tests use) reads it too.
    { ranges: column(def.columns.length), formula: `IFERROR(${checkCell}<>"",TRUE())`, look: 'warning' },
    ...def.columns.map((c, col): PlanConditionalFormat => ({
      ranges: column(col),
      formula: namesColumn([...new Set([c.vi, c.en])], checkCell),
      look: 'error',
    })),
  ];
}
