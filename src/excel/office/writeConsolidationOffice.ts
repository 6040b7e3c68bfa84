/// <reference types="office-js" />
// Consolidate's sheets written into the open workbook, part by part, with a way back. A part is one
// request of writePlanOffice's, each under Excel on the web's 5 MB: a sheet's layout (several requests
// when its cells pass that) with its first rows, then each further chunk of rows. Between parts the pane may cancel; a cancel, or a
// request Excel refuses, removes every sheet this action added and whatever else it changed (the
// signing options), all in one batch and one sync, so the workbook is as it was.
//
// Round trips: those of writePlanOffice for each plan; + 1 when cancelled or failed (the clean-up).
// A cancel is seen between parts only, never inside a batch: the part in flight finishes first.
import type { SheetPlan } from '../../core/plan/sheetPlan';
import { ConsolidationWriteError, type Cancel, type Progress } from '../../taskpane/host';
import { plannedRequests, prepareCells, WriteCancelledError, writePlanOffice } from './writePlanOffice';

export interface ConsolidationWriteOptions {
  lang: 'vi' | 'en';
  /** Table rows per part; default writePlanOffice's. */
  chunkRows?: number;
  signal: Cancel;
  /** Parts written and in all: once before the first, then after each. */
  onProgress: (p: Progress) => void;
  /** Queues putting back anything else the action changed; runs in the clean-up batch, after the sheets' removal. */
  undoOthers: (context: Excel.RequestContext) => void;
}

export type ConsolidationWrite = { status: 'written'; sheets: string[] } | { status: 'cancelled'; removed: string[] };

/** A sheet this action added: its proxy, and whether a request that created it is known to have gone through. */
interface Added { sheet: Excel.Worksheet; name: string; sure: boolean }

/**
 * Writes `plans` as new sheets, in order. Answers the sheets written, or, when cancelled, the sheets
 * removed again; throws ConsolidationWriteError when Excel refuses a request (after the clean-up).
 */
export async function writeConsolidationOffice(context: Excel.RequestContext, plans: readonly SheetPlan[], opts: ConsolidationWriteOptions): Promise<ConsolidationWrite> {
  // Counted by running the writer with nothing to write on: the parts said are the requests made.
  const cells = plans.map(prepareCells);
  let total = 0;
  for (const [i, p] of plans.entries()) total += await plannedRequests(p, { chunkRows: opts.chunkRows, lang: opts.lang, cells: cells[i] });
  let done = 0;
  const added: Added[] = [];
  opts.onProgress({ done, total });
  try {
    for (const [i, plan] of plans.entries()) {
      // Before the next sheet's first request (its read of the names): a cancel costs no request here.
      if (opts.signal.cancelled) throw new WriteCancelledError();
      await writePlanOffice(context, plan, {
        cells: cells[i],
        lang: opts.lang,
        chunkRows: opts.chunkRows,
        signal: opts.signal,
        leaveUnfinished: true,
        onSheetAdded: (sheet, name) => {
          // The id survives a rename by the user while we write, for the clean-up.
          sheet.load('id');
          added.push({ sheet, name, sure: false });
        },
        onRequest: () => {
          added[added.length - 1].sure = true;
          done++;
          // Never "part 8 of 7", should the count and the writer ever disagree.
          total = Math.max(total, done);
          opts.onProgress({ done, total });
        },
      });
    }
    return { status: 'written', sheets: added.map((a) => a.name) };
  } catch (e) {
    const cancelled = e instanceof WriteCancelledError;
    const left = await removeAdded(context, added, opts.undoOthers);
    if (cancelled && left.error === null) return { status: 'cancelled', removed: added.map((a) => a.name) };
    const reason = cancelled ? left.error ?? '' : messageOf(e);
    const cleanedUp = left.error === null;
    throw new ConsolidationWriteError(reason, cancelled ? 0 : Math.min(done + 1, total), total, cleanedUp ? [] : added.map((a) => a.name), cleanedUp);
  }
}

/**
 * Removes the sheets this action added and queues `undoOthers`, in one batch. A sheet whose creating
 * request failed may or may not exist: it is looked up by name as a null object, whose delete does
 * nothing when the sheet is not there. Answers Excel's message when the batch failed.
 */
async function removeAdded(context: Excel.RequestContext, added: readonly Added[], undoOthers: (context: Excel.RequestContext) => void): Promise<{ error: string | null }> {
  const sheets = context.workbook.worksheets;
  for (const a of added) sheets.getItemOrNullObject(a.sure ? a.sheet.id : a.name).delete();
  undoOthers(context);
  try {
    await context.sync();
    return { error: null };
  } catch (e) {
    return { error: messageOf(e) };
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
