/// <reference types="office-js" />
// Column mappings the user corrected in the pane, kept in the workbook (Excel.SettingCollection) so
// that the next run, on any machine, matches the columns the same way without asking.
import type { EngineOptions } from '../../core/model';
import { REGISTERS } from '../../core/schema/registers';

export type Mappings = NonNullable<EngineOptions['mappings']>;
export type Mapping = Mappings[string];

export const MAPPINGS_KEY = 'aidledger.columnMappings';

const KINDS = new Set<string>(REGISTERS.map((d) => d.kind));

/** Keeps only well-formed entries: a setting is user-editable data and may be stale or damaged. */
export function cleanMappings(value: unknown): Mappings {
  const out: Mappings = {};
  if (!value || typeof value !== 'object') return out;
  for (const [sheet, m] of Object.entries(value as Record<string, unknown>)) {
    const x = m as Partial<Mapping> | null;
    if (!x || !KINDS.has(String(x.kind)) || !Number.isInteger(x.headerRow) || (x.headerRow as number) < 1) continue;
    const columns: Record<string, number> = {};
    for (const [key, col] of Object.entries(x.columns ?? {})) if (Number.isInteger(col) && col >= 0) columns[key] = col;
    out[sheet] = { kind: x.kind as Mapping['kind'], headerRow: x.headerRow as number, columns };
  }
  return out;
}

/** Queues the read; the returned function gives the mappings after the next context.sync(). */
export function loadMappings(context: Excel.RequestContext): () => Mappings {
  const item = context.workbook.settings.getItemOrNullObject(MAPPINGS_KEY).load('isNullObject,value');
  return () => (item.isNullObject ? {} : cleanMappings(item.value));
}

/** Queues the write of every mapping (null removes a sheet's); the caller syncs. */
export function saveMappings(context: Excel.RequestContext, mappings: Mappings): void {
  context.workbook.settings.add(MAPPINGS_KEY, mappings);
}
