// Money the way Vietnamese and English reports write it ("3,7 triệu USD", "USD 3.7 million"). On the
// ground floor because the summary's paragraph and the AID.TEXT function both say amounts this way.
import { formatNumber } from './format';
import type { Lang } from '../model';
import { magnitudeName } from '../vocab/magnitudes';

interface Scale { size: number; vi: string; en: string }

// The words are the magnitude vocabulary's written forms, so that whatever a report writes the
// amount parser reads back.
const SCALES: readonly Scale[] = [9, 6, 3].map((exp) => ({ size: 10 ** exp, vi: magnitudeName(exp, 'vi'), en: magnitudeName(exp, 'en') }));

/** Up to `decimals` decimals, trailing zeros dropped. */
export function short(n: number, lang: Lang, decimals: number): string {
  const r = Number(n.toFixed(decimals));
  return formatNumber(r, lang, Number.isInteger(r) ? 0 : undefined);
}

/**
 * Money the way reports write it. vi: "3,7 triệu USD", "1,25 tỷ USD", "850 nghìn USD", "45,3 tỷ đồng",
 * "1.200 tỷ đồng"; en: "USD 3.7 million", "USD 1.25 billion", "USD 850,000", "VND 45.3 billion".
 * At most two decimals; amounts under a thousand are written in full.
 */
export function moneyWords(amount: number, currency: string, lang: Lang): string {
  if (!Number.isFinite(amount)) return String(amount);
  const cur = currency.toUpperCase();
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const unitVi = cur === 'VND' ? 'đồng' : cur;
  // English reports keep thousands as digits ("USD 850,000"); Vietnamese ones say "850 nghìn".
  const scales = lang === 'vi' ? SCALES : SCALES.filter((s) => s.size >= 1e6);
  let words = '';
  for (let i = 0; i < scales.length; i++) {
    const s = scales[i];
    if (abs < s.size) continue;
    let x = Number((abs / s.size).toFixed(2));
    let scale = s;
    // 999.999 million rounds to 1,000 million: say 1 billion instead.
    if (x >= 1000 && i > 0) { scale = scales[i - 1]; x = Number((abs / scale.size).toFixed(2)); }
    const n = short(x, lang, 2);
    words = lang === 'vi' ? `${n} ${scale.vi}` : `${n} ${scale.en}`;
    break;
  }
  if (words === '') words = formatNumber(Number(abs.toFixed(2)), lang, Number.isInteger(Number(abs.toFixed(2))) ? 0 : 2);
  if (lang === 'vi') return `${sign}${words} ${unitVi}`;
  return `${sign}${cur} ${words}`;
}
