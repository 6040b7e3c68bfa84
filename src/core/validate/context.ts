// Shared state of one validation run: where issues go and how they are phrased.
import type { EngineOptions, Issue, Lang, SheetInput, TableInfo } from '../model';
import { a1 } from '../base/a1';
import { rule, type ParamsOf, type RuleId } from '../rules';
import type { MsgParams } from '../rules/define';
import { renderMessage } from '../rules/render';
import { todayDay } from '../parse/date';
import type { ColumnDef, RegisterDef } from '../schema/registers';
import type { IdTable } from './engine/idTable';
import type { RowStore } from './engine/rowStore';
import type { ForeignAmount } from './units';

export class IssueSink {
  readonly issues: Issue[] = [];
  readonly lang: Lang;
  constructor(lang: Lang) {
    this.lang = lang;
  }

  /** Reports rule `ruleId` with the parameters its module declares (a missing or misspelt one does not compile). */
  add<R extends RuleId>(ruleId: R, sheet: string, row: number | null, col: number | null, params: ParamsOf<R>, fix: number | string | null = null): Issue {
    const def = rule(ruleId);
    const cell = row !== null && col !== null ? a1(row, col) : null;
    const full = { ...params, sheet } as MsgParams;
    if (cell) full.cell = cell;
    const issue: Issue = {
      rule: ruleId,
      severity: def.severity,
      sheet,
      cell,
      row,
      col,
      message: renderMessage(ruleId, full, this.lang),
      fix: fix === null ? null : { value: fix },
      params: full,
    };
    this.issues.push(issue);
    return issue;
  }
}

/** A class, not an object literal: a literal made once per run gets a hidden class of its own each time (see engine/shapes.ts). */
export class RunContext {
  readonly sink: IssueSink;
  readonly today: number;
  readonly locale: Lang;

  constructor(readonly opts: EngineOptions) {
    this.sink = new IssueSink(opts.lang ?? 'vi');
    this.today = opts.today ?? todayDay();
    this.locale = opts.locale ?? 'vi';
  }
}

export function makeContext(opts: EngineOptions): RunContext {
  return new RunContext(opts);
}

/** One register being validated: its sheet, definition, column positions and parsed rows. */
export interface TableCtx {
  sheet: SheetInput;
  def: RegisterDef;
  info: TableInfo;
  colOf: Record<string, number>;
  /** Column definitions present in the sheet, with their position and header unit. */
  present: { def: ColumnDef; col: number; headerCurrency?: string; multiplier?: number }[];
  /** The parsed data rows (dataRows.ts), column by column. */
  store: RowStore;
  /** Language of the register's headers: canonical values are proposed in it. */
  dataLang: Lang;
  /**
   * For a register identified by one id column: its distinct ids, each with the index in `store` of
   * its first row. Built by the duplicate-id rule and reused by the cross-register rules.
   */
  ids?: IdTable;
  /** Amounts written in another currency than their column's, waiting for the workbook's rates (units.ts). */
  foreign?: ForeignAmount[];
  /** Per row of `store`, the hash of its mapped cells for the duplicate-row rule (see engine/rowHash.ts). */
  rowHashes?: Int32Array;
}
