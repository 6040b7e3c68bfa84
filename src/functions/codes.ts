// AID.SECTOR, AID.COUNTRY, AID.PROVINCE and AID.UNICODE: canonical values from the engine's code
// lists and legacy-text converter, each declared with its docs (see define.ts).
import { COUNTRIES, matchProvince, SECTORS, type CodeEntry, type CodeList } from '../core/codes';
import type { CountryEntry } from '../core/codes/countries';
import { repairLegacy } from '../core/parse/legacy';
import { defineFunction } from './define';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, lift, option, scalarArg, type Cell } from './matrix';

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

export const SECTOR = defineFunction({
  name: 'SECTOR',
  en: 'Canonical aid sector from free text, with or without tone marks. Example: =AID.SECTOR("y te") returns Y tế (Health in English Excel).',
  vi: 'Lĩnh vực viện trợ chuẩn từ chữ gõ tự do, có hoặc không dấu. Ví dụ: =AID.SECTOR("y te") cho Y tế.',
  params: [
    {
      name: 'text', type: 'range',
      en: 'Sector as typed, or a range. Example: "giao duc".',
      vi: 'Lĩnh vực như đã gõ, hoặc một vùng. Ví dụ: "giao duc".',
    },
    {
      name: 'format', type: 'value', optional: true,
      en: `"vi", "en" or "code"; default: Excel's language. Example: "code".`,
      vi: '"vi", "en" hoặc "code"; mặc định theo ngôn ngữ Excel. Ví dụ: "code".',
    },
  ],
  returns: "The sector's name or code.",
  run: ([text, format], env) => {
    const f = option(format, 'format', NAME_FORMATS, env.lang, env.lang);
    return lift(text, (v) => {
      if (isBlankCell(v)) return '';
      const e = lookup(SECTORS, v, 'sector-unknown', env);
      return f === 'code' ? e.code : e[f];
    });
  },
});

const COUNTRY_FORMATS = ['vi', 'en', 'code', 'alpha3'] as const;

export const COUNTRY = defineFunction({
  name: 'COUNTRY',
  en: 'Canonical country from Vietnamese or English names and abbreviations. Example: =AID.COUNTRY("Hoa Kỳ","code") returns US; =AID.COUNTRY("CHDCND Lào") returns Lào.',
  vi: 'Quốc gia chuẩn từ tên tiếng Việt, tiếng Anh hoặc tên viết tắt. Ví dụ: =AID.COUNTRY("Hoa Kỳ";"code") cho US; =AID.COUNTRY("CHDCND Lào") cho Lào.',
  params: [
    {
      name: 'text', type: 'range',
      en: 'Country as typed, or a range. Example: "Mỹ".',
      vi: 'Quốc gia như đã gõ, hoặc một vùng. Ví dụ: "Mỹ".',
    },
    {
      name: 'format', type: 'value', optional: true,
      en: `"vi", "en", "code" (ISO alpha-2) or "alpha3"; default: Excel's language. Example: "en".`,
      vi: '"vi", "en", "code" (ISO 2 chữ) hoặc "alpha3"; mặc định theo ngôn ngữ Excel. Ví dụ: "en".',
    },
  ],
  returns: "The country's name or code.",
  run: ([text, format], env) => {
    const f = option(format, 'format', COUNTRY_FORMATS, env.lang, env.lang);
    return lift(text, (v) => {
      if (isBlankCell(v)) return '';
      const e: CountryEntry = lookup(COUNTRIES, v, 'country-unknown', env);
      if (f === 'code') return e.code;
      // The international-organisations entry has no alpha-3 code; its own code is the honest answer.
      if (f === 'alpha3') return e.alpha3 ?? e.code;
      return e[f];
    });
  },
});

export const PROVINCE = defineFunction({
  name: 'PROVINCE',
  en: `Today's province or city from a current or pre-2025 name. Example: =AID.PROVINCE("Bà Rịa - Vũng Tàu") returns TP. Hồ Chí Minh.`,
  vi: 'Tỉnh, thành phố hiện nay từ tên hiện tại hoặc tên trước sáp nhập 2025. Ví dụ: =AID.PROVINCE("Bà Rịa - Vũng Tàu") cho TP. Hồ Chí Minh.',
  params: [
    {
      name: 'text', type: 'range',
      en: 'Province as typed, old names included, or a range. Example: "Quảng Bình".',
      vi: 'Tỉnh như đã gõ, kể cả tên cũ, hoặc một vùng. Ví dụ: "Quảng Bình".',
    },
    {
      name: 'format', type: 'value', optional: true,
      en: '"vi" (default), "en" or "code". Example: "code".',
      vi: '"vi" (mặc định), "en" hoặc "code". Ví dụ: "code".',
    },
  ],
  returns: "The current province's name or code.",
  run: ([text, format], env) => {
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
  },
});

export const UNICODE = defineFunction({
  name: 'UNICODE',
  en: 'Repairs text typed in the old TCVN3 (ABC) or VNI encodings into Unicode. Example: =AID.UNICODE(B5,".VnTime").',
  vi: 'Chuyển chữ gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI sang Unicode. Ví dụ: =AID.UNICODE(B5;".VnTime").',
  params: [
    {
      name: 'text', type: 'range',
      en: 'Text, or a range. Example: B5.',
      vi: 'Chữ, hoặc một vùng. Ví dụ: B5.',
    },
    {
      name: 'font', type: 'value', optional: true,
      en: `The cell's font name, when known; it tells TCVN3 from VNI for certain. Example: ".VnTime".`,
      vi: 'Tên phông của ô, nếu biết; giúp phân biệt chắc chắn TCVN3 với VNI. Ví dụ: ".VnTime".',
    },
  ],
  returns: 'The text in Unicode; text that is already Unicode is unchanged.',
  run: ([text, font], env) => {
    const f = scalarArg(font, 'font', env.lang);
    const fontName = isBlankCell(f) ? null : String(f).trim();
    return lift(text, (v) => {
      if (typeof v !== 'string') return isBlankCell(v) ? '' : v;
      return repairLegacy(v, fontName)?.text ?? v;
    });
  },
});
