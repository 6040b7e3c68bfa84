// A1 addressing: column letters, cell references and quoted sheet names. On the ground floor because
// validation (issue cells), sheet plans and both writers all need it, and none should import another for it.

/** Excel column letters for a 0-based column index (0 → A, 26 → AA). */
export function colLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 reference for 0-based coordinates. */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** Sheet name quoted for use inside a formula. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
