// The order of the countries in a template's dropdown: the partners a province names most often
// first, then every other country by its name in the template's language, sorted as that language
// sorts (Vietnamese: a ă â b … d đ e ê …, tone marks after letters).
//
// The usual partners, in the order public records name them: Viet Nam's 2020 FDI by registered
// capital (Singapore, Korea, China, then Japan, Taiwan, Hong Kong; Korea, China, Japan and Hong Kong
// also lead by new projects); the provincial FDI projects reported in the press (Korea most often,
// then Singapore, Thailand, Malaysia); the United States, home of many NGO donors (World Vision, East
// Meets West); international organisations (the World Bank, UN agencies) last, for aid.
import type { Lang } from '../model';
import { CODE_LISTS } from './index';
import { INTERNATIONAL_CODE } from './countries';

export const USUAL_PARTNERS: readonly string[] = ['SG', 'KR', 'CN', 'JP', 'TW', 'HK', 'TH', 'MY', 'US', INTERNATIONAL_CODE];

/** The countries' names in the language, usual partners first, then the rest in the language's order. */
export function countriesForPeople(lang: Lang): string[] {
  const entries = CODE_LISTS.countries.entries;
  const first = USUAL_PARTNERS.map((code) => entries.find((e) => e.code === code)).filter((e) => e !== undefined);
  const usual = new Set(USUAL_PARTNERS);
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { sensitivity: 'base' });
  const rest = entries.filter((e) => !usual.has(e.code)).sort((a, b) => collator.compare(a[lang], b[lang]));
  return [...first, ...rest].map((e) => e[lang]);
}
