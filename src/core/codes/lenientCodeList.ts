// A CodeList for lists whose spellings are not all distinct after folding, and whose users often
// write transliterated names as one word ("Xingapo" for "Xin-ga-po").
// The base CodeList reports a shared fold key as ambiguous; here a list can record, key by key,
// which entry wins. Each preference is a deliberate, reviewed decision (see the tests), never a guess.
import { CodeEntry, CodeList, CodeMatch } from './codeList';
import { fold } from '../base/text';

export interface LenientOptions {
  /**
   * Folded key → code of the entry to choose when that key is shared by several entries.
   * Example: "my" is both the folded "Mỹ" (United States) and Malaysia's ISO code "MY"; typed
   * exactly as "MY" it is still Malaysia, because exact matches are resolved before folding.
   */
  readonly preferences?: Readonly<Record<string, string>>;
  /** Also try the folded key with every space removed, but only when the spaced key finds nothing. */
  readonly compact?: boolean;
  /**
   * Other readings of a text that matches nothing as written, tried in order: each reading is a list
   * of texts that must all name the same one entry ("Moldova, Republic of" read as "Republic of
   * Moldova"; "Nhật Bản (Japan)" as both "Nhật Bản" and "Japan"). Must be linear in the text.
   */
  readonly rewrites?: (text: string) => readonly (readonly string[])[];
}

/** The folded key without spaces: "Xin-ga-po", "Xingapo" and "xin ga po" all give "xingapo". */
export function compactKey(s: string): string {
  return fold(s).replace(/ /g, '');
}

/** Every spelling of an entry that the matcher indexes. */
export function spellingsOf(e: CodeEntry): readonly string[] {
  return [e.code, e.vi, e.en, ...(e.aliases ?? [])];
}

export class LenientCodeList<E extends CodeEntry = CodeEntry> extends CodeList<E> {
  private readonly compactIndex = new Map<string, E[]>();
  // A Map, not the record itself, so that text such as "constructor" never reaches Object.prototype.
  private readonly preferred: ReadonlyMap<string, string>;

  constructor(id: string, entries: readonly E[], readonly options: LenientOptions = {}) {
    super(id, entries);
    this.preferred = new Map(Object.entries(options.preferences ?? {}));
    if (!options.compact) return;
    for (const e of entries) {
      for (const s of spellingsOf(e)) {
        const key = compactKey(s);
        if (!key) continue;
        const list = this.compactIndex.get(key);
        if (!list) this.compactIndex.set(key, [e]);
        else if (!list.includes(e)) list.push(e);
      }
    }
  }

  override match(text: string): CodeMatch<E> {
    const plain = this.matchAsWritten(text);
    if (plain.kind !== 'none' || !this.options.rewrites) return plain;
    for (const reading of this.options.rewrites(text)) {
      let entry: E | undefined;
      for (const part of reading) {
        const m = this.matchAsWritten(part);
        if (m.kind !== 'exact' && m.kind !== 'matched') { entry = undefined; break; }
        if (entry !== undefined && m.entry !== entry) { entry = undefined; break; }
        entry = m.entry;
      }
      if (entry !== undefined) return { kind: 'matched', entry, via: text };
    }
    return plain;
  }

  /** The text as written: exact, folded, then (when allowed) without spaces. */
  private matchAsWritten(text: string): CodeMatch<E> {
    const base = super.match(text);
    if (base.kind === 'ambiguous') return this.prefer(base, text);
    if (base.kind !== 'none' || !this.options.compact) return base;
    const found = this.compactIndex.get(compactKey(text));
    if (!found) return base;
    if (found.length === 1) return { kind: 'matched', entry: found[0], via: text };
    return this.prefer({ kind: 'ambiguous', entries: found }, text);
  }

  private prefer(m: { kind: 'ambiguous'; entries: readonly E[] }, text: string): CodeMatch<E> {
    const code = this.preferred.get(fold(text)) ?? this.preferred.get(compactKey(text));
    const entry = code === undefined ? undefined : m.entries.find((e) => e.code === code);
    return entry ? { kind: 'matched', entry, via: text } : m;
  }

  /** Keeps the preferences and the compact index when a workbook adds its own entries. */
  override extend(extra: readonly E[]): CodeList<E> {
    return new LenientCodeList(this.id, [...this.entries, ...extra], this.options);
  }
}
