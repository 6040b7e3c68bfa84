// The rows and columns an event's address covers ("C5", "C5:D10", "C:D", "5:7"), 0-based and
// inclusive; whole columns run to Excel's last row, whole rows to its last column.
export interface A1Box { r0: number; c0: number; r1: number; c1: number }

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function corner(part: string): { r: number | null; c: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
}

/** Null for what is not a plain A1 address (several areas, a name…): callers then read the whole sheet. */
export function a1Box(address: string): A1Box | null {
  const local = address.slice(address.lastIndexOf('!') + 1);
  if (local.includes(',')) return null;
  const [a, b = a] = local.split(':');
  const p = corner(a);
  const q = corner(b);
  if (!p || !q) return null;
  return {
    r0: p.r ?? 0, c0: p.c ?? 0,
    r1: q.r ?? LAST_ROW, c1: q.c ?? LAST_COL,
  };
}
