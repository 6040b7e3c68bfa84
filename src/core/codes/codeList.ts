// A code list: canonical entries with Vietnamese and English names plus aliases, and a
// memoised matcher from free text. Users extend lists in the workbook, so lists are values, not enums.
import { boundedMemo } from '../base/memo';
import { fold, nfc } from '../base/text';

export interface CodeEntry {
  /** Stable code written in exports (ISO code, VSIC letter, our own short code). */
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  /** Other spellings people type: abbreviations, old names, English/Vietnamese variants. */
  readonly aliases?: readonly string[];
}

export type CodeMatch<E extends CodeEntry = CodeEntry> =
  | { kind: 'exact'; entry: E }
  /** Matched through folding or an alias: the canonical value is a certain fix. */
  | { kind: 'matched'; entry: E; via: string }
  | { kind: 'ambiguous'; entries: readonly E[] }
  | { kind: 'none' };

export class CodeList<E extends CodeEntry = CodeEntry> {
  readonly entries: readonly E[];
  private readonly exactIndex = new Map<string, E>();
  private readonly foldIndex = new Map<string, E[]>();
  private readonly memo = boundedMemo(50_000, (text) => this.compute(text));

  constructor(readonly id: string, entries: readonly E[]) {
    this.entries = entries;
    for (const e of entries) {
      for (const s of [e.code, e.vi, e.en]) this.exactIndex.set(nfc(s).trim(), e);
    }
    for (const e of entries) {
      for (const s of [e.code, e.vi, e.en, ...(e.aliases ?? [])]) this.addFolded(fold(s), e);
    }
  }

  private addFolded(key: string, e: E): void {
    if (!key) return;
    const list = this.foldIndex.get(key);
    if (!list) this.foldIndex.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  }

  /** Match free text; results are memoised because registers repeat the same few values. */
  match(text: string): CodeMatch<E> {
    return this.memo(text);
  }

  private compute(text: string): CodeMatch<E> {
    const exact = this.exactIndex.get(nfc(text).trim());
    if (exact) return { kind: 'exact', entry: exact };
    const found = this.foldIndex.get(fold(text));
    if (!found) return { kind: 'none' };
    if (found.length === 1) return { kind: 'matched', entry: found[0], via: text };
    return { kind: 'ambiguous', entries: found };
  }

  byCode(code: string): E | undefined {
    return this.entries.find((e) => e.code === code);
  }

  /** A copy with extra entries, e.g. values a user added to the workbook's code-list sheet. */
  extend(extra: readonly E[]): CodeList<E> {
    return new CodeList(this.id, [...this.entries, ...extra]);
  }
}
