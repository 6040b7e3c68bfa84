// The words of a summary's warnings and reconciliation lines, the same for every host (CLI text,
// sheet, pane, paragraph); warnings are said before any figure.
import type { Lang } from '../model';
import { registerDef } from '../schema/registers';
import type { Summary, SummaryWarning } from './index';
import type { GroupRow } from './aid';
import { UNKNOWN_GROUP, type RowTally } from './ledger';
import type { Approx } from '../vocab/qualifiers';

const QUALIFIER_WORDS: Record<Approx, { vi: string; en: string }> = {
  over: { vi: 'trên', en: 'over' }, under: { vi: 'dưới', en: 'under' },
  about: { vi: 'khoảng', en: 'about' }, nearly: { vi: 'gần', en: 'nearly' },
};

/** A figure said with what its approximate parts allow: "khoảng 4 tỷ USD", "over 15,000,000.00 USD". */
export function withQualifier(figure: string, q: Approx | null, lang: Lang): string {
  return q === null ? figure : `${QUALIFIER_WORDS[q][lang]} ${figure}`;
}

type Texts = { vi: string; en: string };

/** Reasons a row is not counted that are not rule ids (AidSummary and FdiSummary notCountedReasons), in words. */
const REASONS: Readonly<Record<string, Texts>> = {
  'no-rate': { vi: 'Thiếu tỷ giá quy đổi', en: 'No exchange rate' },
  'unknown-project': { vi: 'Không tìm thấy dự án, khoản viện trợ', en: 'Unknown project' },
  'project-not-counted': { vi: 'Dự án, khoản viện trợ gốc không được tính', en: 'Its project is not counted' },
  'no-date': { vi: 'Thiếu ngày', en: 'No date' },
  'no-amount': { vi: 'Thiếu số tiền', en: 'No amount' },
  'no-currency': { vi: 'Thiếu loại tiền', en: 'No currency' },
  'no-kind': { vi: 'Thiếu loại điều chỉnh', en: 'No kind of change' },
  'period-too-coarse': { vi: 'Kỳ vốn thực hiện vượt ra ngoài kỳ báo cáo', en: 'Implemented-capital period runs past the report period' },
  'date-too-coarse': { vi: 'Ngày chỉ ghi đến tháng, quý hoặc năm, vượt ra ngoài kỳ báo cáo', en: 'Date given only as a month, quarter or year that runs past the report period' },
  'terminated-no-date': { vi: 'Dự án chấm dứt nhưng không ghi ngày chấm dứt', en: 'Terminated without a termination date' },
  error: { vi: 'Lỗi số liệu', en: 'Data error' },
};

/** A reason's words, or undefined for a rule id (which names itself). */
export function reasonWords(reason: string, lang: Lang): string | undefined {
  return REASONS[reason]?.[lang];
}

/** "<rule id>×1, thiếu tỷ giá quy đổi×2": reasons inside a sentence, rule ids as they are, other codes in words. */
export function reasonsText(list: readonly { rule: string; count: number }[], lang: Lang): string {
  return list.map((r) => {
    const w = reasonWords(r.rule, lang);
    return `${w === undefined ? r.rule : w.charAt(0).toLowerCase() + w.slice(1)}×${r.count}`;
  }).join(', ');
}

export function warningText(w: SummaryWarning, lang: Lang): string {
  if (w.part === 'fdi') {
    return lang === 'vi'
      ? `Không có tỷ giá ${w.currency}/${w.to}: số liệu FDI (${w.count} dòng) tính bằng ${w.currency}`
      : `No ${w.currency} to ${w.to} rate: FDI figures (${w.count} ${w.count === 1 ? 'row' : 'rows'}) are in ${w.currency}`;
  }
  return lang === 'vi'
    ? `${w.count} số tiền bằng ${w.currency} không có tỷ giá sang ${w.to}: không được tính`
    : `${w.count} ${w.count === 1 ? 'amount' : 'amounts'} in ${w.currency} ${w.count === 1 ? 'has' : 'have'} no rate to ${w.to}: not counted`;
}

/** Said where a kind's figures would all read 0 because the workbook holds no register of that kind. */
export function noRegisterText(part: 'aid' | 'fdi', lang: Lang): string {
  if (part === 'aid') {
    return lang === 'vi'
      ? 'Tệp không có sổ viện trợ nào (danh mục khoản viện trợ hay bảng giải ngân): không có số liệu viện trợ.'
      : 'The workbook holds no aid register (projects or disbursements): no aid figures.';
  }
  return lang === 'vi'
    ? 'Tệp không có sổ FDI nào (dự án, điều chỉnh vốn hay vốn thực hiện): không có số liệu FDI.'
    : 'The workbook holds no FDI register (projects, capital changes or implemented capital): no FDI figures.';
}

/** "Danh mục khoản viện trợ: đọc 120 dòng = 100 được tính + 15 không tính (<rule id>×9, thiếu tỷ giá quy đổi×6) + 5 sau kỳ". */
export function reconciliationLine(t: RowTally, lang: Lang): string {
  const vi = lang === 'vi';
  const why = t.reasons.length ? ` (${reasonsText(t.reasons, lang)})` : '';
  const after = t.afterPeriod > 0 ? (vi ? ` + ${t.afterPeriod} sau kỳ` : ` + ${t.afterPeriod} after the period`) : '';
  const undated = t.partly.find((r) => r.rule === 'terminated-no-date')?.count ?? 0;
  const errors = t.partly.filter((r) => r.rule !== 'terminated-no-date');
  const terminated = undated === 0 ? '' : vi
    ? `; ${undated} dự án chấm dứt không ghi ngày: tính ở mục 1–4, không tính ở mục 6`
    : `; ${undated} terminated without a date: in items 1–4, not in item 6`;
  const partly = terminated + (errors.length
    ? (vi
      ? `; dòng được tính dù có lỗi chỉ ở cột không làm sai tổng (vào nhóm "không xác định" của cột đó nếu là cột phân nhóm): ${reasonsText(errors, lang)}`
      : `; counted with errors only in columns no total depends on (in that column's "unknown" group if it groups a breakdown): ${reasonsText(errors, lang)}`)
    : '');
  return vi
    ? `${registerDef(t.kind).vi}: đọc ${t.read} dòng = ${t.counted} được tính + ${t.notCounted} không tính${why}${after}${partly}`
    : `${registerDef(t.kind).en}: ${t.read} ${t.read === 1 ? 'row' : 'rows'} read = ${t.counted} counted + ${t.notCounted} not counted${why}${after}${partly}`;
}

/**
 * What the task pane lists beside the paragraph, in this order: the warnings (amounts not
 * converted), each register's reconciliation, and the breakdowns holding an unknown group.
 */
export function summaryNotes(s: Summary, lang: Lang): string[] {
  const vi = lang === 'vi';
  const out = s.warnings.map((w) => `! ${warningText(w, lang)}`);
  if (!s.aid.hasRegister) out.push(noRegisterText('aid', lang));
  if (!s.fdi.hasRegister) out.push(noRegisterText('fdi', lang));
  for (const t of [...s.aid.rows, ...s.fdi.rows]) if (t.read > 0) out.push(reconciliationLine(t, lang));
  const unknown: string[] = [];
  const name: Record<string, { vi: string; en: string }> = {
    bySector: { vi: 'lĩnh vực', en: 'sector' }, byDonor: { vi: 'nhà tài trợ', en: 'donor' },
    byDonorCountry: { vi: 'quốc gia tài trợ', en: 'donor country' }, byProvince: { vi: 'tỉnh', en: 'province' },
    bySource: { vi: 'nguồn vốn', en: 'source' },
  };
  for (const [key, label] of Object.entries(name)) {
    const g = (s.aid[key as keyof typeof s.aid] as GroupRow[]).find((x) => x.key === UNKNOWN_GROUP);
    if (g && (g.projects > 0 || g.committed !== 0 || (g.disbursed ?? 0) !== 0)) unknown.push(`${label[lang]} (${g.projects})`);
  }
  for (const [groups, label] of [[s.fdi.byCountry, { vi: 'quốc gia FDI', en: 'FDI country' }], [s.fdi.bySector, { vi: 'ngành FDI', en: 'FDI sector' }]] as const) {
    const g = groups.find((x) => x.key === UNKNOWN_GROUP);
    if (g && (g.projects > 0 || g.registered !== 0 || g.implemented !== 0)) unknown.push(`${label[lang]} (${g.projects})`);
  }
  if (unknown.length > 0) {
    out.push(vi ? `Nhóm "không xác định" (trống hoặc sai mã) trong: ${unknown.join(', ')}` : `"Unknown" groups (blank or in error) in: ${unknown.join(', ')}`);
  }
  return out;
}

/** Item 5 when the workbook holds no implemented-capital register: not known, never 0. */
export function implementedUnknown(lang: Lang): string {
  return lang === 'vi' ? 'không xác định (tệp không có sổ vốn thực hiện)' : 'not known (no implemented-capital register)';
}
