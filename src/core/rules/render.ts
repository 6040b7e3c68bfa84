// Renders an issue's message from its rule and parameters in either language, so a host can show
// the same issue in Vietnamese or English without re-running validation. Each parameter is shown
// as its rule declares it (rules/define.ts ParamKind), not guessed from its name.
import { formatDay } from '../parse/date';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../model';
import { registerDef, type RegisterKind } from '../schema/registers';
import { kindOf, type MsgParams, type ParamKind, type Shown } from './define';
import { rule } from './index';

/** Coded parameters (reasons, approximation kinds) shown as words. */
export const WORDS: Readonly<Record<string, { vi: string; en: string }>> = {
  'impossible-date': { vi: 'ngày không tồn tại', en: 'no such day' },
  'not-a-date': { vi: 'không đọc được thành ngày', en: 'not readable as a date' },
  'out-of-range': { vi: 'ngoài khoảng năm 1900–9999', en: 'outside the years 1900–9999' },
  // A date's precision (date-imprecise): "chỉ ghi đến năm", "gives only the year".
  year: { vi: 'năm', en: 'year' },
  half: { vi: 'nửa năm', en: 'half year' },
  quarter: { vi: 'quý', en: 'quarter' },
  month: { vi: 'tháng', en: 'month' },
  over: { vi: 'trên', en: 'over' },
  under: { vi: 'dưới', en: 'under' },
  about: { vi: 'khoảng', en: 'about' },
  nearly: { vi: 'gần', en: 'nearly' },
};

export function columnLabel(kind: string | undefined, key: string | undefined, lang: Lang): string {
  if (!kind || !key) return key ?? '';
  const c = registerDef(kind as RegisterKind).columns.find((x) => x.key === key);
  return c ? c[lang] : key;
}

/** One parameter as its kind shows it; a value of another type than the kind expects is shown as given. */
export function showParam(kind: ParamKind | undefined, v: string | number, lang: Lang): string | number {
  if (kind === 'number' && typeof v === 'number') return formatNumber(v, lang);
  if (kind === 'day' && typeof v === 'number') return formatDay(v, lang);
  if (kind === 'word' && typeof v === 'string' && WORDS[v]) return WORDS[v][lang];
  return v;
}

/**
 * The message of `ruleId` in `lang`. `where` replaces the usual "Sheet …, cell …" opening, for hosts
 * that show an issue beside its row (the AID.CHECK column names the column instead).
 */
export function renderMessage(ruleId: string, params: MsgParams, lang: Lang, where?: string): string {
  const def = rule(ruleId);
  const p: MsgParams = {};
  for (const [k, v] of Object.entries(params)) p[k] = showParam(kindOf(def.params[k]), v, lang);
  const kind = typeof params.kind === 'string' ? params.kind : undefined;
  if (typeof params.column === 'string') p.column = columnLabel(kind, params.column, lang);
  // `register` names another register (the one a reference points to); else the issue's own.
  const reg = typeof params.register === 'string' ? params.register : kind;
  if (reg) p.register = registerDef(reg as RegisterKind)[lang];
  const sheet = String(params.sheet ?? '');
  if (where !== undefined) {
    p.where = where;
  } else if (params.cell) {
    p.where = lang === 'vi' ? `Trang "${sheet}", ô ${params.cell}` : `Sheet "${sheet}", cell ${params.cell}`;
  } else {
    p.where = lang === 'vi' ? `Trang "${sheet}"` : `Sheet "${sheet}"`;
  }
  // Placement and the rule's own parameters are all in `p`; a missing one prints as before ("undefined").
  return def[lang](p as unknown as Shown<typeof def.params>);
}
