// What a rule module declares about its rule: the shape every file under rules/ fills in, so that
// the index, the renderer, AID.CHECK and the README table all read one declaration per rule.
import type { Severity } from '../model';
import type { ColumnDef } from '../schema/registers';

/**
 * What a rule must see to judge a row. AID.CHECK (a formula given one row under its header) judges
 * the rules that need no more than `header`, `cell` or `row`; the others are left to Validate.
 * - header: the header row (and, for a blank header, the cells under it in the row given);
 * - cell: one cell; - row: the other cells of its row;
 * - table: the other rows of its register (blank rows, totals, duplicates);
 * - workbook: other registers (projects a row refers to, disbursements, exchange rates);
 * - workbooks: other workbooks (consolidate: the same record sent by two offices). Validate, which
 *   reads one workbook, never reports these; only a consolidation does.
 */
export type Needs = 'header' | 'cell' | 'row' | 'table' | 'workbook' | 'workbooks';

/**
 * How a message parameter is shown, declared beside the rule rather than guessed from its name:
 * text as given (numbers too, e.g. row numbers), number as an amount in the reader's language,
 * day (a day number) as a date, word (a coded reason) as words in the reader's language.
 */
export type ParamKind = 'text' | 'number' | 'day' | 'word';
/** A parameter's kind; with a trailing "?" the emit site may leave it out. */
export type ParamDecl = Readonly<Record<string, ParamKind | `${ParamKind}?`>>;

/** The kind without its optional mark. */
export const kindOf = (decl: ParamKind | `${ParamKind}?` | undefined): ParamKind | undefined =>
  decl === undefined ? undefined : (decl.endsWith('?') ? decl.slice(0, -1) : decl) as ParamKind;

type Bare<K> = K extends `${infer B}?` ? B : K;
/** What an emit site passes for a kind: amounts and days are numbers, words their codes, texts either. */
type ValueOf<K> = Bare<K> extends 'number' | 'day' ? number : Bare<K> extends 'word' ? string : string | number;

/** A rule's parameters as its emit sites pass them: each declared one, of its kind, none other. */
export type Values<P extends ParamDecl> =
  { -readonly [K in keyof P as P[K] extends `${string}?` ? never : K]: ValueOf<P[K]> } &
  { -readonly [K in keyof P as P[K] extends `${string}?` ? K : never]?: ValueOf<P[K]> };

/**
 * What any emit site may add to place an issue: the register kind (whose labels name the column), the
 * column's key, and another register the message names (an unknown project's).
 */
export interface Where {
  kind?: string;
  column?: string;
  register?: string;
}

/** Parameters as stored on an issue: by name, numbers and texts before formatting. */
export type MsgParams = Record<string, string | number>;

/**
 * What every message may name besides its own parameters: where the issue is (`where`: sheet and
 * cell, or the column AID.CHECK shows), the sheet, the column's label and the register's name.
 */
export interface Placement {
  readonly where: string;
  readonly sheet: string;
  readonly column: string;
  readonly register: string;
}

/** A rule's parameters as its message sees them: formatted (texts may still be numbers). */
export type Shown<P extends ParamDecl> = Placement & { readonly [K in keyof P]: string | number };

export interface RuleMeta<Id extends string = string, P extends ParamDecl = ParamDecl, Name extends string = string> {
  /** Stable, never reused: AID-T… table, AID-C… cell, AID-R… row, AID-X… across rows and registers. */
  readonly id: Id;
  /** A short name in the spirit of Frictionless Table Schema's error vocabulary. */
  readonly name: Name;
  /** Errors leave the row out of every total; warnings do not. */
  readonly severity: Severity;
  readonly needs: Needs;
  /**
   * The rule needs more than a row to be judged in full, but a row can show the problem by itself:
   * over-disbursed, when the row's own "disbursed to date" exceeds its commitment. AID.CHECK then
   * reports what the row shows and leaves the rest (the disbursements register) to Validate.
   */
  readonly rowCanShow?: boolean;
  readonly params: P;
  /**
   * The rule as a native Excel condition, for a template's check column where AID.CHECK cannot run
   * (Office without custom functions, LibreOffice): a formula, without '=', that is TRUE on the row
   * when the problem is certain; null for a column it does not judge. Absent when Excel's own functions
   * cannot tell (amount words, aliases, tone marks…): the engine stays the judge of those.
   */
  readonly native?: (at: NativeCell) => string | null;
  /** One-line description for the README and the task pane's rule list. */
  readonly titleVi: string;
  readonly titleEn: string;
  // Methods, not function-typed properties: a rule with its own parameters still reads as a RuleMeta.
  vi(p: Shown<P>): string;
  en(p: Shown<P>): string;
}

/** A register column's cell in a native check formula (plan/checkColumn.ts). */
export interface NativeCell {
  /** The column. */
  readonly column: ColumnDef;
  /** Its cell on the check's row, as a relative A1 reference ("F4"). */
  readonly ref: string;
  /** Whether the row must fill it (as the engine requires it of the register). */
  readonly required: boolean;
  /** Its drop-down list's range (absolute, on the code-list sheet), for code and currency columns. */
  readonly list: string | null;
  /** Another column's cell on the row, by key; null when the register has no such column. */
  refOf(key: string): string | null;
}

/** A native test that a cell holds text with no digit in it: no number or date typed as text. */
export const nativeNoDigit = (ref: string): string =>
  `SUMPRODUCT(--ISNUMBER(FIND({0,1,2,3,4,5,6,7,8,9},${ref})))=0`;

/** Amounts, counts and rates: the columns that hold numbers. */
export const isNumberColumn = (c: ColumnDef): boolean => c.type === 'amount' || c.type === 'integer' || c.type === 'rate';

/** Judged at column `key`: its number is below (`<`) or above (`>`) column `other`'s on the row, both being numbers. */
function nativeCompare(at: NativeCell, key: string, op: '<' | '>', other: string): string | null {
  const them = at.column.key === key ? at.refOf(other) : null;
  return them === null ? null : `AND(ISNUMBER(${at.ref}),ISNUMBER(${them}),${at.ref}${op}${them})`;
}
export const nativeBefore = (at: NativeCell, key: string, other: string): string | null => nativeCompare(at, key, '<', other);
export const nativeAfter = (at: NativeCell, key: string, other: string): string | null => nativeCompare(at, key, '>', other);

/** Keeps the id's and name's literal types (RuleId, RuleName) and checks each message against the declared parameters. */
export function defineRule<Id extends string, P extends ParamDecl, Name extends string>(meta: RuleMeta<Id, P, Name>): RuleMeta<Id, P, Name> {
  return meta;
}

/** Quotes a value inside a message. */
export const q = (s: string | number | undefined): string => `"${String(s ?? '')}"`;
