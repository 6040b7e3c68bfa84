// Baseline B: ajv validating the same register rows, as plain objects, against an equivalent JSON
// schema per register (required keys, JSON types, enums of the canonical code-list names).
import Ajv, { type ValidateFunction } from 'ajv';
import { CODE_LISTS } from '../src/core/codes';
import type { ParsedTable, RawValue, WorkbookInput } from '../src/core/model';
import { REGISTERS, type ColumnDef, type RegisterKind } from '../src/core/schema/registers';

type JsonSchema = Record<string, unknown>;

/** The canonical spellings a clean register holds, as the sample writes them. */
function enumFor(col: ColumnDef): string[] | null {
  if (col.type === 'currency') return CODE_LISTS.currencies.entries.map((e) => e.code);
  if (col.type !== 'code' || !col.codeList) return null;
  if (col.codeList === 'vsic') return CODE_LISTS.vsic.entries.map((e) => `${e.code} - ${e.vi}`);
  if (col.codeList === 'provinces') {
    // Today's names and the names merged away in 2025, which registers keep for older records.
    return [...new Set(CODE_LISTS.provinces.entries.flatMap((e) => [e.vi, ...e.formerNames]))];
  }
  return CODE_LISTS[col.codeList].entries.map((e) => e.vi);
}

function columnSchema(col: ColumnDef): JsonSchema {
  const values = enumFor(col);
  if (values) return { enum: values };
  switch (col.type) {
    case 'amount': case 'rate': case 'date': return { type: 'number' }; // dates arrive as Excel serials
    case 'integer': return { type: 'integer' };
    case 'period': return { type: ['string', 'number'] }; // "6/2024" or a serial
    default: return { type: 'string' }; // id, text
  }
}

export function registerSchema(kind: RegisterKind): JsonSchema {
  const def = REGISTERS.find((r) => r.kind === kind)!;
  const properties: Record<string, JsonSchema> = {};
  for (const c of def.columns) properties[c.key] = columnSchema(c);
  return { type: 'object', properties, required: def.columns.filter((c) => c.required).map((c) => c.key) };
}

export interface AjvRows { kind: RegisterKind; objects: Record<string, RawValue>[] }

/**
 * Every data row of every register the engine found, as { columnKey: raw cell value } with blank
 * cells left out (so `required` means "filled"). Uses the engine's own header mapping and row list,
 * so both sides see exactly the same rows and cells.
 */
export function rowsAsObjects(input: WorkbookInput, tables: readonly ParsedTable[]): AjvRows[] {
  const out: AjvRows[] = [];
  for (const t of tables) {
    const sheet = input.sheets.find((s) => s.name === t.info.sheet)!;
    const cols = Object.entries(t.colOf);
    const objects = t.rows.map((pr) => {
      const row = sheet.rows[pr.r] ?? [];
      const o: Record<string, RawValue> = {};
      for (const [key, c] of cols) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') o[key] = v;
      }
      return o;
    });
    out.push({ kind: t.info.kind, objects });
  }
  return out;
}

export interface AjvBaseline {
  validators: Map<RegisterKind, ValidateFunction>;
  /** Validate every row; returns the number of invalid rows. */
  run: (rows: readonly AjvRows[]) => number;
}

/** Compiles one validator per register (done once, outside any timing). */
export function compileAjv(): AjvBaseline {
  const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
  const validators = new Map<RegisterKind, ValidateFunction>();
  for (const r of REGISTERS) validators.set(r.kind, ajv.compile(registerSchema(r.kind)));
  return {
    validators,
    run(rows) {
      let invalid = 0;
      for (const { kind, objects } of rows) {
        const v = validators.get(kind)!;
        for (let i = 0; i < objects.length; i++) if (!v(objects[i])) invalid++;
      }
      return invalid;
    },
  };
}
