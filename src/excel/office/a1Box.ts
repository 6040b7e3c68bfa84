// The rows and columns an event's address covers ("C5", "C5:D10", "C:D", "5:7"), 0-based and
// inclusive; whole columns run to Excel's last row, whole rows to its last column.
import { boxOfA1 } from '../../core/base/a1';

export interface A1Box { r0: number; c0: number; r1: number; c1: number }

/** Null for what is not a plain A1 address (several areas, a name…): callers then read the whole sheet. */
export function a1Box(address: string): A1Box | null {
  const local = address.slice(address.lastIndexOf('!') + 1);
  if (local.includes(',')) return null;
  const box = boxOfA1(local);
  return box && { r0: box.row, c0: box.col, r1: box.row + box.rows - 1, c1: box.col + box.cols - 1 };
}
