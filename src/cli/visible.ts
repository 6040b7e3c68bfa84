// Cell text printed in a terminal report must not be able to fake report lines or reverse them: control
// characters (a line break in a cell, an escape sequence) and bidirectional controls (U+202E turns the
// rest of a line around) are shown as their code point, e.g. ⟨U+202E⟩. One pass over the text.

/**
 * C0 and C1 controls and DEL; the Arabic letter mark; zero-width space to right-to-left mark (U+200B–
 * U+200F); line and paragraph separators and the bidirectional embeddings and overrides (U+2028–U+202E);
 * the bidirectional isolates (U+2066–U+2069); the byte-order mark. A single character class: linear.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
