// Which number formats show a date, decided as ExcelJS decides it (so that both readers turn the same
// cells into day serials): a date letter (y m d h M s b) outside "[…]" and "\"…\"" sections. Format codes
// come from styles.xml, not from cells, but the scan is linear all the same.

/** `text` without its complete `open…close` sections (an unclosed opener stays, as a regex leaves it). */
function withoutSections(text: string, open: string, close: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf(open, i);
    if (start < 0) break;
    const end = text.indexOf(close, start + 1);
    if (end < 0) break;
    out += text.slice(i, start);
    i = end + 1;
  }
  return out + text.slice(i);
}

const DATE_LETTERS = new Set(['y', 'm', 'd', 'h', 'M', 's', 'b']);

export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const bare = withoutSections(withoutSections(code, '[', ']'), '"', '"');
  for (const ch of bare) if (DATE_LETTERS.has(ch)) return true;
  return false;
}
