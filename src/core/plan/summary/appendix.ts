// The frame of an administrative appendix around the summary's tables (DOMAIN.md, "Reports a province
// signs"): the issuing body beside the national motto, the title with its period and the report it is
// attached to, the unit line, and below the tables the signature block with place and date. Blank
// options print as dotted gaps to fill by hand, as printed forms do.
import type { Lang } from '../../model';
import { dayToYmd, formatDay, isoToDay } from '../../parse/date';
import type { PlanPageSetup } from '../sheetPlan';
import type { Builder } from './builder';
import type { Signing } from './signing';
import { T } from './texts';

/** Columns of the sheet: A (labels) and the four figure columns B–E. */
export const SHEET_COLS = 5;
const GAP = '……';
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "Quảng Trị, ngày 05 tháng 12 năm 2026": days under 10 and months under 3 take a leading zero, as the
 * rules on administrative documents (Nghị định 30/2020/NĐ-CP) write them; English "Quang Tri, 5 December 2026".
 */
export function placeAndDate(place: string | undefined, day: number, lang: Lang): string {
  const { y, m, d } = dayToYmd(day);
  const where = place ?? GAP;
  if (lang === 'en') return `${where}, ${d} ${MONTHS_EN[m - 1]} ${y}`;
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m < 3 ? `0${m}` : String(m);
  return `${where}, ngày ${dd} tháng ${mm} năm ${y}`;
}

/**
 * Rows 0–1: the governing and issuing bodies in column A, the motto over B–E; then the title, the
 * period and "(Kèm theo Báo cáo số … ngày …)" across the sheet. Returns the next free row.
 */
export function titleBlock(b: Builder, s: Signing, lang: Lang, title: string, periodLine: string): number {
  const t = (x: { vi: string; en: string }): string => x[lang];
  b.text(0, 0, (s.governingBody ?? GAP).toLocaleUpperCase('vi'), 'heading');
  b.text(1, 0, (s.issuer ?? GAP).toLocaleUpperCase('vi'), 'heading');
  b.text(0, 1, t(T.motto), 'heading', SHEET_COLS - 1);
  b.text(1, 1, t(T.mottoSub), 'headingSub', SHEET_COLS - 1);
  b.text(3, 0, title, 'sheetTitle', SHEET_COLS);
  b.text(4, 0, periodLine, 'centered', SHEET_COLS);
  const date = s.reportDate ? formatDay(isoToDay(s.reportDate), lang) : GAP;
  b.text(5, 0, t(T.attached).replace('{no}', s.reportNumber ?? GAP).replace('{date}', date), 'centered', SHEET_COLS);
  return 6;
}

/** "Đơn vị tính: USD", right-aligned over the table. */
export function unitLine(b: Builder, row: number, text: string): void {
  b.text(row, 0, text, 'unit', SHEET_COLS);
}

/**
 * The signature block: place and date over the head's title on the right, the preparer on the left,
 * "(Ký, ghi rõ họ tên)" under each title, room to sign, then the names.
 */
export function signatureBlock(b: Builder, s: Signing, lang: Lang, day: number): void {
  const t = (x: { vi: string; en: string }): string => x[lang];
  const right = { col: 2, span: SHEET_COLS - 2 };
  const first = b.row;
  let r = b.row++;
  b.text(r, right.col, placeAndDate(s.place, day, lang), 'centered', right.span);
  r = b.row++;
  b.text(r, 0, t(T.preparer), 'signer');
  b.text(r, right.col, t(T.head), 'signer', right.span);
  r = b.row++;
  b.text(r, 0, t(T.signName), 'centered');
  b.text(r, right.col, t(T.signSeal), 'centered', right.span);
  b.row += 4; // room for the signatures and the seal
  r = b.row++;
  if (s.preparedBy) b.text(r, 0, s.preparedBy, 'signer');
  if (s.head) b.text(r, right.col, s.head, 'signer', right.span);
  // Printed whole on one page.
  b.print.keepTogether.push({ first, last: r });
}

/**
 * A4 landscape, one page wide and as many tall as needed, centred; only columns A–E print. No rows
 * repeat on every page: a sheet has one band of print titles and the appendix has several tables with
 * their own headings, so each page that continues a table gets that table's header in its own rows
 * (printPages.ts, insertRows.ts).
 */
export function appendixPage(): PlanPageSetup {
  return {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
    centerHorizontally: true,
  };
}
