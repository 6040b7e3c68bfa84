// The structure of a register's rows as parseRows meets them, top to bottom: section headings (which
// may carry their group's subtotal and name a code its rows leave blank), subtotals and grand totals.
// Once every row is read, each subtotal and total is checked against the data rows it covers.
import { isBlank } from '../base/cell';
import type { RawValue } from '../model';
import type { RunContext, TableCtx } from './context';
import { matchCode, type ListId } from './codeLookup';
import { groupWords, headingOf, isNoteText, loneName, mayStartHeading, mayStartRole, MergeCopies, type Heading } from './rowRoles';
import { subtotalMarker, totalsKind, type RowClass, type TotalsKind } from './rowClass';
import { checkTotal } from './totals';
import { codeFromSection } from '../rules/row/codeFromSection';
import { totalsRowInsideData } from '../rules/table/totalsRowInsideData';

/** A code a section heading names, for the rows beneath that leave its column blank. */
export interface SectionCode { col: number; key: string; code: string; shown: string }

interface HeadingMark {
  r: number;
  heading: Heading;
  /** Marker family: Roman, letter or number; the first family met is the outer level. */
  family: string;
  /** Store positions of the section's data rows: [at, end). */
  at: number;
  end: number;
  codes: SectionCode[];
}

interface TotalMark { r: number; kind: TotalsKind; at: number; from: number }

// "Lĩnh vực giáo dục" names the sector "Giáo dục": words that say which list the name belongs to.
const LIST_WORDS = /^(?:lĩnh vực|linh vuc|ngành|nganh|nhóm|nhom|quốc gia|quoc gia|nước|nuoc|tỉnh|tinh|thành phố|thanh pho|sector|country|province)\s*:?\s+/iu;

export class TableRoles {
  readonly copies: MergeCopies;
  private readonly amountCols: Set<number>;
  private readonly codeCols: { col: number; key: string; list: ListId }[];
  /** Every code list of the register's columns (statuses too): a heading without a marker may be a code. */
  private readonly lists: ListId[];
  /** The register's name column (its first text column): a heading's name stands there or left of it. */
  private readonly nameCol: number;
  private readonly headings: HeadingMark[] = [];
  private readonly totals: TotalMark[] = [];
  /** Headings whose section is still open, outermost first. */
  private readonly open: HeadingMark[] = [];
  private readonly families: string[] = [];
  /** The codes the open sections name, for the data rows now being read. */
  active: readonly SectionCode[] = [];

  /**
   * @param from first column of the register's region
   * @param to column the region ends before: a register beside this one is not read
   */
  constructor(private readonly ctx: RunContext, private readonly t: TableCtx, readonly from = 0, readonly to = Number.MAX_SAFE_INTEGER) {
    this.copies = new MergeCopies(t.sheet.merges);
    this.amountCols = new Set(t.present.filter((p) => p.def.type === 'amount').map((p) => p.col));
    this.codeCols = t.present
      .filter((p) => p.def.type === 'code' && p.def.codeList !== undefined && p.def.key !== 'status')
      .map((p) => ({ col: p.col, key: p.def.key, list: p.def.codeList! }));
    this.lists = [...new Set(t.present.filter((p) => p.def.type === 'code' && p.def.codeList !== undefined).map((p) => p.def.codeList!))];
    const texts = t.present.filter((p) => p.def.type === 'text').map((p) => p.col);
    this.nameCol = texts.length > 0 ? Math.min(...texts) : t.present.length > 0 ? Math.min(...t.present.map((p) => p.col)) : -1;
  }

  /**
   * What a row the scanner called data, blank or a lone section really is: a section heading (then
   * recorded, at store position `at`), a note line, or what the scanner said. Cheap for data rows:
   * one look at the first typed cell.
   */
  refine(row: readonly RawValue[], r: number, cls: RowClass, at: number): RowClass {
    // Most rows start with a number (STT) or an id: one look at the first filled cell settles them.
    const { from, to } = this;
    const n = row.length < to ? row.length : to;
    let c = from;
    while (c < n && (row[c] === null || row[c] === undefined || row[c] === '')) c++;
    if (c >= n) return cls;
    const lead = row[c];
    if (typeof lead !== 'string' || !mayStartRole(lead)) return cls;
    const first = this.copies.firstTyped(row, r, from, to);
    if (first < 0) return cls;
    const v = row[first];
    if (mayStartHeading(v)) {
      const h = headingOf(row, r, this.copies, this.amountCols, from, to);
      if (h) { this.heading(r, h, at); return 'section'; }
    }
    if (cls !== 'section' && isNoteText(v)) return 'note';
    const name = loneName(row, r, this.copies, first, this.nameCol, to);
    if (name !== null && this.namesGroup(name)) { this.heading(r, { marker: '', label: name, amounts: [] }, at); return 'section'; }
    return cls;
  }

  /**
   * True when a row's one text names a group, not a project: a list word before a name ("Lĩnh vực y tế",
   * "Nhà tài trợ: JICA"), or a code of one of the register's lists ("Y tế", "Nhật Bản"). A project's
   * title alone on its row stays a data row, its blank cells reported.
   */
  private namesGroup(text: string): boolean {
    const words = groupWords(text);
    if (words?.strong) return true;
    const name = words ? words.rest : text;
    return this.lists.some((list) => matchCode(list, name).kind === 'ok');
  }

  private heading(r: number, heading: Heading, at: number): void {
    const family = heading.marker === '' ? 'name' : /^\d+$/.test(heading.marker) ? 'number' : this.isLetter(heading.marker) ? 'letter' : 'roman';
    if (!this.families.includes(family)) this.families.push(family);
    const level = this.families.indexOf(family);
    // A heading closes the open sections of its own level and those nested in them.
    while (this.open.length > 0 && this.families.indexOf(this.open[this.open.length - 1].family) >= level) this.close(at);
    const mark: HeadingMark = { r, heading, family, at, end: -1, codes: this.codesOf(heading.label) };
    this.headings.push(mark);
    this.open.push(mark);
    this.active = this.open.flatMap((m) => m.codes);
  }

  /** "C" after "B" is a letter; alone, or after "II", it is a Roman hundred. */
  private isLetter(marker: string): boolean {
    if (!/^[IVXLC]+$/.test(marker)) return true;
    if (marker.length > 1) return false;
    const prev = this.headings.length > 0 ? this.headings[this.headings.length - 1].heading.marker : '';
    return prev.length === 1 && prev.charCodeAt(0) + 1 === marker.charCodeAt(0);
  }

  private close(at: number): HeadingMark | undefined {
    const m = this.open.pop();
    if (m) m.end = at;
    this.active = this.open.flatMap((x) => x.codes);
    return m;
  }

  /** The codes a heading's name stands for, in each code column the register has. */
  private codesOf(label: string): SectionCode[] {
    const out: SectionCode[] = [];
    const bare = label.replace(LIST_WORDS, '');
    for (const c of this.codeCols) {
      let m = matchCode(c.list, label);
      if (m.kind !== 'ok' && bare !== label) m = matchCode(c.list, bare);
      if (m.kind === 'ok') out.push({ col: c.col, key: c.key, code: m.code, shown: m.canonical(this.t.dataLang) });
    }
    return out;
  }

  /** A totals row at sheet row r, with `at` data rows above it. Subtotals close their group. */
  total(r: number, label: string, at: number): void {
    const kind = totalsKind(label);
    // Without an open section, a subtotal covers the rows since the last heading or subtotal.
    let from = 0;
    for (const h of this.headings) from = Math.max(from, h.at);
    for (const s of this.totals) if (s.kind !== 'grand') from = Math.max(from, s.at);
    if (kind === 'grand') {
      while (this.open.length > 0) this.close(at);
    } else if (this.open.length > 0) {
      // "Cộng II" closes section II (and any nested in it); a bare "Cộng" the innermost one.
      const named = subtotalMarker(label);
      const idx = named === null ? -1 : this.open.findIndex((m) => m.heading.marker.toLowerCase() === named);
      const target = idx >= 0 ? this.open[idx] : this.open[this.open.length - 1];
      while (this.open.length > 0) if (this.close(at) === target) break;
      from = target.at;
    }
    this.totals.push({ r, kind, at, from });
  }

  /**
   * Once every row is read (`n` data rows): each total's role settled, its figures checked, and what
   * was found recorded in the table's info. A grand total with data rows on both sides that is not a
   * subtotal of sections is left out and reported (totals-row-inside-data).
   */
  finish(): void {
    const { ctx, t } = this;
    const n = t.store.n;
    while (this.open.length > 0) this.close(n);
    const sectioned = this.headings.length > 0;
    const subtotalRows: number[] = [];
    const totalRows: number[] = [];
    for (let i = 0; i < this.totals.length; i++) {
      const m = this.totals[i];
      const laterGrand = this.totals.slice(i + 1).some((x) => x.kind === 'grand');
      let role: 'grand' | 'sub' | 'inside';
      if (m.kind === 'sub') role = 'sub';
      else if (m.at === 0 && n > 0) role = 'grand';
      else if (m.at === n) role = m.kind === 'bare' && laterGrand ? 'sub' : 'grand';
      else role = m.kind === 'bare' && sectioned ? 'sub' : 'inside';
      if (role === 'inside') {
        ctx.sink.add(totalsRowInsideData.id, t.sheet.name, m.r, firstFilledCol(t.sheet.rows[m.r] ?? [], this.from, this.to), { kind: t.def.kind, row: m.r + 1 });
        continue;
      }
      if (role === 'grand') { totalRows.push(m.r + 1); checkTotal(ctx, t, m.r, 0, n, this.copies); }
      else { subtotalRows.push(m.r + 1); checkTotal(ctx, t, m.r, m.from, m.at, this.copies); }
    }
    for (const h of this.headings) if (h.heading.amounts.length > 0) checkTotal(ctx, t, h.r, h.at, h.end, this.copies);
    t.info.sections = this.headings.map((h) => ({ row: h.r + 1, marker: h.heading.marker, label: h.heading.label, subtotal: h.heading.amounts.length > 0 }));
    t.info.subtotalRows = subtotalRows;
    t.info.totalRows = totalRows;
    t.info.totalsRow = totalRows.length > 0 ? totalRows[totalRows.length - 1] : null;
  }

  /**
   * Fills the blank code cells of the data row at store position p from its open sections, with a
   * warning each. Called after the row's cells are read; `skips(col)` told the reader to leave them.
   */
  fillCodes(row: readonly RawValue[], r: number, p: number): void {
    const { ctx, t } = this;
    for (const c of this.active) {
      if (!isBlank(row[c.col])) continue;
      t.store.col(c.key)!.setParsed(p, r, c.code);
      const section = this.open.find((m) => m.codes.includes(c))!.heading.label;
      ctx.sink.add(codeFromSection.id, t.sheet.name, r, c.col, { kind: t.def.kind, column: c.key, value: c.shown, section }, c.shown);
    }
  }

  /** True when the open sections give column col its value if the row leaves it blank. */
  fills(col: number): boolean {
    for (const c of this.active) if (c.col === col) return true;
    return false;
  }
}

function firstFilledCol(row: readonly RawValue[], from: number, to: number): number {
  const end = to < row.length ? to : row.length;
  for (let c = from; c < end; c++) if (!isBlank(row[c])) return c;
  return from;
}
