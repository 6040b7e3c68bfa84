// The header words of every register, folded once: which columns a header text can name. Labels come
// from the register schemas (schema/registers.ts): VI and EN labels, aliases, and weak aliases that
// name a column only when nothing beside them does.
import { boundedMemo } from '../base/memo';
import { fold } from '../base/text';
import { REGISTERS, type RegisterKind } from '../schema/registers';

export interface LabelHit {
  kind: RegisterKind;
  key: string;
  /** A weak alias ("Giá trị"): names the column only when no other header of the register does. */
  weak?: boolean;
}

/** Folded header label → the columns it can name, one per register kind. */
const LABELS = new Map<string, LabelHit[]>();
/** Most words in a multi-word label: bounds the search for a label inside a longer header. */
let MAX_WORDS = 1;

function addLabel(text: string, hit: LabelHit): void {
  for (const key of [fold(text), fold(stripParens(text))]) {
    if (!key) continue;
    const list = LABELS.get(key) ?? [];
    if (!list.some((h) => h.kind === hit.kind)) list.push(hit);
    LABELS.set(key, list);
    MAX_WORDS = Math.max(MAX_WORDS, key.split(' ').length);
  }
}

// Strong labels first, so a word that is a strong label of one column and a weak one of another names the first.
for (const def of REGISTERS) {
  for (const c of def.columns) for (const text of [c.vi, c.en, ...c.aliases]) addLabel(text, { kind: def.kind, key: c.key });
}
for (const def of REGISTERS) {
  for (const c of def.columns) for (const text of c.weakAliases ?? []) addLabel(text, { kind: def.kind, key: c.key, weak: true });
}

/**
 * The header without its bracketed parts (each "(" to the first ")" after it) and note marks. One pass
 * with indexOf: the regex /\([^)]*\)/g it replaces re-scanned the rest of the text from every "(" that
 * no ")" closes, quadratic on a header of 32,000 "(".
 */
export function stripParens(s: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = s.indexOf('(', from);
    if (open < 0) break;
    const close = s.indexOf(')', open + 1);
    if (close < 0) break;
    out += `${s.slice(from, open)} `;
    from = close + 1;
  }
  return (from === 0 ? s : out + s.slice(from)).replace(/[*¹²³]+/g, ' ');
}

/** Columns a header text can name, exact label first, then the longest multi-word label inside it. */
export const matchHeader: (text: string) => LabelHit[] = boundedMemo(20_000, computeHeaderMatch);

/** Looked up word run by word run, so a long text costs its length times the longest label's words. */
function computeHeaderMatch(text: string): LabelHit[] {
  const key = fold(stripParens(text.replace(/\r?\n/g, ' ')));
  if (!key) return [];
  const exact = LABELS.get(key);
  if (exact) return exact;
  const words = key.split(' ');
  let best: string | null = null;
  for (let i = 0; i < words.length; i++) {
    let gram = words[i];
    for (let n = 2; n <= MAX_WORDS && i + n <= words.length; n++) {
      gram += ` ${words[i + n - 1]}`;
      if ((best === null || gram.length > best.length) && LABELS.has(gram)) best = gram;
    }
  }
  return best === null ? [] : LABELS.get(best)!;
}
