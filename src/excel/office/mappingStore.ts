/// <reference types="office-js" />
// Column mappings the user corrected in the pane, kept in the workbook (Excel.SettingCollection) so
// that the next run, on any machine, matches the columns the same way without asking. Kept per
// register: by sheet, a list with one mapping per register (region) of the sheet; a single mapping
// saved by an earlier version is read as a list of one.
import type { SavedMapping } from '../../core/model';
import { savedMappings } from '../../core/detect/savedMapping';
import { REGISTERS } from '../../core/schema/registers';

export type Mapping = SavedMapping;
export type Mappings = Record<string, SavedMapping[]>;

export const MAPPINGS_KEY = 'aidledger.columnMappings';

const KINDS = new Set<string>(REGISTERS.map((d) => d.kind));

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** One well-formed mapping, or null. */
function cleanOne(m: unknown): Mapping | null {
  const x = m as Partial<Mapping> | null;
  if (!x || typeof x !== 'object' || !KINDS.has(String(x.kind)) || !Number.isInteger(x.headerRow) || (x.headerRow as number) < 1) return null;
  const columns: Record<string, number> = {};
  for (const [key, col] of Object.entries(x.columns ?? {})) if (isIndex(col)) columns[key] = col;
  const out: Mapping = { kind: x.kind as Mapping['kind'], headerRow: x.headerRow as number, columns };
  if (Array.isArray(x.span) && isIndex(x.span[0]) && isIndex(x.span[1]) && x.span[0] <= x.span[1]) out.span = [x.span[0], x.span[1]];
  return out;
}

/** Keeps only well-formed entries: a setting is user-editable data and may be stale or damaged. */
export function cleanMappings(value: unknown): Mappings {
  const out: Mappings = {};
  if (!value || typeof value !== 'object') return out;
  for (const [sheet, m] of Object.entries(value as Record<string, unknown>)) {
    const list = savedMappings(m as Mapping | Mapping[]).map(cleanOne).filter((x): x is Mapping => x !== null);
    if (list.length > 0) out[sheet] = list;
  }
  return out;
}

/** Queues the read; the returned function gives the mappings after the next context.sync(). */
export function loadMappings(context: Excel.RequestContext): () => Mappings {
  const item = context.workbook.settings.getItemOrNullObject(MAPPINGS_KEY).load('isNullObject,value');
  return () => (item.isNullObject ? {} : cleanMappings(item.value));
}

/** Queues the write of every mapping (a sheet without any is left out); the caller syncs. */
export function saveMappings(context: Excel.RequestContext, mappings: Mappings): void {
  context.workbook.settings.add(MAPPINGS_KEY, mappings);
}
