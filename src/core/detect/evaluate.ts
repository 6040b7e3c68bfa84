// How well a header block names one register: each column's words matched to the register's columns,
// parts of a total ("Trong đó: Viện trợ") before the total, weak words ("Giá trị") last, so that a
// header that could mean two columns is settled by its neighbours or reported, never guessed.
import { headerUnit } from '../parse/headerUnit';
import type { ColumnMatch } from '../model';
import type { RegisterDef } from '../schema/registers';
import type { HeaderColumn } from './block';
import { matchHeader, type LabelHit } from './labels';

export interface Evaluation {
  columns: ColumnMatch[];
  /** Later columns naming a key already matched: duplicate columns. */
  duplicates: { match: ColumnMatch; first: number }[];
  ignored: { header: string; col: number; path?: string[] }[];
  /** Columns whose words could name a column another header already names (the ambiguous-header rule). */
  ambiguous: { header: string; col: number; key: string; other: number }[];
  score: number;
  /** Distinct keys matched, anchored or not: how near a sheet came to holding a register. */
  matched: number;
  /** Whether an id, amount or date column was matched: what a register is known by. */
  anchored: boolean;
  /** Whether a column says which record each row is (its id or its name: RegisterDef.identity). */
  identified: boolean;
}

/** The column's hit for this register: its whole text first, then its own label alone (a part's own words first). */
function hitOf(h: HeaderColumn, def: RegisterDef): LabelHit | undefined {
  const own = h.part ? matchHeader(h.own).find((x) => x.kind === def.kind) : undefined;
  if (own) return own;
  const whole = matchHeader(h.text).find((x) => x.kind === def.kind);
  if (whole || h.texts.length === 1) return whole;
  return matchHeader(h.leaf).find((x) => x.kind === def.kind);
}

/** A column matched to a register's key, with the unit its own label or its group names. */
export function columnMatch(key: string, h: HeaderColumn): ColumnMatch {
  const m: ColumnMatch = { key, col: h.col, header: h.text };
  if (h.texts.length > 1) m.path = h.texts;
  const own = headerUnit(h.leaf);
  const unit = own.currency || own.multiplier ? own : headerUnit(h.texts.slice(0, -1).join(' '));
  if (unit.currency) m.headerCurrency = unit.currency;
  if (unit.multiplier) m.multiplier = unit.multiplier;
  if (unit.currency || unit.multiplier) m.unitFrom = unit === own ? 'header' : 'group';
  return m;
}

/** A column kept but not read, by its header (and its path, over several rows). */
export function ignoredOf(h: HeaderColumn): Evaluation['ignored'][number] {
  return h.texts.length > 1 ? { header: h.text, col: h.col, path: h.texts } : { header: h.text, col: h.col };
}

export function evaluate(block: readonly HeaderColumn[], def: RegisterDef): Evaluation {
  const columns: ColumnMatch[] = [];
  const duplicates: Evaluation['duplicates'] = [];
  const ignored: Evaluation['ignored'] = [];
  const ambiguous: Evaluation['ambiguous'] = [];
  const seen = new Map<string, { col: number; part: boolean }>();
  const hits = block.map((h) => hitOf(h, def));
  const claim = (h: HeaderColumn, key: string) => { seen.set(key, { col: h.col, part: h.part }); columns.push(columnMatch(key, h)); };
  // Parts first: "Viện trợ" under "Trong đó" is the aid itself, the total beside it is not.
  for (let i = 0; i < block.length; i++) if (block[i].part && hits[i] && !hits[i]!.weak && !seen.has(hits[i]!.key)) claim(block[i], hits[i]!.key);
  for (let i = 0; i < block.length; i++) {
    const h = block[i], hit = hits[i];
    if (!hit) { ignored.push(ignoredOf(h)); continue; }
    if (hit.weak || (h.part && seen.get(hit.key)?.col === h.col)) continue;
    const first = seen.get(hit.key);
    if (first === undefined) claim(h, hit.key);
    // The total of which the parts are given ("Tổng số" beside "Trong đó"): kept, not read.
    else if (first.part && !h.part) ignored.push(ignoredOf(h));
    else duplicates.push({ match: columnMatch(hit.key, h), first: first.col });
  }
  const weak = new Map<string, number[]>();
  for (let i = 0; i < block.length; i++) if (hits[i]?.weak) weak.set(hits[i]!.key, [...weak.get(hits[i]!.key) ?? [], i]);
  for (const [key, list] of weak) {
    const other = seen.get(key)?.col ?? (list.length > 1 ? block[list[1]].col : undefined);
    if (other === undefined) { claim(block[list[0]], key); continue; }
    for (const i of list) {
      ambiguous.push({ header: block[i].text, col: block[i].col, key, other: block[i].col === other ? block[list[0]].col : other });
      ignored.push(ignoredOf(block[i]));
    }
  }
  columns.sort((a, b) => a.col - b.col);
  ignored.sort((a, b) => a.col - b.col);
  const required = def.columns.filter((c) => c.required && seen.has(c.key)).length;
  // A register is known by its ids, dates or figures: a row of code-list titles (sector, country,
  // status…) matches many labels but is not a register.
  const anchored = def.columns.some((c) => seen.has(c.key) && (c.type === 'id' || c.type === 'amount' || c.type === 'date' || c.type === 'period'));
  // Each row of a register is a record, named by its id or its name; a table of groups and figures
  // (a summary's "Lĩnh vực | Số khoản | Cam kết") is not one, however many labels it matches.
  const identified = def.identity.some((k) => seen.has(k));
  // Distinct keys dominate; the share of the register's columns breaks ties between kinds.
  const score = anchored && identified && (columns.length >= 3 || (columns.length >= 2 && required >= 2 && def.columns.length <= 4))
    ? columns.length * 100 + Math.round((100 * columns.length) / def.columns.length) + required
    : 0;
  return { columns, duplicates, ignored, ambiguous, score, matched: columns.length, anchored, identified };
}
