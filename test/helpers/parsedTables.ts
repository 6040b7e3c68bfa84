// Parsed tables as the validator hands them to the summarisers, built by hand for summary tests:
// rows written as { columnKey: value }, ISO strings in date columns read as day numbers.
import type { ParsedRow, ParsedTable, ParsedValue } from '../../src/core/model';
import { isoToDay } from '../../src/core/parse/date';
import type { RegisterKind } from '../../src/core/schema/registers';

/** Column values, plus `$err` (error rule ids) and `$meta` (row meta) for the row's flags. */
export type RowSpec = Record<string, ParsedValue | string[] | Record<string, string>>;

/** Columns whose ISO strings become day numbers. */
const DATE_KEYS = new Set(['approvalDate', 'date', 'validFrom', 'certDate', 'terminationDate', 'period']);

/** A parsed table of `kind` on sheet `sheet` (default: the kind), rows numbered from 1. */
export function table(kind: RegisterKind, specs: RowSpec[], sheet: string = kind): ParsedTable {
  const rows: ParsedRow[] = specs.map((s, i) => {
    const { $err, $meta, ...rest } = s;
    const errs = ($err ?? []) as string[];
    const v: Record<string, ParsedValue> = {};
    for (const [k, x] of Object.entries(rest)) {
      v[k] = DATE_KEYS.has(k) && typeof x === 'string' ? isoToDay(x) : (x as ParsedValue);
    }
    return { r: i + 1, v, meta: $meta as Record<string, string> | undefined, hasError: errs.length > 0, errorRules: errs };
  });
  return {
    info: { sheet, kind, headerRow: 1, rows: rows.length, columns: [], ignored: [], totalsRow: null },
    rows,
    colOf: {},
  };
}
