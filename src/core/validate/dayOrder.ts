// Which comes first in a column's numeric dates, the day or the month: settled once per column, from
// its own texts, before its cells are read. One pass over the column (a test of each text's two
// numbers), so the cost stays linear in the rows.
//
// A text that only one order makes a date is evidence: 25/1/2024 is day first, 1/25/2024 month first.
// - evidence of one order only: that order (an English sheet's US dates, a Vietnamese sheet's own);
// - evidence of both: the column mixes conventions, and each ambiguous date (5/1/2024) is reported;
// - no evidence: a Vietnamese sheet writes day first, as the national standard does; an English sheet
//   may be written either way, so its ambiguous dates are reported.
// A Vietnamese sheet whose only evidence is month first also mixes conventions (its language says day
// first): its ambiguous dates are reported rather than read in the US order.
import { isBlank } from '../base/cell';
import type { Lang, RawValue } from '../model';
import { dayMonthEvidence, type DayOrder } from '../parse/date';

/** Distinct texts remembered per column. */
const SEEN_LIMIT = 4096;

export function settleDayOrder(
  rows: readonly (readonly RawValue[] | undefined)[], start: number, end: number, col: number, dataLang: Lang,
): DayOrder {
  let dayFirst = false;
  let monthFirst = false;
  // Registers repeat their dates: each distinct text is read once (up to a bound, past which texts are
  // simply read again).
  const seen = new Map<string, ReturnType<typeof dayMonthEvidence>>();
  for (let r = start; r < end && !(dayFirst && monthFirst); r++) {
    const v = rows[r]?.[col];
    if (typeof v !== 'string' || isBlank(v)) continue;
    let e = seen.get(v);
    if (e === undefined) {
      e = dayMonthEvidence(v);
      if (seen.size < SEEN_LIMIT) seen.set(v, e);
    }
    if (e === 'dm') dayFirst = true;
    else if (e === 'md') monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'either';
  if (dayFirst) return 'dmy';
  if (monthFirst) return dataLang === 'en' ? 'mdy' : 'either';
  return dataLang === 'en' ? 'either' : 'dmy';
}
