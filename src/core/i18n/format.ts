// Numbers shown to users follow vi-VN (2.345.678,5) or en-US (2,345,678.5). Written by hand rather
// than with Intl because Excel's JavaScript-only custom-function runtime may lack full ICU data.
import type { Lang } from '../model';

export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const places = decimals ?? (Number.isInteger(n) ? 0 : Math.abs(n) >= 1000 ? 2 : 4);
  const fixed = Math.abs(n).toFixed(places);
  let [int, frac] = fixed.split('.');
  if (frac !== undefined && decimals === undefined) frac = frac.replace(/0+$/, '');
  const group = lang === 'vi' ? '.' : ',';
  const dec = lang === 'vi' ? ',' : '.';
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + int + (frac ? dec + frac : '');
}

export function formatPercent(ratio: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(ratio * 100, lang, decimals)}%`;
}
