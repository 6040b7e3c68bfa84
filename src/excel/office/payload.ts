// Excel on the web refuses a batch whose request payload exceeds 5 MB (RichApi.Error "request payload
// size has exceeded the limit", see "Resource limits and performance optimization for Office Add-ins").
// Office.js does not expose the size of what is queued, so writers estimate it from what they write.

/** What one batch may carry by our estimate: under 5 MB with room for the envelope of each command. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** Envelope of one queued command (object path, property name, ids), counted on top of its data. */
export const COMMAND_BYTES = 256;

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Worst case for non-ASCII: serialised as a \uXXXX escape. Over-estimating only shrinks chunks.
    n += c < 0x20 ? 6 : c === 0x22 || c === 0x5c ? 2 : c < 0x80 ? 1 : 6;
  }
  return n;
}

/** Serialised size of one cell of a values/formulas/numberFormat array. */
export function cellBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return stringBytes(v);
  if (typeof v === 'boolean') return 5;
  return String(v).length;
}

/** Serialised size of one row of a 2D array, with its brackets and commas. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += cellBytes(v) + 1;
  return n;
}

export function gridBytes(grid: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of grid) n += rowBytes(row) + 1;
  return n;
}
