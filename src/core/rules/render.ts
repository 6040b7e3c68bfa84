// Renders an issue's message from its rule and parameters in either language, so a host can show
// the same issue in Vietnamese or English without re-running validation.
import { formatDay } from '../parse/date';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../model';
import { registerDef, type RegisterKind } from '../schema/registers';
import { rule, type MsgParams } from './catalog';

/** Parameters holding amounts (formatted as numbers) and day numbers (formatted as dates). */
const NUMBER_KEYS = new Set(['stated', 'computed', 'diff', 'disbursed', 'committed', 'reading', 'alternative', 'fixNumber']);
const DATE_KEYS = new Set(['end', 'start', 'today', 'date', 'approval', 'terminated', 'fixDay', 'dateValue']);

/** Coded parameters (reasons, approximation kinds) shown as words. */
const WORDS: Record<string, { vi: string; en: string }> = {
  'impossible-date': { vi: 'ngày không tồn tại', en: 'no such day' },
  'not-a-date': { vi: 'không đọc được thành ngày', en: 'not readable as a date' },
  'out-of-range': { vi: 'ngoài khoảng năm 1900–9999', en: 'outside the years 1900–9999' },
  'month-only': { vi: 'chỉ có tháng và năm, cần cả ngày', en: 'month and year only; a day is needed' },
  over: { vi: 'trên', en: 'over' },
  under: { vi: 'dưới', en: 'under' },
  about: { vi: 'khoảng', en: 'about' },
  nearly: { vi: 'gần', en: 'nearly' },
};
const WORD_KEYS = new Set(['reason', 'approx']);

export function columnLabel(kind: string | undefined, key: string | undefined, lang: Lang): string {
  if (!kind || !key) return key ?? '';
  const c = registerDef(kind as RegisterKind).columns.find((x) => x.key === key);
  return c ? c[lang] : key;
}

/**
 * The message of `ruleId` in `lang`. `where` replaces the usual "Sheet …, cell …" opening, for hosts
 * that show an issue beside its row (the AID.CHECK column names the column instead).
 */
export function renderMessage(ruleId: string, params: MsgParams, lang: Lang, where?: string): string {
  const p: MsgParams = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && NUMBER_KEYS.has(k)) p[k] = formatNumber(v, lang);
    else if (typeof v === 'number' && DATE_KEYS.has(k)) p[k] = formatDay(v, lang);
    else if (typeof v === 'string' && WORD_KEYS.has(k) && WORDS[v]) p[k] = WORDS[v][lang];
    else p[k] = v;
  }
  if (p.fixNumber !== undefined) p.fixText = p.fixNumber;
  if (p.fixDay !== undefined) p.fixText = p.fixDay;
  if (p.dateValue !== undefined) p.value = p.dateValue;
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
  const def = rule(ruleId);
  return def[lang](p);
}
