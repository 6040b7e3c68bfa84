// AID.SECTOR, AID.COUNTRY, AID.PROVINCE and AID.UNICODE: canonical values from the engine's code
// lists and legacy-text converter.
import { COUNTRIES, matchProvince, SECTORS, type CodeEntry, type CodeList } from '../core/codes';
import type { CountryEntry } from '../core/codes/countries';
import { repairLegacy } from '../core/parse/legacy';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, lift, option, scalarArg, type Cell, type Matrix } from './matrix';

function textOf(v: Cell, env: FnEnv): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return fail(env.lang, 'value', 'not-text', { value: String(v) });
}

function lookup<E extends CodeEntry>(list: CodeList<E>, v: Cell, unknownId: string, env: FnEnv): E {
  const text = textOf(v, env);
  const m = list.match(text);
  if (m.kind === 'exact' || m.kind === 'matched') return m.entry;
  if (m.kind === 'ambiguous') return fail(env.lang, 'value', 'ambiguous-code', { text, candidates: m.entries.map((e) => e[env.lang]).join('; ') });
  return fail(env.lang, 'na', unknownId, { text });
}

const NAME_FORMATS = ['vi', 'en', 'code'] as const;

export function SECTOR(text: unknown, format: unknown, env: FnEnv): Matrix {
  const f = option(format, 'format', NAME_FORMATS, env.lang, env.lang);
  return lift(text, (v) => {
    if (isBlankCell(v)) return '';
    const e = lookup(SECTORS, v, 'sector-unknown', env);
    return f === 'code' ? e.code : e[f];
  });
}

const COUNTRY_FORMATS = ['vi', 'en', 'code', 'alpha3'] as const;

export function COUNTRY(text: unknown, format: unknown, env: FnEnv): Matrix {
  const f = option(format, 'format', COUNTRY_FORMATS, env.lang, env.lang);
  return lift(text, (v) => {
    if (isBlankCell(v)) return '';
    const e: CountryEntry = lookup(COUNTRIES, v, 'country-unknown', env);
    if (f === 'code') return e.code;
    // The international-organisations entry has no alpha-3 code; its own code is the honest answer.
    if (f === 'alpha3') return e.alpha3 ?? e.code;
    return e[f];
  });
}

export function PROVINCE(text: unknown, format: unknown, env: FnEnv): Matrix {
  const f = option(format, 'format', NAME_FORMATS, 'vi', env.lang);
  return lift(text, (v) => {
    if (isBlankCell(v)) return '';
    const t = textOf(v, env);
    const m = matchProvince(t);
    if ((m.kind === 'current' || m.kind === 'former') && m.entry) return f === 'code' ? m.entry.code : m.entry[f];
    if (m.kind === 'ambiguous') {
      return fail(env.lang, 'value', 'ambiguous-code', { text: t, candidates: (m.candidates ?? []).map((e) => e.vi).join('; ') });
    }
    return fail(env.lang, 'na', 'province-unknown', { text: t });
  });
}

export function UNICODE(text: unknown, font: unknown, env: FnEnv): Matrix {
  const f = scalarArg(font, 'font', env.lang);
  const fontName = isBlankCell(f) ? null : String(f).trim();
  return lift(text, (v) => {
    if (typeof v !== 'string') return isBlankCell(v) ? '' : v;
    return repairLegacy(v, fontName)?.text ?? v;
  });
}
