// Display names of group keys (codes) in summaries: one place for every host.
import { CODE_LISTS, PROVINCES } from '../codes';
import type { CodeEntry, CodeList } from '../codes/codeList';
import type { Lang } from '../model';

export type GroupDimension = 'sector' | 'donor' | 'donorCountry' | 'province' | 'source' | 'country' | 'vsic';

const LISTS: Partial<Record<GroupDimension, CodeList<CodeEntry>>> = {
  sector: CODE_LISTS.sectors, donorCountry: CODE_LISTS.countries, province: PROVINCES,
  source: CODE_LISTS.fundingSources, country: CODE_LISTS.countries, vsic: CODE_LISTS.vsic,
};

/**
 * The label of a group key. The key '' (the summaries' UNKNOWN_GROUP) holds the rows whose group is
 * blank or written with a value in error: every breakdown keeps them, so that it adds up to its total.
 */
export function groupLabel(dim: GroupDimension, key: string, lang: Lang): string {
  if (key === '') return lang === 'vi' ? '(không xác định)' : '(unknown)';
  const entry = LISTS[dim]?.byCode(key);
  if (!entry) return key;
  return dim === 'vsic' ? `${entry.code} - ${entry[lang]}` : entry[lang];
}
