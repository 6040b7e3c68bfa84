// A column's unit as its register would write it, for messages that compare a cell's unit with its
// column's: "triệu đồng", "USD", "million USD". Written in the register's own language, like its headers.
import type { Lang } from '../model';
import { magnitudeName } from '../vocab/magnitudes';

export function unitLabel(currency: string | null | undefined, multiplier: number | undefined, lang: Lang): string {
  const money = currency === 'VND' && lang === 'vi' ? 'đồng' : currency ?? '';
  const exp = multiplier && multiplier !== 1 ? Math.round(Math.log10(multiplier)) : 0;
  if (exp === 0) return money;
  let size: string;
  try {
    size = magnitudeName(exp, lang);
  } catch {
    size = `×10^${exp}`;
  }
  return money === '' ? size : `${size} ${money}`;
}
