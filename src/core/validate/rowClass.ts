// What a row below the header is: data, blank, a section heading, a totals row or the numbering row
// of an official form. RowScanner walks the cells; the tests on text live here.
import { cellText, isBlank } from '../base/cell';
import { boundedMemo } from '../base/memo';
import { fold } from '../base/text';
import type { RawValue } from '../model';
import { codeAt } from '../base/chars';

// "Cộng" starts many names ("Công ty" folds to "cong ty"), so it counts only alone or before a
// section number ("Cộng I", "Cộng 2023"). "Tổng cộng" may go on ("Tổng cộng toàn tỉnh"), but not as
// "Tổng công ty", a state corporation, which folds alike and is a common investor.
export const TOTALS = /^(?:tong cong(?: (?!ty(?: |$)).*)?|tong|tong so|cong|cong toan tinh|total(?: .*)?|grand total|sum|cong (?:[ivxlc]+|\d+|[a-z])|tong (?:[ivxlc]+|[a-z])|cong nhom(?: .*)?|cong (?:linh vuc|nganh|muc|phan)(?: .*)?|sub ?totals?(?: .*)?)$/;

/**
 * Which totals a label names: a subtotal of one group ("Cộng I", "Tổng I", "Cộng nhóm", "Cộng lĩnh
 * vực …", "Subtotal"), a bare "Cộng", which closes a group or the whole table depending on where it
 * stands, or the grand total ("Tổng cộng", "TỔNG SỐ", "Total").
 */
export type TotalsKind = 'sub' | 'bare' | 'grand';
const SUBTOTAL = /^(?:cong (?:[ivxlc]+|\d+|[a-z])|tong (?:[ivxlc]+|[a-z])|cong nhom(?: .*)?|cong (?:linh vuc|nganh|muc|phan)(?: .*)?|sub ?totals?(?: .*)?)$/;

/** The kind of a totals label (one isTotalsText accepts). */
export function totalsKind(text: string): TotalsKind {
  const f = fold(text);
  if (f === 'cong') return 'bare';
  return SUBTOTAL.test(f) ? 'sub' : 'grand';
}

/** The group a subtotal names ("Cộng II" → "ii", "Tổng A" → "a"), or null. */
export function subtotalMarker(text: string): string | null {
  const m = /^(?:cong|tong) ([ivxlc]+|[a-z]|\d+)$/.exec(fold(text));
  return m ? m[1] : null;
}
const SECTION = /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]\s+\S/;

/** Cheap first look: totals labels are short and start with T, C, S or G ("Tổng", "Cộng", "Total"…). */
export const TOTALS_START = /^\s*[TtCcSsGgĐđ]/;

const totalsLabel = boundedMemo(10_000, (text) => TOTALS.test(fold(text)));

/**
 * TOTALS_START without the regex for the usual first characters: printable ASCII decides alone.
 * After such a letter, a printable ASCII second character is still there after folding (small, or
 * a space for punctuation), and every label has o, u or r there ("tong", "cong", "total", "sum",
 * "grand"): "Save the Children" or "GIZ" need no memo lookup.
 */
function mayStartTotals(v: string): boolean {
  const ch = codeAt(v, 0);
  if (ch > 32 && ch < 127) {
    if (!(ch === 84 || ch === 116 || ch === 67 || ch === 99 || ch === 83 || ch === 115 || ch === 71 || ch === 103)) return false;
    const next = v.length > 1 ? codeAt(v, 1) | 32 : 111;
    return next === 111 || next === 117 || next === 114 || next > 127 + 32;
  }
  return TOTALS_START.test(v);
}

export function isTotalsText(v: RawValue): boolean {
  return typeof v === 'string' && v.length <= 30 && mayStartTotals(v) && totalsLabel(v);
}

export type RowClass = 'data' | 'blank' | 'totals' | 'section' | 'numbering' | 'note';

/** mask[c] is true for the register's mapped columns. */
export function mappedMask(mapped: readonly number[]): boolean[] {
  const mask: boolean[] = [];
  const width = mapped.length ? Math.max(...mapped) + 1 : 0;
  for (let c = 0; c < width; c++) mask.push(false);
  for (const c of mapped) if (c >= 0) mask[c] = true;
  return mask;
}

/**
 * The rarer kinds of a row that fills some mapped column and holds no totals label: a lone section
 * heading ("I. Dự án", `onlyText` being its only filled cell) or, just under the header, a form's
 * column numbering. Null for data.
 */
export function sectionOrNumbering(row: readonly RawValue[], filledAll: number, onlyText: RawValue, firstAfterHeader: boolean, from = 0, to = row.length): RowClass | null {
  if (filledAll === 1 && typeof onlyText === 'string' && SECTION.test(onlyText.trim())) return 'section';
  if (firstAfterHeader && isNumberingRow(row.slice(from, to))) return 'numbering';
  return null;
}

/** Official forms number their columns under the header: (1) (2) (3)… or 1 2 3… (the region's cells). */
function isNumberingRow(row: readonly RawValue[]): boolean {
  const vals = row.filter((v) => !isBlank(v)).map((v) => cellText(v).trim().replace(/^\((.*)\)$/, '$1'));
  if (vals.length < 3) return false;
  return vals.every((v, i) => v === String(i + 1)) || vals.every((v) => /^\d{1,2}$|^[A-Z]$/.test(v) && v.length <= 2) && vals[0] === '1' && vals[1] === '2';
}

/** A row "looks like data" when it fills at least two mapped columns: footers and notes do not. */
export function looksLikeData(row: readonly RawValue[], mapped: readonly number[], idCol: number | undefined): boolean {
  if (idCol !== undefined && !isBlank(row[idCol])) return true;
  let n = 0;
  for (const c of mapped) if (!isBlank(row[c]) && ++n >= 2) return true;
  return false;
}
