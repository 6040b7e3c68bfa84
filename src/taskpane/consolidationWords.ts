// What the pane says when Consolidate stops before its end: one line, in the pane's language, saying
// whether the workbook is as it was and, when it is not, what the user should do.
import type { Lang } from '../core/model';
import type { ConsolidationWriteError } from './host';
import { label } from './labels';

/** Stopped by the user: the sheets it had added and removed again (none when stopped before writing). */
export function consolidationStopped(removed: readonly string[], l: Lang): string {
  return removed.length ? label('consolidateStopped', l, { n: removed.length, sheets: removed.join(', ') }) : label('consolidateStoppedEarly', l);
}

/** Excel refused a request: where, and whether the clean-up put the workbook back. */
export function consolidationFailure(e: Pick<ConsolidationWriteError, 'reason' | 'part' | 'parts' | 'left' | 'cleanedUp'>, l: Lang): string {
  if (e.cleanedUp) return label('consolidateFailed', l, { part: e.part, parts: e.parts, message: e.reason });
  if (e.left.length > 0) return label('consolidateLeft', l, { message: e.reason, sheets: e.left.join(', ') });
  return label('consolidateUnsure', l, { message: e.reason });
}
