// Column mappings the user corrected in the task pane, one per register (region) of a sheet. Which
// register a mapping names is told by its header row and its columns: a sheet may hold registers
// stacked (different header rows) or side by side (the same header row, other columns).
import { boxOfA1 } from '../base/a1';
import type { SavedMapping, TableInfo } from '../model';

/** A register of a sheet, as the pane knows it: the rows of its header block and its columns (0-based). */
export interface RegionRef {
  /** 1-based first and last row of the header block. */
  firstHeaderRow: number;
  headerRow: number;
  span: [number, number];
}

/** A sheet's saved mappings as a list: one per region, or the single one saved before regions. */
export function savedMappings(v: SavedMapping | readonly SavedMapping[] | undefined): readonly SavedMapping[] {
  if (!v) return [];
  return Array.isArray(v) ? v : [v as SavedMapping];
}

/** The columns a saved mapping spans: its region's, or those its columns name. */
export function savedSpan(saved: SavedMapping): [number, number] {
  if (saved.span) return saved.span;
  const cols = Object.values(saved.columns);
  return cols.length ? [Math.min(...cols), Math.max(...cols)] : [0, 0];
}

/** True when the saved mapping names this region: its header row in the block, its columns meeting the region's. */
export function namesRegion(saved: SavedMapping, region: RegionRef): boolean {
  const [from, to] = savedSpan(saved);
  return region.firstHeaderRow <= saved.headerRow && saved.headerRow <= region.headerRow && from <= region.span[1] && region.span[0] <= to;
}

/** The sheet's mappings with this region's replaced by `mapping` (null: forgotten, matched again). */
export function putMapping(list: readonly SavedMapping[], region: RegionRef, mapping: SavedMapping | null): SavedMapping[] {
  const others = list.filter((m) => !namesRegion(m, region));
  return mapping ? [...others, mapping] : others;
}

/** Which register of its sheet a register found is: its header rows and the columns of its region. */
export function regionOf(t: TableInfo): RegionRef {
  const box = t.range ? boxOfA1(t.range) : null;
  const cols = [...t.columns.map((c) => c.col), ...t.ignored.map((c) => c.col)];
  const span: [number, number] = box ? [box.col, box.col + box.cols - 1] : cols.length ? [Math.min(...cols), Math.max(...cols)] : [0, 0];
  return { firstHeaderRow: t.headerRows?.first ?? t.headerRow, headerRow: t.headerRow, span };
}
