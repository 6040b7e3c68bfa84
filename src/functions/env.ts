// What a function needs to know about where it runs: the language of its messages and output,
// how to read ambiguous separators, and today's date. Hosts build it once per call from Office's
// display language; tests pass it explicitly.
import type { Lang } from '../core/model';
import { langOf } from '../core/i18n/lang';
import { todayDay } from '../core/parse/date';

export interface FnEnv {
  lang: Lang;
  /** Day number of today, for rules about dates in the future. */
  today: number;
}

export function envFor(displayLanguage: string | null | undefined, today: number = todayDay()): FnEnv {
  return { lang: langOf(displayLanguage), today };
}
