// AID.CHECK: the engine's header, cell and row rules on one register row (or each row of a range), as
// short text for a check column. Rules that need the whole table or other registers (duplicates,
// unknown projects, totals rows, missing rates: each rule's `needs`) are left to Validate in the task
// pane: a formula only sees the row it is given.
import type { Issue, Lang, RawValue } from '../core/model';
import { cellText } from '../core/base/cell';
import { renderMessage } from '../core/rules/render';
import { RULES } from '../core/rules/catalog';
import type { Needs } from '../core/rules/define';
import { registerDef, templateDef } from '../core/schema/registers';
import { defineFunction } from './define';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, isMatrix, type Matrix } from './matrix';
import { kindArg } from './kinds';
import { toRows } from './tables';
import { boundedMemo } from '../core/base/memo';
import { detectHeader } from '../core/detect';
import { validateWorkbook } from '../core/validate';
import type { EngineOptions } from '../core/model';
import type { RegisterKind } from '../core/schema/registers';

/** What a formula given one row under its header sees: the rules needing no more are the ones it judges. */
export const ROW_SEES: ReadonlySet<Needs> = new Set<Needs>(['header', 'cell', 'row']);

/** AID.CHECK reports a rule when a row is all it needs, or when the row alone can show its problem. */
export function judgedOnARow(ruleId: string): boolean {
  const r = RULES.get(ruleId);
  return r !== undefined && (ROW_SEES.has(r.needs) || r.rowCanShow === true);
}

const applies = (i: Issue): boolean => judgedOnARow(i.rule);

const SHEET = 'AID.CHECK';

function describe(issue: Issue, label: string | undefined, lang: Lang): string {
  const where = label ?? (lang === 'vi' ? 'Dòng này' : 'This row');
  return `${issue.rule} ${renderMessage(issue.rule, issue.params, lang, where)}`;
}

type Mapping = NonNullable<EngineOptions['mappings']>[string];

/** Our templates' column order: the register's own. */
const templateMapping = (kind: RegisterKind): Mapping =>
  ({ kind, headerRow: 1, columns: Object.fromEntries(templateDef(registerDef(kind)).columns.map((c, i) => [c.key, i])) });

const headerMemo = boundedMemo(256, (key: string): Mapping | null => {
  const cand = detectHeader({ name: SHEET, rows: [JSON.parse(key) as RawValue[]] });
  return cand ? { kind: cand.def.kind, headerRow: 1, columns: Object.fromEntries(cand.columns.map((c) => [c.key, c.col])) } : null;
});

/**
 * The columns a header row names, found once per distinct header: a check column calls CHECK on
 * thousands of rows under the same header. Null when the header names no register.
 */
function headerMapping(head: readonly RawValue[]): Mapping | null {
  return headerMemo(JSON.stringify(head));
}

function checkRows(row: unknown, kind: unknown, header: unknown, codes: unknown, env: FnEnv): Matrix {
  const k = kindArg(kind, env);
  const data = toRows(row);
  // An empty header cell (what Excel passes for a blank argument pointing at nothing) is no header.
  const hasHeader = isMatrix(header) ? header.some((r) => r.some((v) => !isBlankCell(v))) : !isBlankCell(header);
  if (!hasHeader && !k) fail(env.lang, 'value', 'check-kind-needed');
  const head: RawValue[] = hasHeader ? toRows(header)[0] : templateDef(registerDef(k!)).columns.map((c) => c[env.lang]);
  const width = data[0]?.length ?? 0;
  if (width !== head.length) {
    fail(env.lang, 'value', 'check-width', { got: width, want: head.length });
  }

  // Blank rows get "" and are left out, so a half-filled range reads as one table without gaps.
  const filled: number[] = [];
  data.forEach((r, i) => { if (r.some((v) => !isBlankCell(v))) filled.push(i); });
  const out: Matrix = data.map(() => ['']);
  if (filled.length === 0) return out;

  const rows = [head, ...filled.map((i) => data[i])];
  const mapping = hasHeader ? headerMapping(head) : templateMapping(k!);
  const mappings = mapping ? { [SHEET]: mapping } : undefined;
  // Every row differs, so no cache; the header's column matching is what repeats, and is memoised.
  const codeLists = codeColumns(codes);
  const result = validateWorkbook({ sheets: [{ name: SHEET, rows }] }, { lang: env.lang, locale: env.lang, today: env.today, mappings, codeLists });
  const table = result.tables[0];
  if (!table) return fail(env.lang, 'value', 'table-none');
  if (k && table.info.kind !== k) {
    fail(env.lang, 'value', 'table-kind', { found: registerDef(table.info.kind)[env.lang], wanted: registerDef(k)[env.lang] });
  }
  const labelOf = new Map(table.info.columns.map((c) => [c.col, registerDef(table.info.kind).columns.find((d) => d.key === c.key)?.[env.lang]]));
  const wholeTable: string[] = [];
  const perRow = new Map<number, string[]>();
  for (const issue of result.issues) {
    if (!applies(issue)) continue;
    const text = describe(issue, issue.col === null ? undefined : labelOf.get(issue.col), env.lang);
    if (issue.row === null || issue.row === 0) wholeTable.push(issue.row === null ? `${issue.rule} ${issue.message}` : text);
    else (perRow.get(issue.row) ?? perRow.set(issue.row, []).get(issue.row)!).push(text);
  }
  filled.forEach((dataIndex, j) => {
    out[dataIndex] = [[...wholeTable, ...(perRow.get(j + 1) ?? [])].join('; ')];
  });
  return out;
}

/**
 * The code-list range's columns as texts: the workbook's own code lists ("Danh mục"), whose added
 * values the row's code columns accept as written, as Validate does (validate/workbookLists.ts).
 */
function codeColumns(codes: unknown): string[][] | undefined {
  if (!isMatrix(codes)) return isBlankCell(codes) ? undefined : [[cellText(codes as RawValue)]];
  const width = codes.reduce((w, r) => Math.max(w, r.length), 0);
  const columns: string[][] = Array.from({ length: width }, () => []);
  for (const r of codes) r.forEach((v, c) => { if (!isBlankCell(v)) columns[c].push(cellText(v as RawValue)); });
  return columns;
}

export const CHECK = defineFunction({
  name: 'CHECK',
  en: `Checks a register row with the engine's cell and row rules: "" when valid, otherwise rule ids and messages. Example: =AID.CHECK(A5:T5,"aid-projects"); =AID.CHECK(A5:T5,,A$4:T$4).`,
  vi: 'Kiểm tra một dòng đăng ký theo các quy tắc ô và dòng: rỗng khi hợp lệ, nếu không thì mã quy tắc và nội dung lỗi. Ví dụ: =AID.CHECK(A5:T5;"aid-projects").',
  params: [
    {
      name: 'row', type: 'range',
      en: 'The row (or rows) to check. Example: A5:T5.',
      vi: 'Dòng (hoặc các dòng) cần kiểm tra. Ví dụ: A5:T5.',
    },
    {
      name: 'kind', type: 'value', optional: true,
      en: 'Register kind: aid-projects, aid-disbursements, fdi-projects, fdi-capital-changes, fdi-implemented or exchange-rates. Example: "aid-projects".',
      vi: 'Loại bảng: aid-projects, aid-disbursements, fdi-projects, fdi-capital-changes, fdi-implemented hoặc exchange-rates. Ví dụ: "aid-projects".',
    },
    {
      name: 'header', type: 'range', optional: true,
      en: "The header row, when the columns are not in the template's order. Example: A$4:T$4.",
      vi: 'Dòng tiêu đề, khi các cột không theo thứ tự của mẫu. Ví dụ: A$4:T$4.',
    },
    {
      name: 'codes', type: 'range', optional: true,
      en: "The workbook's own code lists, one list per column (the Code lists sheet): values added there are accepted as written. Example: 'Code lists'!$A$2:$G$300.",
      vi: 'Danh mục của sổ, mỗi cột một danh mục (trang Danh mục): giá trị người dùng thêm vào được chấp nhận như đã ghi. Ví dụ: \'Danh mục\'!$A$2:$G$300.',
    },
  ],
  returns: 'Problems of each row as text; blank when none.',
  run: ([row, kind, header, codes], env)  => checkRows(row, kind, header, codes, env),
});
