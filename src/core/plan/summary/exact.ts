// The engine's exact figure for a cell: the summary's unrounded twin (Summary.exact), trusted only
// when it is the figure printed (rounds to it); null when not known, and then no formula is written.
import { roundMoney } from '../../summary';

export function exactMoney(raw: number | undefined, shown: number, cur: string): number | null {
  return raw !== undefined && roundMoney(raw, cur) === shown ? raw : null;
}

export function exactCount(raw: number | undefined, shown: number): number | null {
  return raw !== undefined && raw === shown ? raw : null;
}

function exactRatio(raw: number | null | undefined, shown: number | null): number | null {
  if (raw === undefined || raw === null || shown === null) return null;
  return Math.abs(raw - shown) <= 5e-7 ? raw : null;
}

/** For ratios the engine leaves null (nothing to divide by): null exact means "the formula shows ''". */
export function exactRatioOrBlank(raw: number | null | undefined, shown: number | null): { ok: boolean; exact: number | null } {
  if (raw === undefined) return { ok: false, exact: null };
  if (raw === null || shown === null) return { ok: raw === null && shown === null, exact: null };
  const e = exactRatio(raw, shown);
  return { ok: e !== null, exact: e };
}
