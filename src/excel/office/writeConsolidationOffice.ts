/// <reference types="office-js" />
// Consolidate's sheets written into the open workbook, part by part, with a way back. A part is one
// request: a sheet's layout with its first rows, then each further chunk of rows (writePlanOffice's
// chunks, under Excel on the web's 5 MB per request). Between parts the pane may cancel; a cancel, or a
// request Excel refuses, removes every sheet this action added and whatever else it changed (the
// signing options), all in one batch and one sync, so the workbook is as it was.
//
// Round trips: those of writePlanOffice for each plan; + 1 when cancelled or failed (the clean-up).
// A cancel is seen between parts only, never inside a batch: the part in flight finishes first.
import type { SheetPlan } from '../../core/plan/sheetPlan';
import { ConsolidationWriteError, type Cancel, type Progress } from '../../taskpane/host';
import { plannedChunks, WriteCancelledError, writePlanOffice } from './writePlanOffice';

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
  const estimates = plans.map((p) => plannedChunks(p, { chunkRows: opts.chunkRows, lang: opts.lang }));
  let total = estimates.reduce((a, b) => a + b, 0);
  let done = 0;
  const added: Added[] = [];
  opts.onProgress({ done, total });
  try {
    for (let i = 0; i < plans.length; i++) {
      // Before the next sheet's first request (its read of the names): a cancel costs no request here.
      if (opts.signal.cancelled) throw new WriteCancelledError();
      const later = estimates.slice(i + 1).reduce((a, b) => a + b, 0);
      await writePlanOffice(context, plans[i], {
        lang: opts.lang,
        chunkRows: opts.chunkRows,
        signal: opts.signal,
        leaveUnfinished: true,
        onSheetAdded: (sheet, name) => {
          // The id survives a rename by the user while we write, for the clean-up.
          sheet.load('id');
          added.push({ sheet, name, sure: false });
        },
        onProgress: () => {
          added[added.length - 1].sure = true;
          done++;
          // The first chunk of a sheet may come out smaller than counted (it shares its request with
          // the layout): the count then grows by one, so "part n of m" never passes m.
          total = Math.max(total, done + later);
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
