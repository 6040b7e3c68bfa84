// The summary's date boxes: text the user types in the pane's language, day first in Vietnamese
// (31/12/2024), month first in English (12/31/2024), ISO (2024-12-31) in both. A browser's own date
// input follows the browser's locale, not the pane's, so a Vietnamese pane in an English browser
// showed mm/dd/yyyy: these are plain text boxes read here.
import type { Lang } from '../core/model';

/** An ISO date "yyyy-mm-dd", or null when the text is no real date. Short, fixed-shape patterns only. */
export function parsePaneDate(text: string, lang: Lang): string | null {
  const s = text.trim();
  if (s.length > 12) return null;
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) {
    const [a, b] = [Number(local[1]), Number(local[2])];
    [d, m] = lang === 'vi' ? [a, b] : [b, a];
    y = Number(local[3]);
  } else return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO date as the pane's language writes it. */
export function formatPaneDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  return lang === 'vi' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}
