// One matching interface over every code list, as the cell rules need it: the code, whether the text
// was already canonical, the canonical name in the message language, and former provinces.
import { CODE_LISTS, matchProvince, matchVsic, PROVINCES } from '../codes';
import type { CodeEntry, CodeList, CodeMatch } from '../codes/codeList';
import type { Lang } from '../model';
import type { CodeListId } from '../schema/registers';
import { boundedMemo } from '../base/memo';
import { nfc } from '../base/text';
import type { WorkbookCodes } from './workbookLists';

export type ListId = CodeListId | 'currencies';

export type Lookup =
  | { kind: 'ok'; code: string; exact: boolean; canonical: (lang: Lang) => string; former?: string }
  | { kind: 'ambiguous'; names: (lang: Lang) => string[] }
  | { kind: 'none' };

const NONE: Lookup = { kind: 'none' };

export function codeListFor(id: ListId): { example: (lang: Lang) => string } {
  if (id === 'provinces') return { example: (lang) => PROVINCES.entries[0][lang] };
  if (id === 'currencies') return { example: () => 'USD' };
  const list = CODE_LISTS[id] as CodeList<CodeEntry>;
  return { example: (lang) => list.entries[0][lang] };
}

function fromMatch(m: CodeMatch, id: ListId, text: string): Lookup {
  if (m.kind === 'none') return NONE;
  if (m.kind === 'ambiguous') return { kind: 'ambiguous', names: (lang) => m.entries.map((e) => e[lang]) };
  const e = m.entry;
  if (id === 'currencies') {
    // The canonical form of a currency is its ISO code, whatever name was typed.
    return { kind: 'ok', code: e.code, exact: text.trim() === e.code, canonical: () => e.code };
  }
  if (id === 'vsic') {
    const t = text.trim();
    const exact = m.kind === 'exact' || t === e.code || t === `${e.code} - ${e.vi}` || t === `${e.code} - ${e.en}`;
    return { kind: 'ok', code: e.code, exact, canonical: (lang) => `${e.code} - ${e[lang]}` };
  }
  return { kind: 'ok', code: e.code, exact: m.kind === 'exact', canonical: (lang) => e[lang] };
}

/** One remembered matcher per list, so lookups need no composite key. */
const matchers = new Map<ListId, (text: string) => Lookup>();

/**
 * The workbook's own code lists (workbookLists.ts) while a run reads it. Kept here rather than passed
 * down: every cell reader asks matchCode, and a run is synchronous, so one run's lists are the only
 * ones that can be active. The engine's shared per-setting memos (engine/cleanCells.ts) ask
 * matchBuiltInCode instead, so what they keep across runs never depends on one workbook's lists.
 */
let workbook: WorkbookCodes | null = null;

/** Runs `fn` with the workbook's own code lists consulted after the built-in ones. */
export function withWorkbookCodes<T>(codes: WorkbookCodes | null, fn: () => T): T {
  const before = workbook;
  workbook = codes;
  try { return fn(); } finally { workbook = before; }
}

/** The built-in lists, then the workbook's own: a value the user added is accepted as itself. */
export function matchCode(id: ListId, text: string): Lookup {
  const m = matchBuiltInCode(id, text);
  if (m.kind !== 'none' || workbook === null) return m;
  const own = workbook.find(id, text);
  if (own === undefined) return m;
  return { kind: 'ok', code: own, exact: nfc(text).trim() === own, canonical: () => own };
}

/** The built-in lists only. */
export function matchBuiltInCode(id: ListId, text: string): Lookup {
  let match = matchers.get(id);
  if (!match) {
    match = boundedMemo(10_000, (t) => compute(id, t));
    matchers.set(id, match);
  }
  return match(text);
}

function compute(id: ListId, text: string): Lookup {
  if (id === 'provinces') {
    const m = matchProvince(text);
    if (m.kind === 'ambiguous') {
      const cands = m.candidates ?? [];
      return { kind: 'ambiguous', names: (lang) => cands.map((c) => c[lang]) };
    }
    if (m.kind === 'none' || !m.entry) return NONE;
    const entry = m.entry;
    if (m.kind === 'former') {
      const former = m.former ?? text;
      // An old province name is kept as written when it is spelled canonically ("Quảng Nam").
      return { kind: 'ok', code: entry.code, exact: nfc(text).trim() === former, canonical: () => former, former };
    }
    return { kind: 'ok', code: entry.code, exact: m.exact, canonical: (lang) => entry[lang] };
  }
  if (id === 'vsic') return fromMatch(matchVsic(text), id, text);
  const list = (id === 'currencies' ? CODE_LISTS.currencies : CODE_LISTS[id]) as CodeList<CodeEntry>;
  return fromMatch(list.match(text), id, text);
}
