// The amount parser's indexes over the vocabularies (vocab/), built once at module load: keys are
// the phrases as the scanner splits them, so a lookup is one Map get per word of the phrase.
import { CURRENCY_WORDS } from '../vocab/currencies';
import { MAGNITUDE_WORDS, type MagnitudeWord } from '../vocab/magnitudes';
import { ENGLISH_QUALIFIERS, QUALIFIER_WORDS, type Approx } from '../vocab/qualifiers';
import { phraseKey, type Token, type WordToken } from './amountScan';

export interface CurrencyHit {
  readonly code: string;
  /** Visibly English: switches amount rule 5d to the English reading. */
  readonly english: boolean;
}
export interface QualifierHit {
  readonly approx: Approx;
  readonly english: boolean;
}

/** Phrase → value, plus every shorter run of its leading words, so that a search stops early. */
export class PhraseIndex<T> {
  private readonly values = new Map<string, T>();
  private readonly prefixes = new Set<string>();

  add(text: string, value: T): void {
    const key = phraseKey(text);
    // Not words alone (a figure, a stray sign): unreadable beside a figure, so left out rather than
    // stopping the engine over one spelling; test/vocab.test.ts names every word that must be read.
    if (key === null) return;
    this.values.set(key, value);
    for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) this.prefixes.add(key.slice(0, at));
  }

  get(key: string): T | undefined {
    return this.values.get(key);
  }

  /** Could a longer phrase start with these words? */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }
}

export const CURRENCY_INDEX = new PhraseIndex<CurrencyHit>();
/** Header brackets hold free text: only the words safe there (see vocab/currencies.ts). */
export const HEADER_CURRENCY_INDEX = new PhraseIndex<CurrencyHit>();
for (const w of CURRENCY_WORDS) {
  const hit: CurrencyHit = { code: w.code, english: w.english };
  if (w.inAmounts) CURRENCY_INDEX.add(w.text, hit);
  if (w.inHeaders) HEADER_CURRENCY_INDEX.add(w.text.replace(/[()]/g, ' '), hit);
}
export const MAGNITUDE_INDEX = new PhraseIndex<MagnitudeWord>();
for (const m of MAGNITUDE_WORDS) MAGNITUDE_INDEX.add(m.text, m);
export const QUALIFIER_INDEX = new PhraseIndex<QualifierHit>();
for (const [approx, words] of Object.entries(QUALIFIER_WORDS) as [Approx, readonly string[]][]) {
  for (const w of words) QUALIFIER_INDEX.add(w, { approx, english: ENGLISH_QUALIFIERS.has(w) });
}

export interface PhraseMatch<T> {
  value: T;
  next: number;
  first: WordToken;
}

/** Longest run of word tokens from `at` that is a phrase of `index`. */
export function matchPhrase<T>(tokens: readonly Token[], at: number, index: PhraseIndex<T>): PhraseMatch<T> | null {
  const first = tokens[at];
  if (first?.kind !== 'word') return null;
  let key = first.word;
  let best: PhraseMatch<T> | null = null;
  for (let n = at; ; ) {
    const value = index.get(key);
    if (value !== undefined) best = { value, next: n + 1, first };
    const t = tokens[++n];
    if (t?.kind !== 'word' || !index.continues(key)) return best;
    key = `${key} ${t.word}`;
  }
}

/** A magnitude word at `at`, honouring "only glued to the digits". */
export function matchMagnitude(tokens: readonly Token[], at: number): PhraseMatch<MagnitudeWord> | null {
  const m = matchPhrase(tokens, at, MAGNITUDE_INDEX);
  if (!m || (m.value.glued && !m.first.attached)) return null;
  return m;
}
