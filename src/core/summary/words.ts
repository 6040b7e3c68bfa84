// The words of a summary's warnings and reconciliation lines, the same for every host (CLI text,
// sheet, pane, paragraph); warnings are said before any figure.
import type { Lang } from '../model';
import { registerDef } from '../schema/registers';
import type { Summary, SummaryWarning } from './index';
import type { GroupRow } from './aid';
import { UNKNOWN_GROUP, type RowTally } from './ledger';

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

/** "Danh mục khoản viện trợ: đọc 120 dòng = 100 được tính + 15 không tính (<rule id>×9, no-rate×6) + 5 sau kỳ". */
export function reconciliationLine(t: RowTally, lang: Lang): string {
  const vi = lang === 'vi';
  const why = t.reasons.length ? ` (${t.reasons.map((r) => `${r.rule}×${r.count}`).join(', ')})` : '';
  const after = t.afterPeriod > 0 ? (vi ? ` + ${t.afterPeriod} sau kỳ` : ` + ${t.afterPeriod} after the period`) : '';
  const undated = t.partly.find((r) => r.rule === 'terminated-no-date')?.count ?? 0;
  const errors = t.partly.filter((r) => r.rule !== 'terminated-no-date');
  const terminated = undated === 0 ? '' : vi
    ? `; ${undated} dự án chấm dứt không ghi ngày: tính ở mục 1–4, không tính ở mục 6`
    : `; ${undated} terminated without a date: in items 1–4, not in item 6`;
  const partly = terminated + (errors.length
    ? (vi
      ? `; dòng được tính dù có lỗi chỉ ở cột không làm sai tổng (vào nhóm "không xác định" của cột đó nếu là cột phân nhóm): ${errors.map((r) => `${r.rule}×${r.count}`).join(', ')}`
      : `; counted with errors only in columns no total depends on (in that column's "unknown" group if it groups a breakdown): ${errors.map((r) => `${r.rule}×${r.count}`).join(', ')}`)
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
