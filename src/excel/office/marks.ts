/// <reference types="office-js" />
// Problem cells are marked with conditional formats, never with cell formatting: a conditional format
// lies on top of the user's own fill, font and borders and changes none of them, so removing it brings
// the sheet back exactly as it was. Our formats are known by their formula, which carries a tag
// (=ISTEXT("aidledger:error") is always TRUE): nothing else needs to be stored in the workbook, and
// the tag survives saving, copying the sheet and reopening on another machine.
//
// Round trips: marking takes 2 (find our old formats; delete them and add the new ones), plus one per
// further `formatsPerSync` formats; clearing takes 2 (sheet list; our formats) + 1 (delete).
import type { Issue, Severity } from '../../core/model';
import { markAreas } from './markAreas';

export const MARK_TAG = 'aidledger';

/** Excel's own "Light red fill with dark red text" and "Yellow fill with dark yellow text". */
export const MARK_LOOK: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
};

export const markFormula = (severity: Severity): string => `=ISTEXT("${MARK_TAG}:${severity}")`;

const isOurs = (formula: string | undefined): boolean => typeof formula === 'string' && formula.includes(`"${MARK_TAG}:`);

/** Conditional formats added per request: each carries up to 4,000 characters of addresses. */
const FORMATS_PER_SYNC = 200;

export interface MarkPlan {
  sheet: string;
  severity: Severity;
  /** Comma lists of A1 areas, one conditional format each. */
  areas: string[];
}

/** Marks for these issues: one look per cell, an error winning over a warning on the same cell. */
export function planMarks(issues: readonly Issue[]): { plans: MarkPlan[]; cells: number } {
  const bySheet = new Map<string, Map<string, { row: number; col: number; severity: Severity }>>();
  for (const i of issues) {
    if (i.row === null || i.col === null) continue;
    const cells = bySheet.get(i.sheet) ?? bySheet.set(i.sheet, new Map()).get(i.sheet)!;
    const key = `${i.row},${i.col}`;
    const had = cells.get(key);
    if (!had || (had.severity === 'warning' && i.severity === 'error')) cells.set(key, { row: i.row, col: i.col, severity: i.severity });
  }
  const plans: MarkPlan[] = [];
  let count = 0;
  for (const [sheet, cells] of bySheet) {
    count += cells.size;
    // Warnings first: Excel puts each new format on top, so errors end up with the higher priority.
    for (const severity of ['warning', 'error'] as const) {
      const areas = markAreas([...cells.values()].filter((c) => c.severity === severity));
      if (areas.length > 0) plans.push({ sheet, severity, areas });
    }
  }
  return { plans, cells: count };
}

/** Queues loads of every conditional format on these sheets; the result lists ours after a sync. */
function findOurs(context: Excel.RequestContext, sheets: readonly string[]): () => Excel.ConditionalFormat[] {
  const loaded = sheets.map((name) => context.workbook.worksheets.getItem(name).getRange().conditionalFormats
    .load('items/type,items/customOrNullObject/rule/formula'));
  return () => loaded.flatMap((c) => c.items.filter((f) => f.type === 'Custom' && isOurs(f.customOrNullObject.rule.formula)));
}

function addMark(context: Excel.RequestContext, sheet: string, severity: Severity, address: string): void {
  const cf = context.workbook.worksheets.getItem(sheet).getRanges(address).conditionalFormats.add('Custom');
  cf.custom.rule.formula = markFormula(severity);
  cf.custom.format.fill.color = MARK_LOOK[severity].fill;
  cf.custom.format.font.color = MARK_LOOK[severity].font;
}

/**
 * Replaces our marks on `sheets` with marks for `issues` (which must lie on those sheets). Returns the
 * number of distinct cells marked.
 */
export async function replaceMarks(context: Excel.RequestContext, sheets: readonly string[], issues: readonly Issue[]): Promise<number> {
  const ours = findOurs(context, sheets);
  await context.sync();
  for (const f of ours()) f.delete();
  const { plans, cells } = planMarks(issues);
  let queued = 0;
  for (const p of plans) {
    for (const address of p.areas) {
      if (queued === FORMATS_PER_SYNC) {
        await context.sync();
        queued = 0;
      }
      addMark(context, p.sheet, p.severity, address);
      queued++;
    }
  }
  await context.sync();
  return cells;
}

/** Removes every mark of ours from the workbook; other conditional formats stay as they are. */
export async function clearAllMarks(context: Excel.RequestContext): Promise<number> {
  const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  await context.sync();
  // A sheet protected since it was marked refuses the change: its marks stay until it is unprotected.
  const ours = findOurs(context, sheets.items.filter((s) => !s.protection.protected).map((s) => s.name));
  await context.sync();
  const found = ours();
  for (const f of found) f.delete();
  await context.sync();
  return found.length;
}
