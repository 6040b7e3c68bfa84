// Character codes of user text, read in the engine's per-cell loops. A sheet's texts come in many of
// V8's string layouts (one- or two-byte, flat or joined, interned or not); a `s.charCodeAt(i)` that has
// met more than four of them turns megamorphic, and the optimised loop then looks the method up and
// calls it for every character. That made a column of unique ids read 2–3× slower per cell than the
// other columns of the bench sample. Through String.prototype the method is a constant, which V8
// compiles to an inline load of the character, whatever the string's layout.

/** s.charCodeAt(i), as an inline load in optimised code (NaN past the end, as charCodeAt). */
export function codeAt(s: string, i: number): number {
  return String.prototype.charCodeAt.call(s, i);
}
