// One AID.* function, declared once: its name, its parameters, its English and Vietnamese docs and
// its implementation, side by side in the file of its family (amounts.ts, codes.ts, convert.ts,
// check.ts, summary.ts). Everything else is derived from that declaration:
//   - the stubs of functions.ts, Excel's entry, whose JSDoc custom-functions-metadata turns into
//     functions.json, are written from it by `node tools/functions-ts.js` (metadata.ts renders them;
//     test/functions-registry.test.ts and the add-in build both fail when the committed file differs);
//   - functions.vi.json takes its Vietnamese texts from it (webpack.config.js, via metadata.ts);
//   - the formula-engine test registers the functions from it (test/helpers/hyperformulaAid.ts).
// To add a function: declare it with defineFunction beside its family, list it in registry.ts, run
// `node tools/functions-ts.js`, and test it in test/functions.test.ts.
import type { FnEnv } from './env';
import type { Matrix } from './matrix';

/**
 * What Excel hands the parameter: 'range' is a 2-D array (a single cell comes as [[value]]) and the
 * function answers cell by cell; 'value' is one value. There are no finer types (text, number,
 * date): Excel is told `any` for every parameter and each function reads its arguments itself
 * (AID.SECTOR(12) reads the number as text), so a finer type would be a promise nothing keeps.
 */
export type ParamType = 'range' | 'value';

export interface ParamDef {
  readonly name: string;
  readonly type: ParamType;
  /** Optional parameters come after the required ones (Excel's rule). */
  readonly optional?: boolean;
  /** Shown by Excel's formula autocomplete and the pane's Functions tab; each ends with an example. */
  readonly en: string;
  readonly vi: string;
}

export interface AidFunction {
  /** The name after the AID. namespace, also the id in functions.json. */
  readonly name: string;
  /** What it does, with an example formula (Vietnamese examples separate arguments with ";"). */
  readonly en: string;
  readonly vi: string;
  readonly params: readonly ParamDef[];
  /** The JSDoc @returns line; functions.json does not carry it. */
  readonly returns: string;
  /** The arguments in the order of `params`, as Excel passes them; omitted ones are null or missing. */
  readonly run: (args: readonly unknown[], env: FnEnv) => Matrix;
}

/** One argument per declared parameter, so that reading an undeclared one is a compile error. */
type Args<P extends readonly ParamDef[]> = { readonly [K in keyof P]: unknown };

interface Definition<P extends readonly ParamDef[]> extends Omit<AidFunction, 'params' | 'run'> {
  readonly params: P;
  readonly run: (args: Args<P>, env: FnEnv) => Matrix;
}

export function defineFunction<const P extends readonly ParamDef[]>(def: Definition<P>): AidFunction {
  return { ...def, run: (args, env) => def.run(args as unknown as Args<P>, env) };
}
