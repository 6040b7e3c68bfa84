// The workbook's own code lists: values the user added to the code-list sheet ("Danh mục" / "Code
// lists", which our templates write and invite users to extend) or to whatever range a column's
// drop-down list points at. Such a value is accepted as itself for that column's code list: it is
// what the workbook's own drop-down offers, so calling it "outside its code list" would be false, and
// leaving its project out of every total would lose it. Built-in entries still win (codeLookup.ts).
import { cellText } from '../base/cell';
import { cleanSpaces, fold, nfc } from '../base/text';
import type { CellBox, SheetInput, SheetList, WorkbookInput } from '../model';
import { matchBuiltInCode, type ListId } from './codeLookup';
import type { TableCtx } from './context';

/** Extra values per code list: folded text → the value as the user wrote it. */
export class WorkbookCodes {
  private readonly extra = new Map<ListId, Map<string, string>>();
  /** List sources already read, per code list: a template's forty drop-downs share one source. */
  private readonly read = new Set<string>();

  get size(): number {
    let n = 0;
    for (const m of this.extra.values()) n += m.size;
    return n;
  }

  /** Adds `text` to list `id` unless the built-in list already knows it. */
  add(id: ListId, text: string): void {
    const value = nfc(cleanSpaces(text));
    if (value === '' || matchBuiltInCode(id, value).kind !== 'none') return;
    let m = this.extra.get(id);
    if (!m) this.extra.set(id, m = new Map());
    const key = fold(value);
    if (key !== '' && !m.has(key)) m.set(key, value);
  }

  /** The value as the workbook's list writes it, when the list holds `text` (tone marks and case aside). */
  find(id: ListId, text: string): string | undefined {
    const m = this.extra.get(id);
    return m === undefined ? undefined : m.get(fold(text));
  }

  /** Every extra value with its list. */
  entries(): [ListId, string][] {
    const out: [ListId, string][] = [];
    for (const [id, m] of this.extra) for (const v of m.values()) out.push([id, v]);
    return out;
  }

  /** Reads a list source once per code list. */
  addSource(wb: WorkbookInput, here: SheetInput, id: ListId, list: SheetList): void {
    const r = list.resolved;
    if (r === undefined) return;
    const key = `${id}\u0000${here.name}\u0000${list.source}`;
    if (this.read.has(key)) return;
    this.read.add(key);
    if ('values' in r) { for (const v of r.values) this.add(id, v); return; }
    const sheet = wb.sheets.find((s) => s.name === r.sheet) ?? wb.sheets.find((s) => fold(s.name) === fold(r.sheet));
    if (sheet) for (const v of boxTexts(sheet, r.range)) this.add(id, v);
  }
}

/** The non-blank texts of a box of cells, bounded by the cells the sheet holds. */
function boxTexts(sheet: SheetInput, box: CellBox): string[] {
  const out: string[] = [];
  const last = Math.min(sheet.rows.length, box.row + box.rows);
  for (let r = box.row; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = box.col; c < Math.min(row.length, box.col + box.cols); c++) {
      const t = cellText(row[c]).trim();
      if (t !== '') out.push(t);
    }
  }
  return out;
}

/** The code list a register column reads, if any. */
function listOf(p: TableCtx['present'][number]): ListId | null {
  return p.def.type === 'currency' ? 'currencies' : p.def.type === 'code' ? p.def.codeList ?? null : null;
}

/**
 * The values of the drop-down lists that lie over a code column of the register `t`, below its
 * header, for that column's code list. Called before the register's rows are read.
 */
export function addListsOver(codes: WorkbookCodes, wb: WorkbookInput, t: TableCtx): void {
  const lists = t.sheet.lists;
  if (!lists || lists.length === 0) return;
  const headerRow0 = t.info.headerRow - 1;
  for (const p of t.present) {
    const id = listOf(p);
    if (id === null) continue;
    for (const l of lists) {
      const b = l.range;
      if (p.col >= b.col && p.col < b.col + b.cols && b.row + b.rows > headerRow0 + 1) codes.addSource(wb, t.sheet, id, l);
    }
  }
}

const LIST_SHEET_NAMES = new Set(['danh muc', 'code lists', 'code list', 'danh muc ma']);
const LISTS: readonly ListId[] = ['sectors', 'countries', 'provinces', 'vsic', 'aidStatuses', 'fdiStatuses', 'aidForms', 'fundingSources', 'fdiChangeKinds', 'currencies'];
/** Values of a column looked at to tell which code list it is. */
const SAMPLE = 30;

/**
 * The code-list sheet our templates write: one list per column, a title on the first row and the
 * values beneath, with room for the user's own. Each column is taken for the code list most of its
 * first values belong to; the values no built-in list holds are that list's extras.
 */
export function addCodeListSheets(codes: WorkbookCodes, wb: WorkbookInput): void {
  for (const sheet of wb.sheets) {
    if (!LIST_SHEET_NAMES.has(fold(sheet.name))) continue;
    const width = sheet.rows.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
    for (let c = 0; c < width; c++) {
      const values = boxTexts(sheet, { row: 1, col: c, rows: sheet.rows.length, cols: 1 });
      const id = commonList(values.slice(0, SAMPLE));
      if (id !== null) for (const v of values) codes.add(id, v);
    }
  }
}

/**
 * The extras of the last code-list columns given: AID.CHECK passes the same "Danh mục" range on every
 * row of a check column, and telling its hundreds of values from the built-in ones each time would
 * cost more than checking the row.
 */
let lastColumns: { key: string; extras: readonly (readonly [ListId, string])[] } | null = null;

/** Columns of values a host adds (EngineOptions.codeLists): each for its common list, else for every list. */
export function addCodeListColumns(codes: WorkbookCodes, columns: readonly (readonly string[])[] | undefined): void {
  if (!columns) return;
  const key = JSON.stringify(columns);
  if (lastColumns === null || lastColumns.key !== key) {
    const own = new WorkbookCodes();
    for (const values of columns) {
      const texts = values.map((v) => v.trim()).filter((v) => v !== '');
      const id = commonList(texts.slice(0, SAMPLE));
      for (const list of id === null ? LISTS : [id]) for (const v of texts) own.add(list, v);
    }
    lastColumns = { key, extras: own.entries() };
  }
  for (const [id, v] of lastColumns.extras) codes.add(id, v);
}

/** The list holding most of the values, when it holds at least half of them and two or more. */
function commonList(values: readonly string[]): ListId | null {
  let best: ListId | null = null;
  let most = 1;
  for (const id of LISTS) {
    let n = 0;
    for (const v of values) if (matchBuiltInCode(id, v).kind === 'ok') n++;
    if (n > most) { best = id; most = n; }
  }
  return best !== null && most * 2 >= values.length ? best : null;
}
