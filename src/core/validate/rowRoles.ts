// The roles of the rows under a header that are not data, as the texts on them show: a section
// heading ("I" in the STT column with "Y tế" beside it, or "I. Y tế" in one cell, merged or not), a
// note or source line ("Ghi chú:", "Nguồn:", "(*) …") and the signature block under the table
// (place and date, titles, "(Ký, ghi rõ họ tên)"). Each test looks at one row: cheap and linear.
import { isBlank } from '../base/cell';
import { fold } from '../base/text';
import type { CellBox, RawValue } from '../model';

/**
 * Which cells of a sheet are copies of a merged cell's value: both readers write the top-left value
 * into every cell of a merge, so a heading merged across ten columns arrives as ten filled cells.
 */
export class MergeCopies {
  private readonly cells = new Map<number, Set<number>>();

  constructor(merges: readonly CellBox[] | undefined) {
    for (const m of merges ?? []) {
      for (let r = m.row; r < m.row + m.rows; r++) {
        let set = this.cells.get(r);
        for (let c = m.col; c < m.col + m.cols; c++) {
          if (r === m.row && c === m.col) continue;
          if (!set) this.cells.set(r, set = new Set());
          set.add(c);
        }
      }
    }
  }

  /** True when the cell at (r, c) only repeats the value of a merge's top-left cell. */
  isCopy(r: number, c: number): boolean {
    const set = this.cells.get(r);
    return set !== undefined && set.has(c);
  }

  /** The first filled cell of the row in columns [from, to) that is not a copy, or -1. */
  firstTyped(row: readonly RawValue[], r: number, from = 0, to = row.length): number {
    const set = this.cells.get(r);
    const end = to < row.length ? to : row.length;
    for (let c = from; c < end; c++) if (!isBlank(row[c]) && (set === undefined || !set.has(c))) return c;
    return -1;
  }
}

export interface Heading {
  /** The section's marker as written ("I", "B", "2"), upper case; "" for a group's name alone ("Lĩnh vực y tế"). */
  marker: string;
  /** The group's name ("Y tế", "Lĩnh vực giáo dục"). */
  label: string;
  /** 0-based columns of the amounts the heading carries (its group's subtotal). */
  amounts: number[];
}

const MARKER = /^([IVXLC]+|[A-Z])\.?$/;
const MARKED_NAME = /^([IVXLC]+|[A-Z])\s*[.):\-–]\s*(\S.*)$/;
const NUMBERED_NAME = /^(\d{1,2})[.)]\s+(\S.*)$/;

/**
 * The cheapest look, at the first character codes of a row's first filled cell, for every row of a
 * register: false when the text can start neither a heading nor a note. Ids ("VT-2024-01", project
 * codes) and names fail on their first two characters; numbers never get here.
 */
export function mayStartRole(s: string): boolean {
  const ch = s.charCodeAt(0);
  const next = s.length > 1 ? s.charCodeAt(1) : 46; // a lone letter: as if "I."
  if (ch >= 65 && ch <= 90) {
    // A capital: a heading's marker (then a Roman letter or a separator), or a note's first word.
    if (next === 73 || next === 86 || next === 88 || next === 76 || next === 67 || next === 46 || next === 41 || next === 58 || next <= 32 || next === 45 || next > 127) return true;
    // A word ("Health", "Donor: JICA", "DONOR", "QUỐC GIA"): a group's name may head its rows without a
    // marker. Ids ("VT-2024-01", "ODA-…") have a digit or a dash within their first letters.
    if (next >= 97 && next <= 122) return true;
    if (next >= 65 && next <= 90 && s.length > 3 && isLetterCode(s.charCodeAt(2)) && isLetterCode(s.charCodeAt(3))) return true;
    return ch === 71 || ch === 67 || ch === 78 || ch === 76 || ch === 83;
  }
  if (ch >= 48 && ch <= 57) {
    // "1. …", "12) …": data rows' numbers and codes have another digit or nothing there.
    const third = s.length > 2 ? s.charCodeAt(2) : 0;
    return next === 46 || next === 41 || (next >= 48 && next <= 57 && (third === 46 || third === 41));
  }
  // Leading spaces, "*", "(*)", a lower-case word (a note's "ghi chú", a group's "lĩnh vực", "tỉnh"), anything beyond ASCII.
  return ch <= 32 || ch === 42 || ch === 40 || (ch >= 97 && ch <= 122) || ch > 127;
}

const isLetterCode = (ch: number): boolean => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch > 127;

/**
 * Cheap first look at a row's first typed cell: a heading starts with a capital letter followed by
 * nothing, a Roman numeral's next letter or a separator. "VT-2024-01" or a number never gets further.
 */
export function mayStartHeading(v: RawValue): boolean {
  if (typeof v !== 'string') return false;
  const s = v.trimStart();
  const ch = s.charCodeAt(0);
  if (ch >= 48 && ch <= 57) return /^\d{1,2}[.)]\s/.test(s);
  if (ch < 65 || ch > 90) return false;
  if (s.length === 1) return true;
  const next = s[1];
  return 'IVXLC.): -–'.includes(next);
}

/**
 * The section heading a row holds, or null: a marker with the name in the next typed cell, or a
 * marker and name in one cell; any other typed cell must be a number in an amount column (the
 * group's subtotal). A numbered heading ("1. Dự án") counts only alone, since data rows are
 * numbered 1, 2, 3 too.
 */
export function headingOf(row: readonly RawValue[], r: number, copies: MergeCopies, amountCols: ReadonlySet<number>, from = 0, to = row.length): Heading | null {
  let first = -1;
  let second = -1;
  const amounts: number[] = [];
  const end = to < row.length ? to : row.length;
  for (let c = from; c < end; c++) {
    const v = row[c];
    if (isBlank(v) || copies.isCopy(r, c)) continue;
    if (first < 0) { first = c; continue; }
    if (typeof v === 'number') {
      if (!amountCols.has(c)) return null;
      amounts.push(c);
      continue;
    }
    if (second < 0 && typeof v === 'string' && !/^[\d\s.,]+$/.test(v)) { second = c; continue; }
    return null;
  }
  if (first < 0) return null;
  const head = row[first];
  if (typeof head !== 'string') return null;
  const text = head.trim();
  if (second >= 0) {
    const m = MARKER.exec(text);
    const label = String(row[second]).trim();
    return m && label.length >= 2 ? { marker: m[1], label, amounts } : null;
  }
  const m = MARKED_NAME.exec(text) ?? (amounts.length === 0 ? NUMBERED_NAME.exec(text) : null);
  return m ? { marker: m[1], label: m[2].trim(), amounts } : null;
}

// Words that name the group a heading opens, before its name: "Lĩnh vực y tế", "Ngành giáo dục",
// "Nhà tài trợ: JICA", "Sector: Health". STRONG ones open no project's title, so they make a heading
// alone; the others ("Nước", "Tỉnh", "Nhóm"…, which titles also start with: "Nước sạch cho …") only
// with a colon or when what follows is a code of the register's lists.
const GROUP_WORD = /^(?:(linh vuc|nganh|nha tai tro|to chuc tai tro|nha dau tu|chu dau tu|sector|donor|investor)|quoc gia|nuoc|tinh|thanh pho|nhom|dia ban|nguon von|hinh thuc|country|province|funding source|group) (?=\S)/;
// A colon after the first words: "Nhà tài trợ: JICA" (bounded, so linear).
const COLON_AFTER_WORDS = /^[^:]{2,24}:/;

/** A group's name after its list word: the rest of the text, and whether the word alone makes it a heading. */
export function groupWords(text: string): { rest: string; strong: boolean } | null {
  const m = GROUP_WORD.exec(fold(text));
  if (!m) return null;
  const colon = COLON_AFTER_WORDS.test(text);
  const rest = colon ? text.slice(text.indexOf(':') + 1).trim() : text.trim().split(/\s+/).slice(m[0].trim().split(' ').length).join(' ');
  return rest ? { rest, strong: m[1] !== undefined || colon } : null;
}

/**
 * The name a row holds when that name is its one typed cell of columns [from, to) and stands at or
 * left of column `upTo` (the register's name column): a heading without a marker may be that, or a data
 * row with the rest left blank; the caller tells them apart by the name. Null otherwise.
 */
export function loneName(row: readonly RawValue[], r: number, copies: MergeCopies, first: number, upTo: number, to: number): string | null {
  if (first > upTo) return null;
  const v = row[first];
  if (typeof v !== 'string') return null;
  const end = to < row.length ? to : row.length;
  for (let c = first + 1; c < end; c++) if (!isBlank(row[c]) && !copies.isCopy(r, c)) return null;
  const text = v.trim();
  return text.length >= 2 && text.length <= 80 ? text : null;
}

const NOTE = /^(?:ghi chu|chu thich|chu y|nguon|luu y|notes?|sources?)(?: |$)/;

/** A note or source line under (or within) a table: "Ghi chú: …", "Nguồn: …", "* …", "(*) …". */
export function isNoteText(v: RawValue): boolean {
  if (typeof v !== 'string') return false;
  const s = v.trimStart();
  const ch = s.charCodeAt(0);
  if (ch === 42 || (ch === 40 && s.charCodeAt(1) === 42)) return true; // "*", "(*"
  if (!'GgCcNnLlSs'.includes(s[0] ?? ' ')) return false;
  return NOTE.test(fold(s.slice(0, 12)));
}

// Titles of the people who sign, with the "KT." (on behalf of) / "TM." / "TL." prefixes, alone in their
// cell or one after another ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). Whole cells only: "UBND tỉnh …" is data.
const TITLE = '(?:(?:kt|tl|tuq|q|ktl) )?(?:nguoi lap(?: bieu| bang| bao cao)?|nguoi kiem tra|nguoi duyet|ke toan(?: truong)?|thu truong(?: don vi| co quan)?|(?:pho )?giam doc(?: so)?|(?:pho )?chu tich|(?:pho )?truong phong|(?:pho )?truong ban|lanh dao(?: don vi)?|prepared by|checked by|approved by|reviewed by|(?:deputy )?director|chief accountant|head of (?:unit|department|office))';
const SIGN_TITLE = new RegExp(`^(?:tm (?:uy ban nhan dan|ubnd|so|ban)(?: .*)?|${TITLE}(?: ${TITLE})*)$`);
// "Yên Bái, ngày 10 tháng 01 năm 2025", "ngày … tháng … năm …": a place name, then the date.
const PLACE_DATE = /^(?:[a-z ]{2,40} )?ngay\b.*\bthang\b.*\bnam\b/;
// "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "(Signature)".
const SIGN_HINT = /^(?:ky|signature|signed|sign)\b/;

/** A cell of the signature block: the place and date, a signer's title, or the "(Ký …)" hint. */
export function isSignatureText(v: RawValue): boolean {
  if (typeof v !== 'string' || v.length > 80) return false;
  const f = fold(v);
  if (f.length === 0) return false;
  if (v.trimStart()[0] === '(') return SIGN_HINT.test(f);
  return SIGN_TITLE.test(f) || PLACE_DATE.test(f);
}

/** How far above the sheet's last row the signature block is looked for. */
const SIGNATURE_REACH = 60;

/**
 * The first row of the signature block under a table (which ends the table: nothing under it is
 * data), or `end` when there is none. Looked for upwards from `end` (the sheet's or the region's last row), stopping at the
 * first row with a number in an amount column: a signature block holds no figures, the table does.
 */
export function signatureStart(rows: readonly (readonly RawValue[] | undefined)[], headerRow: number, amountCols: readonly number[], end: number = rows.length, from = 0, to = Number.MAX_SAFE_INTEGER): number {
  // `end`: where the register's region ends (a register stacked under it), so each region's own block
  // is found; [from, to): its columns, so that a register beside it, longer or shorter, moves nothing.
  let start = end;
  let seen = 0;
  for (let r = end - 1; r > headerRow && seen < SIGNATURE_REACH; r--) {
    const row = rows[r];
    if (!row || !someIn(row, from, to, isFilled)) continue;
    seen++;
    if (amountCols.some((c) => typeof row[c] === 'number')) break;
    if (someIn(row, from, to, isSignatureText)) start = r;
  }
  return start;
}

const isFilled = (v: RawValue): boolean => !isBlank(v);

/** True when a cell of the row in columns [from, to) passes the test. */
export function someIn(row: readonly RawValue[], from: number, to: number, test: (v: RawValue) => boolean): boolean {
  const end = to < row.length ? to : row.length;
  for (let c = from; c < end; c++) if (test(row[c])) return true;
  return false;
}
