// The AID.* functions inside a real formula engine, HyperFormula (GPL-3.0: a dev dependency, used only
// by tests; nothing under src/ imports it). One generic function plugin is built from the registry's
// declarations (which parameters take a range), checked against the metadata Excel itself gets
// (custom-functions-metadata reading src/functions/functions.ts), so each function receives its
// arguments as Excel hands them to a custom function:
//   - arguments: a range becomes a 2D array of raw values with empty cells as null; a single value
//     is passed as is, except to a parameter Excel declares as a matrix, which gets [[value]]; an
//     omitted argument is null; an error value in an argument (or in a cell of a range) is the
//     answer, as HyperFormula does for its own functions. One difference: a multi-cell range given
//     to a scalar parameter is passed as its 2D array (the function refuses it), where Excel would
//     call the function once per cell;
//   - results: a 1×1 result is a single value, a larger one spills (SimpleRangeValue); a
//     FunctionError becomes a CellError of the matching type carrying the same message;
//   - spill size: HyperFormula fixes an array formula's size when the formula is entered (see
//     ArraySizePredictor), before evaluating it. The size method therefore evaluates the function
//     on the argument values it can read at that moment and declares the size of that result. If a
//     later recalculation yields a larger result, the formula shows #SPILL! with a message saying
//     so (entering the formula again resizes it); a smaller one leaves empty cells, as FILTER does.
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
  type ConfigParams, type FunctionPluginDefinition, type ImplementedFunctions,
} from 'hyperformula';
// Types only (erased at run time); the package's export map does not expose these modules to require().
import type { ProcedureAst } from 'hyperformula/typings/parser/Ast';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { InterpreterValue } from 'hyperformula/typings/interpreter/InterpreterValue';
import { envFor, type FnEnv } from '../../src/functions/env';
import { FunctionError, type FunctionErrorCode } from '../../src/functions/errors';
import type { Matrix } from '../../src/functions/matrix';
import { AID_FUNCTIONS, type AidFunction, type ParamDef } from '../../src/functions/registry';
import { TODAY } from './sample';

/** The namespace of the add-in's functions (manifest.xml, Functions.Namespace). */
export const NAMESPACE = 'AID';

const FUNCTIONS_FILE = path.resolve(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

export interface ExcelParameter {
  readonly name: string;
  readonly optional: boolean;
  /** Excel passes this parameter a 2D array, even for a single value. */
  readonly matrix: boolean;
}

/**
 * Parameters of each function as Excel sees them: the functions.json that
 * custom-functions-metadata generates from functions.ts, keyed by function name ("AMOUNT").
 */
export async function excelMetadata(file: string = FUNCTIONS_FILE): Promise<Map<string, ExcelParameter[]>> {
  const generated = await generateCustomFunctionsMetadata([file], true);
  if (generated.errors.length > 0) throw new Error(`custom-functions-metadata: ${generated.errors.join('; ')}`);
  const json = JSON.parse(generated.metadataJson) as {
    functions: { name: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[] }[];
  };
  return new Map(json.functions.map((f) => [f.name, f.parameters.map((p) => ({
    name: p.name, optional: p.optional === true, matrix: p.dimensionality === 'matrix',
  }))]));
}

interface AidSpec {
  readonly fn: AidFunction;
  readonly params: readonly ExcelParameter[];
}

/** A parameter as its function declares it (src/functions/define.ts). */
const declared = (p: ParamDef): ExcelParameter => ({ name: p.name, optional: p.optional === true, matrix: p.type === 'range' });

/**
 * The registry's parameters, checked against what Excel is told: any disagreement between the
 * declarations and functions.ts (a stale generated file) is an error here.
 */
function specsOf(metadata: ReadonlyMap<string, readonly ExcelParameter[]>): Map<string, AidSpec> {
  const specs = new Map<string, AidSpec>();
  for (const fn of AID_FUNCTIONS) {
    const fromExcel = metadata.get(fn.name);
    if (!fromExcel) throw new Error(`functions.ts declares no ${fn.name}`);
    const params = fn.params.map(declared);
    if (JSON.stringify(params) !== JSON.stringify(fromExcel)) {
      throw new Error(`${fn.name}: declared parameters ${JSON.stringify(params)} differ from Excel's ${JSON.stringify(fromExcel)}`);
    }
    specs.set(`${NAMESPACE}.${fn.name}`, { fn, params });
  }
  const extra = [...metadata.keys()].filter((name) => !specs.has(`${NAMESPACE}.${name}`));
  if (extra.length > 0) throw new Error(`functions.ts declares functions missing from the registry: ${extra.join(', ')}`);
  return specs;
}

const TO_HF_ERROR: Record<FunctionErrorCode, ErrorType> = {
  value: ErrorType.VALUE,
  na: ErrorType.NA,
  num: ErrorType.NUM,
  div0: ErrorType.DIV_BY_ZERO,
  ref: ErrorType.REF,
};

const toCellError = (e: FunctionError): CellError => new CellError(TO_HF_ERROR[e.code], e.message);

/** A HyperFormula cell value as Excel hands it to a custom function: empty → null, dates → serials. */
function rawCell(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  // Dates, currencies and percentages are RichNumbers inside HyperFormula; Excel passes the number.
  if (typeof v === 'object' && v !== null && !(v instanceof CellError) && typeof (v as { val?: unknown }).val === 'number') {
    return (v as { val: number }).val;
  }
  return v;
}

/** One argument in Excel's custom-function convention, or the error value it carries. */
function excelArg(value: unknown, param: ExcelParameter, omitted: boolean): unknown {
  if (omitted || value === undefined) return null;
  if (value instanceof SimpleRangeValue) {
    const rows = value.data.map((row) => row.map(rawCell));
    const error = rows.flat().find((v): v is CellError => v instanceof CellError);
    if (error) return error;
    // A single cell given to a scalar parameter is its value. A larger range is passed as it is and
    // the function's own check refuses it ("must be a single cell"); Excel would instead call the
    // function once per cell of that range, which this plugin does not imitate.
    return !param.matrix && rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  const v = rawCell(value);
  return param.matrix && !(v instanceof CellError) ? [[v]] : v;
}

function hfCell(v: unknown): InterpreterValue {
  if (v instanceof FunctionError) return toCellError(v);
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return new CellError(ErrorType.VALUE, `unexpected result value ${String(v)}`);
}

/** A registry result as HyperFormula's value: 1×1 → a scalar, larger → an array to spill. */
function hfResult(name: string, m: Matrix): InterpreterValue {
  const width = m[0]?.length ?? 0;
  if (m.length === 0 || width === 0 || m.some((row) => row.length !== width)) {
    return new CellError(ErrorType.VALUE, `${name} returned a ${m.length}-row array with rows of unequal or zero width`);
  }
  if (m.length === 1 && width === 1) return hfCell(m[0][0]);
  return SimpleRangeValue.onlyValues(m.map((row) => row.map((v) => hfCell(v) as Exclude<InterpreterValue, SimpleRangeValue>)));
}

const widthOf = (v: InterpreterValue): number => (v instanceof SimpleRangeValue ? v.width() : 1);
const heightOf = (v: InterpreterValue): number => (v instanceof SimpleRangeValue ? v.height() : 1);

/** Env for the formula engine: fixed today (the samples' TODAY) and the display language. */
export function aidEnv(displayLanguage: string = 'vi-VN', today: number = TODAY): FnEnv {
  return envFor(displayLanguage, today);
}

interface AidContext { aidEnv?: FnEnv }

/**
 * The plugin class: one entry per registry function, all served by the same two methods, which
 * find the function by the name in the formula.
 */
export function aidFunctionPlugin(metadata: ReadonlyMap<string, readonly ExcelParameter[]>): FunctionPluginDefinition {
  const specs = specsOf(metadata);
  const implementedFunctions: ImplementedFunctions = {};
  for (const [id, spec] of specs) {
    implementedFunctions[id] = {
      method: 'aid',
      sizeOfResultArrayMethod: 'aidArraySize',
      // Whole ranges go to the function, as in Excel; HyperFormula must not call it per cell.
      vectorizationForbidden: true,
      parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
    };
  }

  return class AidFunctionsPlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions;

    private env(): FnEnv {
      return (this.config.context as AidContext | undefined)?.aidEnv ?? aidEnv();
    }

    /** Evaluates one AID.* call: arguments in, registry function, result out. */
    private call(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      const spec = specs.get(ast.procedureName);
      if (!spec) return new CellError(ErrorType.NAME, `no ${ast.procedureName}`);
      return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (...values: unknown[]) => {
        const args: unknown[] = [];
        for (let i = 0; i < spec.params.length; i++) {
          const omitted = String(ast.args[i]?.type) === 'EMPTY';
          const arg = excelArg(values[i], spec.params[i], omitted);
          if (arg instanceof CellError) return arg;
          args.push(arg);
        }
        try {
          return hfResult(ast.procedureName, spec.fn.run(args, this.env()));
        } catch (e) {
          if (e instanceof FunctionError) return toCellError(e);
          // As in Excel's entry (functions.ts): an unexpected failure is a readable #VALUE!.
          return new CellError(ErrorType.VALUE, `${ast.procedureName}: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
    }

    aid(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      const value = this.call(ast, state);
      // The whole formula is this call: its result must fit the area sized when it was entered.
      const vertex = state.formulaVertex;
      const isWholeFormula = vertex !== undefined && (vertex as unknown as { formula?: unknown }).formula === ast;
      if (isWholeFormula && (widthOf(value) > vertex.width || heightOf(value) > vertex.height)) {
        return new CellError(ErrorType.SPILL,
          `${ast.procedureName} now returns ${heightOf(value)}×${widthOf(value)} cells but the formula was sized ` +
          `${vertex.height}×${vertex.width} when it was entered; enter it again to resize it.`);
      }
      return value;
    }

    /**
     * The size of the result, asked when the formula is entered: the function evaluated on the
     * argument values readable now. While buildFromSheets runs, cells of sheets (or rows) not read
     * yet are still empty, so put data before the formulas that summarise it; a formula cell not
     * computed yet (one entered in the same batch) makes the call throw, and the size one cell. A
     * larger result then shows #SPILL! (see aid) until the formula is entered again.
     */
    aidArraySize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      try {
        const value = this.call(ast, state);
        return value instanceof SimpleRangeValue ? new ArraySize(value.width(), value.height()) : ArraySize.scalar();
      } catch {
        return ArraySize.scalar();
      }
    }
  };
}

let registered: FunctionPluginDefinition | undefined;

/**
 * Registers AID.* in HyperFormula (English function names are the ids themselves, as in Excel,
 * where the namespace and names are not translated). Idempotent within a test file.
 */
export async function registerAidFunctions(): Promise<FunctionPluginDefinition> {
  if (registered) return registered;
  const plugin = aidFunctionPlugin(await excelMetadata());
  const names = Object.fromEntries(Object.keys(plugin.implementedFunctions).map((id) => [id, id]));
  HyperFormula.registerFunctionPlugin(plugin, { enGB: names, enUS: names });
  registered = plugin;
  return plugin;
}

/** Engine configuration: the GPL licence key and the functions' environment. */
export function aidConfig(displayLanguage: string = 'vi-VN', extra: Partial<ConfigParams> = {}): Partial<ConfigParams> {
  const context: AidContext = { aidEnv: aidEnv(displayLanguage) };
  return { licenseKey: 'gpl-v3', context, ...extra };
}
