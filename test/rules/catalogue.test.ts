// The rule modules as a whole: every module's meta is well formed and renders in both languages from
// its declared parameters, each rule has its own test file here, and each rule's `needs` matches what
// the engine actually needs to find the sample's planted problem (which is what AID.CHECK relies on).
import * as fs from 'fs';
import * as path from 'path';
import type { Lang, RawValue } from '../../src/core/model';
import { RULE_MODULES, RULE_IDS, RULES, rule, type RuleDef } from '../../src/core/rules';
import { kindOf, type ParamKind } from '../../src/core/rules/define';
import { renderMessage } from '../../src/core/rules/render';
import { negativeAmount } from '../../src/core/rules/cell/negativeAmount';
import { notANumber } from '../../src/core/rules/cell/notANumber';
import { totalsMismatch } from '../../src/core/rules/table/totalsMismatch';
import { formatNumber } from '../../src/core/i18n/format';
import { formatDay, ymdToDay } from '../../src/core/parse/date';
import { validateWorkbook } from '../../src/core/validate';
import type { IssueSink } from '../../src/core/validate/context';
import { ROW_SEES } from '../../src/functions/check';
import { ruleTitle } from '../../src/taskpane/problems';
import { sampleBook, toInput, TODAY } from '../helpers/sample';
import { aidRow, aidSheet, run } from './fixtures';

const ALL: readonly RuleDef[] = RULE_MODULES;
const FAMILY: Record<string, string> = { T: 'table', C: 'cell', R: 'row', X: 'cross' };

describe('rule modules', () => {
  it('have ids of the form AID-<family><number>, each in the folder of its family, unique', () => {
    const src = path.join(__dirname, '..', '..', 'src', 'core', 'rules');
    for (const r of ALL) {
      expect(r.id).toMatch(/^AID-[TCRX]\d{3}$/);
      const file = fs.readdirSync(path.join(src, FAMILY[r.id[4]])).find((f) => fs.readFileSync(path.join(src, FAMILY[r.id[4]], f), 'utf8').includes(`'${r.id}'`));
      expect(file).toBeDefined();
    }
    expect(new Set(RULE_IDS).size).toBe(ALL.length);
  });
  it('have unique kebab-case names, a severity, a need and titles in both languages', () => {
    expect(new Set(ALL.map((r) => r.name)).size).toBe(ALL.length);
    for (const r of ALL) {
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(r.severity);
      expect(['header', 'cell', 'row', 'table', 'workbook', 'workbooks']).toContain(r.needs);
      expect(r.titleVi.length * r.titleEn.length).toBeGreaterThan(0);
      expect(r.titleVi).not.toBe(r.titleEn);
    }
  });
  it('are the catalogue: RULES and rule() find each module by its id', () => {
    for (const r of ALL) expect([RULES.get(r.id), rule(r.id)]).toEqual([r, r]);
    expect(() => rule('AID-X999')).toThrow('unknown rule AID-X999');
  });

  // A value of each kind, and how the message must show it.
  const DAY = ymdToDay(2024, 3, 15);
  const sampleValue: Record<ParamKind, string | number> = { text: 'Giá trị mẫu', number: 1234567.5, day: DAY, word: 'about' };
  const shown = (kind: ParamKind, lang: Lang): string =>
    kind === 'number' ? formatNumber(1234567.5, lang) : kind === 'day' ? formatDay(DAY, lang) : kind === 'word' ? (lang === 'vi' ? 'khoảng' : 'about') : 'Giá trị mẫu';

  it.each(ALL.map((r) => [r.id, r] as const))('%s renders in VI and EN from its declared parameters, each shown as its kind', (_id, r) => {
    const params = { kind: 'aid-projects', column: 'donor', sheet: 'Trang 1', cell: 'C2', ...Object.fromEntries(Object.entries(r.params).map(([k, kind]) => [k, sampleValue[kindOf(kind)!]])) };
    for (const lang of ['vi', 'en'] as const) {
      const text = renderMessage(r.id, params, lang);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(text).toContain(lang === 'vi' ? 'Trang "Trang 1"' : 'Sheet "Trang 1"');
      // Every declared parameter the message shows is shown as its kind says (not-a-number keeps its
      // parser's reason for hosts without showing it).
      for (const [k, kind] of Object.entries(r.params)) {
        if (r.id === 'AID-C102' && k === 'reason') continue;
        expect([k, text]).toEqual([k, expect.stringContaining(String(shown(kindOf(kind)!, lang)))]);
      }
    }
    expect(renderMessage(r.id, params, 'vi')).not.toBe(renderMessage(r.id, params, 'en'));
  });

  it('renders every message in both languages naming the sheet and cell', () => {
    const r = run(aidSheet(aidRow(1, { donor: null })));
    const i = r.issues[0];
    expect(i.message).toMatch(/^Sheet "Aid", cell C2/);
    const vi = validateWorkbook({ sheets: [aidSheet(aidRow(1, { donor: null }))] }, { today: TODAY, lang: 'vi' }).issues[0];
    expect(vi.message).toMatch(/^Trang "Aid", ô C2/);
  });

  it('each have a test file here, named after the rule', () => {
    const files = fs.readdirSync(__dirname).filter((f) => /^AID-/.test(f)).sort();
    expect(files).toEqual(ALL.map((r) => `${r.id}-${r.name}.test.ts`).sort());
  });

  it('cannot be emitted under a misspelt id, nor without their declared parameters (compile errors, checked by the typecheck)', () => {
    const sink = { add: () => undefined } as unknown as IssueSink;
    // @ts-expect-error -- no rule AID-X999: RuleId lists the modules' ids
    expect(() => sink.add('AID-X999', 'S', 0, 0, {})).not.toThrow();
    // @ts-expect-error -- negative-amount declares `value`, not `valu`
    sink.add(negativeAmount.id, 'S', 0, 0, { valu: -5 });
    // @ts-expect-error -- totals-mismatch's figures are numbers, formatted by the message
    sink.add(totalsMismatch.id, 'S', 0, 0, { stated: '1', computed: 2, diff: 3 });
    // not-a-number's `reason` is optional ("text?"), and any rule may be placed by kind and column.
    sink.add(notANumber.id, 'S', 0, 0, { value: 'x', kind: 'aid-projects', column: 'committed' });
  });
});

describe('each rule needs what the engine needs to find it (the planted sample)', () => {
  const book = sampleBook(true);
  const input = toInput(book);
  const sheetOf = (name: string) => input.sheets.find((s) => s.name === name)!;
  const headerRowOf = new Map(validateWorkbook(input, { today: TODAY }).tables.map((t) => [t.info.sheet, t.info.headerRow - 1]));
  const rowOf = (cell: string | null): number | null => (cell === null ? null : Number(/\d+$/.exec(cell)![0]) - 1);
  const whole = validateWorkbook(input, { today: TODAY }).issues;
  /** An issue's parameters but its address, which moves when rows are left out. */
  const said = (params: object): string => JSON.stringify({ ...params, cell: undefined });

  /**
   * Whether the engine finds the planted issue (same rule, row and parameters as on the whole workbook)
   * when given only these rows of the sheet: a table rule given one row may judge it, wrongly (a lone
   * totals row "adds up" to nothing), which is why AID.CHECK leaves it out.
   */
  function finds(id: string, name: string, rows: readonly (readonly RawValue[])[], rowMap: number[], cell: string | null): boolean {
    const s = sheetOf(name);
    const r = validateWorkbook({ sheets: [{ name, rows: rows as RawValue[][], font: (row, col) => s.font?.(rowMap[row], col), formula: (row, col) => s.formula?.(rowMap[row], col) }] }, { today: TODAY });
    const want = rowOf(cell);
    const planted = whole.filter((i) => i.rule === id && i.sheet === name && i.cell === cell).map((i) => said(i.params));
    return r.issues.some((i) => i.rule === id && (want === null || i.row === null || rowMap[i.row] === want) && planted.includes(said(i.params)));
  }

  /** The planted problem alone with its header: one row of data, or each data row in turn for a header problem. */
  function foundOnOneRow(id: string, name: string, cell: string | null): boolean {
    const rows = sheetOf(name).rows;
    const h = headerRowOf.get(name)!;
    const r = rowOf(cell);
    const candidates = r !== null && r > h ? [r] : rows.map((_, k) => k).filter((k) => k > h);
    return candidates.some((k) => finds(id, name, [rows[h], rows[k]], [h, k], cell));
  }

  const cases = book.planted.map((p) => [p.rule, p.sheet, p.cell, RULES.get(p.rule)!.needs] as const);
  // AID-T008 no-register: a workbook holding registers cannot hold it (its own test file checks it);
  // rules that need other workbooks are a consolidation's (test/consolidate.test.ts and their own files).
  it('plants every rule', () => expect([...new Set(cases.map((c) => c[0]))].sort())
    .toEqual(RULE_IDS.filter((id) => id !== 'AID-T008' && RULES.get(id)!.needs !== 'workbooks').sort()));

  it.each(cases)('%s on %s!%s (needs %s): found on its row alone exactly when AID.CHECK judges it', (id, name, cell, needs) => {
    expect(foundOnOneRow(id, name, cell)).toBe(ROW_SEES.has(needs));
  });

  it.each(cases.filter((c) => c[3] !== 'workbook'))('%s on %s!%s (needs %s): found on its own sheet alone', (id, name, cell) => {
    const rows = sheetOf(name).rows;
    expect(finds(id, name, rows, rows.map((_, k) => k), cell)).toBe(true);
  });

  it.each(cases.filter((c) => c[3] === 'workbook' && c[0] !== 'AID-X305'))('%s on %s!%s (needs the workbook): not found on its own sheet alone', (id, name, cell) => {
    const rows = sheetOf(name).rows;
    expect(finds(id, name, rows, rows.map((_, k) => k), cell)).toBe(false);
  });
});

describe('the task pane problem list', () => {
  it('heads each rule group with the title its module declares, in the pane language', () => {
    for (const r of ALL) expect([ruleTitle(r.id, 'vi'), ruleTitle(r.id, 'en')]).toEqual([r.titleVi, r.titleEn]);
  });
});
