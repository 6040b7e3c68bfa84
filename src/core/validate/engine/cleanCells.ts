// The common case, cheaply. Nearly every cell of a register is clean, and parseCell spends most of
// its time on what a clean cell never needs (issue closures, outcome objects, repeated text checks).
// readCell answers a certainly clean cell's parsed value without allocating, or SLOW whenever the
// cell might raise an issue; parseCell then handles that cell, so every issue, message and fix still
// comes from one place. A read also tells what the row classification and the duplicate-row rule
// need to know of the cell, so that a text is examined once per distinct text and column, not once
// per cell and pass. One reader class for every column type keeps the hot calls monomorphic.
// Whether a cell is certainly clean is asked of the rule modules' own conditions (rules/cell/*), so
// a rule's condition is written once, for the check (../cells.ts) and for this shortcut alike.
import { legacyUnderSomeFont } from '../../parse/legacy';
import { parseDate, plainSerialDay } from '../../parse/date';
import { boundedMemo } from '../../base/memo';
import { cleanSpaces, nfc } from '../../base/text';
import type { Lang, ParsedValue, RawValue } from '../../model';
import type { ColumnDef } from '../../schema/registers';
import { isNotCanonical } from '../../rules/cell/codeNotCanonical';
import { isDateAsText } from '../../rules/cell/dateAsText';
import { isFutureDay } from '../../rules/cell/futureDate';
import { legacyRepair } from '../../rules/cell/legacyEncoding';
import { isNegativeAmount } from '../../rules/cell/negativeAmount';
import { isNotWholeCount } from '../../rules/cell/notAnInteger';
import { isRateNotPositive } from '../../rules/cell/rateNotPositive';
import { isImplausible, plausibleLimit } from '../../rules/cell/implausibleAmount';
import { uncountable } from '../../parse/amount';
import { hasStraySpaces } from '../../rules/cell/straySpaces';
import { matchBuiltInCode, type ListId } from '../codeLookup';
import { cellHash, EMPTY_HASH, numberHash, plainCharsHash, plainTextHash, textHash } from './rowHash';
import { isTotalsText } from '../rowClass';
import { precisionKey } from '../cells';
import { codeAt } from '../../base/chars';

export const SLOW: unique symbol = Symbol('slow');

/** Where number() has readNumber write a single cell's value (read back at once). */
const NUMBER_SLOT = new Float64Array(1);
export type Clean = ParsedValue | typeof SLOW;

/** Distinct texts remembered per reader setting; past it the memo starts over. */
const MEMO_LIMIT = 10_000;
/** Reads after which a reader makes its cache of recent texts (CleanReader.facts). */
const RECENT = 64;
/**
 * Slots of that cache; a power of two. A code column's few dozen texts (sectors, donors, months)
 * must mostly find a slot of their own, else they keep pushing each other out and each read goes to
 * the memo's Map: at 64 slots, read by length and end letters only, a sector column of 15 names made
 * one read in seven a Map lookup.
 */
const SLOTS = 256;
/** Plain-text reads after which a text reader settles whether to keep reading texts that way. */
const PLAIN_TRIES = 1024;
/** Memo lookups after which a text reader settles how it reads Vietnamese text (CleanReader.learn). */
const LEARN_LOOKUPS = 1024;

export interface ReaderCtx {
  col: number;
  font: ((row: number, col: number) => string | undefined) | undefined;
  dataLang: Lang;
  today: number;
  multiplier: number | undefined;
}

/** What one distinct text of a column is, as far as a clean read goes. */
interface Facts {
  readonly blank: boolean;
  readonly totals: boolean;
  readonly hash: number;
  /** False: the cell may raise an issue, so parseCell must see it. */
  readonly clean: boolean;
  /** Some font would make the text TCVN3/VNI: only the cell's font can settle it. */
  readonly needsFont: boolean;
  readonly value: ParsedValue;
  readonly meta: string | null;
}

/** The reading of a non-blank text without stray spaces, as the column type sees it. */
type Reading = Pick<Facts, 'clean' | 'needsFont' | 'value' | 'meta'>;
const NOT_CLEAN: Reading = { clean: false, needsFont: false, value: null, meta: null };

const enum Kind { Number, Date, Code, Text }

/** What readCell found out about the cell besides its value; valid until the next read. */
export interface CellFacts {
  /** isBlank(raw). */
  blank: boolean;
  /** isTotalsText(raw). */
  totals: boolean;
  /** cellHash(raw). */
  hash: number;
  /** After a clean read, the row's meta value for the reader's metaKey; null for none. */
  meta: string | null;
  /** For a plain text read cheaply in an id column: its id-key hash (idTable.ts); else -1. */
  keyHash: number;
}

export const newCellFacts = (): CellFacts => ({ blank: false, totals: false, hash: 0, meta: null, keyHash: -1 });

/** What a reader's facts depend on: nothing else about the reader, so runs can share them. */
interface Setting {
  readonly kind: Kind;
  readonly period: boolean;
  readonly notFuture: boolean;
  readonly listId: ListId | null;
  readonly today: number;
  readonly dataLang: Lang;
  /** The column's key: each column keeps its own texts, so that one of unique titles cannot crowd out another's few donors. */
  readonly column: string;
}

/** Texts described so far (memo misses), so that a reader can tell how often its memo misses. */
let described = 0;

function describe(s: Setting, text: string): Facts {
  described++;
  const trimmed = text.trim();
  const totals = isTotalsText(text);
  if (trimmed === '') return factsOf(true, totals, EMPTY_HASH, NOT_CLEAN);
  return factsOf(false, totals, textHash(trimmed), hasStraySpaces(text) ? NOT_CLEAN : readingOf(s, text));
}

/**
 * Written out rather than spread: a spread gives the object a hidden class of its own, which dies
 * with the memos (see shapes.ts), and the code compiled for it with that class.
 */
function factsOf(blank: boolean, totals: boolean, hash: number, r: Reading): Facts {
  return { blank, totals, hash, clean: r.clean, needsFont: r.needsFont, value: r.value, meta: r.meta };
}

function readingOf(s: Setting, text: string): Reading {
  switch (s.kind) {
    // Text amounts always say something: a number typed as text, an approximation, a bad value.
    case Kind.Number: return NOT_CLEAN;
    case Kind.Date: {
      // A full date typed as text is worth a warning (the serial is the fix), and its day and month
      // order is the column's to settle (parseCell); months, quarters and years are neither.
      if (!s.period) return NOT_CLEAN;
      const d = parseDate(text, { allowPeriods: true });
      if (!d.ok || isDateAsText(true, d.precision) || (s.notFuture && isFutureDay(d.day, s.today))) return NOT_CLEAN;
      return { clean: true, needsFont: false, value: d.day, meta: d.precision };
    }
    case Kind.Code: {
      // Built-in lists only: these facts are kept across runs, and a workbook's own values are read
      // by parseCell (validate/workbookLists.ts), so the setting key needs no part for them.
      const m = matchBuiltInCode(s.listId!, text);
      // Unknown, ambiguous or not written canonically: each is an issue.
      if (m.kind !== 'ok' || isNotCanonical(m.exact, text, m.canonical(s.dataLang))) return NOT_CLEAN;
      return { clean: true, needsFont: legacyUnderSomeFont(text), value: m.code, meta: m.former ? nfc(cleanSpaces(text)) : null };
    }
    default:
      return { clean: true, needsFont: legacyUnderSomeFont(text), value: nfc(cleanSpaces(text)), meta: null };
  }
}

/**
 * Facts per setting, kept across runs: a check column runs the engine once per row, and each run
 * would otherwise start from an empty memo (AID.CHECK spent a third of its time refilling them).
 * Each memo starts over when full, so memory stays flat and a long session keeps remembering.
 */
const SETTINGS_KEPT = 64;
const factsBySetting = new Map<string, (text: string) => Facts>();

/** Drops every shared memo: the benchmark times each run from cold, as one CLI process runs. */
/** Bumped whenever the memos are dropped, so that no column keeps using a dropped one. */
let generation = 0;

export function forgetSharedFacts(): void {
  factsBySetting.clear();
  generation++;
}

function sharedFacts(s: Setting): (text: string) => Facts {
  const key = `${s.column}|${s.kind}|${s.period}|${s.notFuture}|${s.listId}|${s.today}|${s.dataLang}`;
  let memo = factsBySetting.get(key);
  if (!memo) {
    if (factsBySetting.size >= SETTINGS_KEPT) forgetSharedFacts();
    memo = boundedMemo(MEMO_LIMIT, (text) => describe(s, text), 'restart');
    factsBySetting.set(key, memo);
  }
  return memo;
}

/**
 * The shared memo of a column, remembered per column definition for the last today and language:
 * AID.CHECK builds every reader once per call, and building the setting's key each time cost more
 * than the reading.
 */
const factsOfColumn = new WeakMap<ColumnDef, { today: number; dataLang: Lang; generation: number; facts: (text: string) => Facts }>();

function factsFor(def: ColumnDef, kind: Kind, listId: ListId | null, today: number, dataLang: Lang): (text: string) => Facts {
  const known = factsOfColumn.get(def);
  if (known && known.today === today && known.dataLang === dataLang && known.generation === generation) return known.facts;
  const facts = sharedFacts({ kind, period: def.type === 'period', notFuture: !!def.notFuture, listId, today, dataLang, column: def.key });
  factsOfColumn.set(def, { today, dataLang, generation, facts });
  return facts;
}

/** A text's slot in a cache of SLOTS texts: by its length, end letters and middle letter, read cheaply. */
function recentSlot(text: string): number {
  const n = text.length;
  return n === 0 ? 0 : (n * 31 + codeAt(text, 0) * 7 + codeAt(text, n >> 1) * 3 + codeAt(text, n - 1)) & (SLOTS - 1);
}

/** Reads the cells of one register column, for one validation run. */
export class CleanReader {
  readonly metaKey: string | null;
  readonly required: boolean;
  /**
   * Ids and other unique ASCII texts are settled without the memo, which they would only fill; a
   * text column where few texts are plain ASCII stops trying, and so does one that repeats a few
   * texts (donors), which the cache of recent texts in facts() answers faster than a pass.
   */
  triesPlainText: boolean;
  /** An id column: plain texts are ASCII, and their hash is also their id-key hash. */
  readonly keyed: boolean;
  /**
   * Plain texts may hold Vietnamese letters: in text columns, from the first cell on. A column of
   * unique Vietnamese names read its first thousand texts through the memo, describing each (a few
   * microseconds apiece), before it learnt to read them in one pass.
   */
  private readonly vietnamese: boolean;
  private readonly kind: Kind;
  /**
   * The column's type, date bound and today, copied from def and ctx: column definitions come in many
   * shapes (optional fields), so `this.def.type` is a megamorphic load, paid on every number cell.
   */
  private readonly type: ColumnDef['type'];
  private readonly notFuture: boolean;
  private readonly today: number;
  private readonly multiplier: number;
  /**
   * The column's plausibility bound in dollars, the lowest of its currencies' (plausibleLimit): a figure
   * above it may be implausible in the row's currency, which only parseCell knows.
   */
  private readonly plausible: number | null;
  /** The bound of the row being read (see rowCurrency); the lowest until a row's currency is known. */
  private limit: number | null;
  private readonly usdLimit: number | null;
  private readonly vndLimit: number | null;
  private readonly listId: ListId | null;
  // Facts per distinct text, and the last text read: many columns repeat one value row after row.
  private readonly known: (text: string) => Facts;
  private lastText: string | null = null;
  private lastFacts: Facts | null = null;
  /**
   * Texts read lately, by length and end letters, with their facts: a code column repeats a few
   * values, and comparing a text with the one in its slot costs a fraction of a Map lookup.
   */
  private recentTexts: (string | null)[] | null = null;
  private recentFacts: Facts[] | null = null;
  /** Memo lookups made before the cache above was made. */
  private uncached = 0;
  private plainTries = 0;
  private plainHits = 0;
  /** Plain texts read lately, by recentSlot, while plainTextHash finds out whether texts repeat. */
  private plainSeen: (string | null)[] | null = null;
  /** Plain texts looked for in plainSeen, and found there. */
  private plainWatched = 0;
  private plainRepeats = 0;
  private learning = true;
  private lookups = 0;
  private misses = 0;
  /** Lookups that went to the memo's Map, the cache of recent texts not holding the text. */
  private memoReads = 0;
  private lastPlain: string | null = null;
  private lastPlainHash = -1;
  /**
   * Whether a text is first compared with the one read last: while texts repeat row to row (a
   * project's disbursements). In a column of unique ids two texts of one length are compared letter
   * by letter for nothing, so a column that repeated fewer than one in 64 of its first texts stops.
   */
  comparesLast = true;
  private lastRepeats = 0;
  /** The folded characters hash of lastPlain (plainCharsHash): an id's key hash. */
  lastPlainChars = -1;

  constructor(def: ColumnDef, private readonly c: ReaderCtx) {
    const t = def.type;
    this.type = t;
    this.notFuture = !!def.notFuture;
    this.today = c.today;
    this.kind = t === 'amount' || t === 'rate' || t === 'integer' ? Kind.Number
      : t === 'date' || t === 'period' ? Kind.Date
      : t === 'code' || t === 'currency' ? Kind.Code : Kind.Text;
    this.required = def.required;
    this.multiplier = c.multiplier ?? 1;
    this.plausible = def.plausibleMaxUsd ?? null;
    this.limit = this.plausible;
    this.usdLimit = plausibleLimit(def, 'USD');
    this.vndLimit = plausibleLimit(def, 'VND');
    this.listId = t === 'currency' ? 'currencies' : t === 'code' ? def.codeList! : null;
    this.metaKey = t === 'period' ? precisionKey(def.key) : this.listId === 'provinces' ? 'provinceText' : null;
    this.triesPlainText = this.kind === Kind.Text;
    this.vietnamese = t === 'text';
    this.keyed = t === 'id';
    this.known = factsFor(def, this.kind, this.listId, c.today, c.dataLang);
  }

  /** plainTextHash, keeping count of how often it pays; rows of one project repeat its id. */
  plainTextHash(text: string): number {
    if (this.comparesLast && text === this.lastPlain) {
      this.lastRepeats++;
      return this.lastPlainHash;
    }
    // Vietnamese letters only in text columns: ids are plain ASCII, as their key hash wants (idTable.ts).
    const hash = plainTextHash(text, this.vietnamese);
    this.lastPlain = text;
    this.lastPlainHash = hash;
    this.lastPlainChars = plainCharsHash();
    if (hash >= 0) {
      this.plainHits++;
      // Ids are kept on this path: their hash is their key hash. Watched from RECENT tries on, as facts() caches.
      if (!this.keyed && this.plainTries >= RECENT) {
        const seen = this.plainSeen ??= new Array<string | null>(SLOTS).fill(null);
        const slot = recentSlot(text);
        this.plainWatched++;
        if (seen[slot] === text) this.plainRepeats++; else seen[slot] = text;
      }
    }
    if (++this.plainTries === PLAIN_TRIES) {
      this.triesPlainText = this.plainHits * 8 > this.plainTries && this.plainRepeats * 3 <= this.plainWatched * 2;
      this.comparesLast = this.lastRepeats * 64 > this.plainTries;
      this.plainSeen = null;
    }
    return hash;
  }

  facts(text: string): Facts {
    if (text === this.lastText) return this.lastFacts!;
    const texts = this.recentTexts;
    let f: Facts;
    if (texts === null) {
      f = this.lookUp(text);
      // AID.CHECK reads one row per call: the cache pays only once a column has read a few texts.
      if (++this.uncached === RECENT) {
        this.recentTexts = new Array<string | null>(SLOTS).fill(null);
        this.recentFacts = new Array<Facts>(SLOTS);
      }
    } else {
      const slot = recentSlot(text);
      if (texts[slot] === text) {
        f = this.recentFacts![slot];
        if (this.learning) this.learn(false);
      } else {
        f = this.lookUp(text);
        texts[slot] = text;
        this.recentFacts![slot] = f;
      }
    }
    this.lastText = text;
    this.lastFacts = f;
    return f;
  }

  /** The memo's facts of a text, counted towards learn(). */
  private lookUp(text: string): Facts {
    const before = described;
    const f = this.known(text);
    if (this.learning) {
      this.memoReads++;
      this.learn(described !== before);
    }
    return f;
  }

  /**
   * A text column that went over to the memo (its first texts repeated) but whose memo nearly always
   * misses (every text new) reads its plain texts in one pass again: describing a new text costs ten
   * times that pass. So does one whose texts are too many for the cache of recent texts (decision
   * numbers: a few thousand, each written a few dozen times), where most reads are a lookup in the
   * memo's Map, which costs more than a pass over a short text. Columns that repeat a few texts
   * (donors, statuses) keep the cache.
   */
  private learn(missed: boolean): void {
    this.lookups++;
    if (missed) this.misses++;
    if (this.lookups < LEARN_LOOKUPS) return;
    this.learning = false;
    if (this.vietnamese && (this.misses * 10 > this.lookups * 9 || this.memoReads * 2 > this.lookups)) {
      this.triesPlainText = true;
      this.plainTries = 0;
      this.plainHits = 0;
      this.plainWatched = 0;
      this.plainRepeats = 0;
      this.lastPlain = null;
    }
  }

  /** Value of a number cell, or SLOW. Sets `out.meta` for periods. */
  number(raw: number, out: CellFacts): Clean {
    // A number in a text column reads as its digits, which are clean text.
    if (this.kind === Kind.Text) return String(raw);
    return this.readNumber(raw, out, NUMBER_SLOT, 0) ? NUMBER_SLOT[0] : SLOW;
  }

  /**
   * A number cell of a column of numbers or dates: writes its clean value to block[q] and returns true,
   * or returns false when parseCell must read it (any other column: always). TableScanner.readNumbers
   * calls it for a block at a time; the value is written, not returned: a product returned through the
   * inlined call was kept boxed, an object on the heap for each amount (3 MB a run on the bench sample).
   */
  readNumber(raw: number, out: CellFacts, block: Float64Array, q: number): boolean {
    if (this.kind === Kind.Number) {
      const type = this.type;
      if (type === 'integer' ? isNotWholeCount(raw) : type === 'rate' ? isRateNotPositive(raw) : isNegativeAmount(raw)) return false;
      if (uncountable(raw) !== null) return false;
      const value = raw * this.multiplier;
      if (isImplausible(value, this.limit)) return false;
      block[q] = value;
      return true;
    }
    if (this.kind !== Kind.Date) return false;
    const day = plainSerialDay(raw);
    if (day !== day || (this.notFuture && isFutureDay(day, this.today))) return false;
    if (this.metaKey !== null) out.meta = 'day';
    block[q] = day;
    return true;
  }

  /**
   * The currency of the row about to be read, from its own clean currency cell, as parseCell will
   * judge the amount: amounts in dong are bounded in dong (a project of 50 tỷ đồng is no error, and
   * was read the slow way, one row in ten); another currency has no bound here (its rate comes later,
   * units.ts). Null (blank) or undefined (a cell read the slow way) keep the lowest bound: parseCell
   * then decides, since the row's currency may come from elsewhere (an amount's text, the header).
   */
  rowCurrency(code: string | null | undefined): void {
    this.limit = code === 'USD' ? this.usdLimit : code === 'VND' ? this.vndLimit : code === null || code === undefined ? this.plausible : null;
  }

  isLegacy(text: string, r: number): boolean {
    const font = this.c.font ? this.c.font(r, this.c.col) : undefined;
    return legacyRepair(text, font) !== null;
  }}

/**
 * The parsed value of a clean cell, or SLOW; `out` receives the cell's other facts. `r` is the
 * 0-based sheet row, for the font lookup.
 */
export function readCell(reader: CleanReader, raw: RawValue, r: number, out: CellFacts): Clean {
  out.meta = null;
  out.keyHash = -1;
  if (typeof raw === 'string') {
    if (reader.triesPlainText) {
      const hash = reader.plainTextHash(raw);
      if (hash >= 0) {
        out.blank = false;
        out.totals = isTotalsText(raw);
        out.hash = hash;
        // Not the cell hash, which for text that may print as a number is that number's.
        if (reader.keyed) out.keyHash = reader.lastPlainChars;
        return raw;
      }
    }
    const f = reader.facts(raw);
    out.blank = f.blank;
    out.totals = f.totals;
    out.hash = f.hash;
    if (f.blank) return reader.required ? SLOW : null;
    if (!f.clean || (f.needsFont && reader.isLegacy(raw, r))) return SLOW;
    out.meta = f.meta;
    return f.value;
  }
  out.totals = false;
  if (raw === null || raw === undefined) {
    out.blank = true;
    out.hash = EMPTY_HASH;
    return reader.required ? SLOW : null;
  }
  out.blank = false;
  if (typeof raw === 'number') {
    out.hash = numberHash(raw);
    return reader.number(raw, out);
  }
  out.hash = cellHash(raw);
  return SLOW;
}
