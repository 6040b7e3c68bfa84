// Text and JSON renderings of validation results and summaries for the terminal.
import { formatNumber, formatPercent } from '../core/i18n/format';
import type { ColumnMatch, Issue, Lang, TableInfo, ValidationResult } from '../core/model';
import { rule } from '../core/rules/catalog';
import { roundMoney, type Summary } from '../core/summary';
import type { GroupRow } from '../core/summary/aid';
import type { FdiGroupRow } from '../core/summary/fdi';
import { groupLabel } from '../core/i18n/groupLabels';
import type { RowTally } from '../core/summary/ledger';
import type { Approx } from '../core/vocab/qualifiers';
import { implementedUnknown, noRegisterText, reasonsText, reconciliationLine, warningText, withQualifier } from '../core/summary/words';
import { kindOf } from '../core/rules/define';
import { columnLabel } from '../core/rules/render';
import { dayToYmd, excelSerialToDay, isoToDay } from '../core/parse/date';
import { registerDef, type RegisterKind } from '../core/schema/registers';
import { visible } from './visible';

/** A register kind as its users name it ("Danh mục khoản viện trợ"), not its code. */
export const kindLabel = (kind: string, lang: Lang): string => {
  try { return registerDef(kind as RegisterKind)[lang]; } catch { return kind; }
};

/** Report lines joined, each made safe: cell text cannot break a line or turn it around (visible.ts). */
export const lines = (out: readonly string[]): string => `${out.map(visible).join('\n')}\n`;

export function validationJson(file: string, result: ValidationResult) {
  return {
    file,
    tables: result.tables.map((t) => ({
      sheet: t.info.sheet,
      kind: t.info.kind,
      headerRow: t.info.headerRow,
      ...(t.info.headerRows ? { headerRows: t.info.headerRows } : {}),
      ...(t.info.range ? { range: t.info.range } : {}),
      rows: t.info.rows,
      ...(t.info.tableName ? { table: t.info.tableName } : {}),
      totalsRow: t.info.totalsRow,
      ...(t.info.unitLine ? { unitLine: t.info.unitLine } : {}),
      // The rows' roles found under the header: section headings, subtotal rows, grand total rows.
      sections: t.info.sections ?? [],
      subtotalRows: t.info.subtotalRows ?? [],
      totalRows: t.info.totalRows ?? [],
      columns: Object.fromEntries(t.info.columns.map((c) => [c.key, c.header])),
      units: Object.fromEntries(t.info.columns.filter((c) => c.unitFrom).map((c) => [c.key, unitJson(c)])),
      ...(t.info.hiddenRows ? { hiddenRows: t.info.hiddenRows } : {}),
      ...(t.info.hiddenColumns ? { hiddenColumns: t.info.hiddenColumns } : {}),
    })),
    ...(result.skippedSheets ? { skippedSheets: result.skippedSheets } : {}),
    notRegisters: result.notRegisters ?? [],
    issues: result.issues.map((i) => ({
      rule: i.rule,
      name: rule(i.rule).name,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      message: i.message,
      fix: i.fix,
    })),
  };
}

/** A column's unit as the JSON shows it: currency, multiplier and where they were read. */
function unitJson(c: ColumnMatch) {
  return { ...(c.headerCurrency ? { currency: c.headerCurrency } : {}), ...(c.multiplier ? { multiplier: c.multiplier } : {}), from: c.unitFrom };
}

const REASONS = {
  vi: { 'no-header': 'không dòng nào ghi tên các cột của một bảng đăng ký', 'no-anchor': 'có dòng tiêu đề nhưng thiếu cột mã, giá trị hoặc ngày', 'no-identity': 'có dòng tiêu đề và số liệu nhưng không có cột mã hay tên cho từng dòng: có lẽ là bảng tổng hợp', 'too-few-columns': 'có dòng tiêu đề nhưng quá ít cột được nhận ra' },
  en: { 'no-header': "no row names a register's columns", 'no-anchor': 'a header row names no id, amount or date column', 'no-identity': 'a header row names figures but no id or name for each row: a summary table, probably', 'too-few-columns': 'a header row names too few columns' },
} as const;

/** "Not a register" lines: sheets of figures where no register was found, with the reason. */
function notRegisterLines(result: ValidationResult, lang: Lang): string[] {
  const vi = lang === 'vi';
  return (result.notRegisters ?? []).map((n) => {
    const near = n.headerRow ? (vi ? ` (dòng ${n.headerRow}, gần giống "${kindLabel(n.kind ?? '', lang)}")` : ` (row ${n.headerRow}, near "${kindLabel(n.kind ?? '', lang)}")`) : '';
    return vi
      ? `Không phải bảng đăng ký: ${n.sheet} (${n.figures} số liệu): ${REASONS.vi[n.reason]}${near}`
      : `Not a register: ${n.sheet} (${counted(n.figures, lang, 'số liệu', 'figure', 'figures')}): ${REASONS.en[n.reason]}${near}`;
  });
}

/** What was understood of a register beyond its header row: the header block, the region, the units. */
function tableDetails(tb: ValidationResult['tables'][number], lang: Lang): string {
  const vi = lang === 'vi';
  const parts: string[] = [];
  const h = tb.info.headerRows;
  if (h && h.first !== h.last) parts.push(vi ? `tiêu đề dòng ${h.first}–${h.last}` : `header rows ${h.first}–${h.last}`);
  if (tb.info.range) parts.push(vi ? `vùng ${tb.info.range}` : `range ${tb.info.range}`);
  // Each column by its label ("Committed amount"), not its key; the multiplier as the language writes numbers.
  const units = tb.info.columns.filter((c) => c.unitFrom).map((c) => `${columnLabel(tb.info.kind, c.key, lang)}: ${c.multiplier && c.multiplier !== 1 ? `×${formatNumber(c.multiplier, lang)} ` : ''}${c.headerCurrency ?? ''}`.trim());
  if (units.length) parts.push(`${vi ? 'đơn vị' : 'units'}: ${units.join('; ')}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

const T = {
  vi: {
    tables: 'Bảng tìm thấy', header: 'tiêu đề dòng', rows: 'dòng dữ liệu', none: 'Không tìm thấy bảng đăng ký nào (cần một dòng tiêu đề ghi tên các cột của bảng).',
    errors: 'lỗi', warnings: 'cảnh báo', fix: 'sửa', ok: 'Không có lỗi.', byRule: 'Theo quy tắc',
    hiddenRows: 'dòng ẩn vẫn tính', skipped: 'Trang ẩn không tính (dùng --hidden include để tính)', repeats: 'lặp lại mã của',
  },
  en: {
    tables: 'Registers found', header: 'header row', rows: 'data rows', none: "No register found (a header row naming the register's columns is needed).",
    errors: 'errors', warnings: 'warnings', fix: 'fix', ok: 'No errors.', byRule: 'By rule',
    hiddenRows: 'hidden rows counted', skipped: 'Hidden sheets not counted (use --hidden include to count them)', repeats: 'repeats the ids of',
  },
} as const;

export function printValidation(file: string, result: ValidationResult, lang: Lang): string {
  const t = T[lang];
  const out: string[] = [file, ''];
  if (result.tables.length === 0) out.push(t.none);
  else {
    out.push(`${t.tables}:`);
    for (const tb of result.tables) {
      const hidden = tb.info.hiddenRows ? `, ${tb.info.hiddenRows.length} ${t.hiddenRows}` : '';
      out.push(`  ${tb.info.sheet}: ${kindLabel(tb.info.kind, lang)}, ${t.header} ${tb.info.headerRow}, ${tb.info.rows} ${t.rows}${hidden}${rolesText(tb.info, lang)}${tableDetails(tb, lang)}`);
    }
  }
  out.push(...skippedLines(result, lang));
  out.push(...notRegisterLines(result, lang));
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  out.push('', `${counted(errors, lang, t.errors, 'error', t.errors)}, ${counted(warnings, lang, t.warnings, 'warning', t.warnings)}`);
  if (result.issues.length) {
    const counts = new Map<string, number>();
    for (const i of result.issues) counts.set(i.rule, (counts.get(i.rule) ?? 0) + 1);
    out.push(`${t.byRule}: ${[...counts].sort().map(([r, n]) => `${r}×${n}`).join(', ')}`, '');
    for (const i of result.issues) out.push(issueLine(i, t.fix, lang));
  } else out.push(t.ok);
  return lines(out);
}

/** The registers on hidden sheets left out, one line each: never left out silently. */
export function skippedLines(result: ValidationResult, lang: Lang): string[] {
  const t = T[lang];
  if (!result.skippedSheets) return [];
  return [`${t.skipped}:`, ...result.skippedSheets.map((s) => `  ${s.sheet}: ${kindLabel(s.kind, lang)}, ${s.rows} ${t.rows}${s.repeats ? `, ${t.repeats} "${s.repeats}"` : ''}`)];
}

/** "E <rule id> Sheet "…", cell F12: …": the message names its place itself, so the place is said once. */
function issueLine(i: Issue, fixWord: string, lang: Lang): string {
  const mark = i.severity === 'error' ? 'E' : 'W';
  const fix = i.fix ? ` [${fixWord}: ${fixAsTyped(i, lang)}]` : '';
  return `${mark} ${i.rule} ${i.message}${fix}`;
}

/** A date as typed into Excel: 15/03/2023 in Vietnamese, 3/15/2023 as Excel in en-US takes it. */
export function dayAsTyped(day: number, lang: Lang): string {
  const { y, m, d } = dayToYmd(day);
  return lang === 'vi' ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${m}/${d}/${y}`;
}

/**
 * A fix as the user would type it into the cell: a date as 15/07/2023 (Vietnamese) or 7/15/2023
 * (English, as Excel in en-US takes it), not its serial number; a number without grouping, with the
 * language's decimal mark; a text in quotes. The rule declares its fix parameter's kind (rules/define.ts).
 */
export function fixAsTyped(i: Issue, lang: Lang): string {
  const v = i.fix?.value;
  if (v === undefined) return '';
  const decl = rule(i.rule).params as Record<string, Parameters<typeof kindOf>[0]>;
  const kinds = Object.keys(decl).filter((k) => k.startsWith('fix')).map((k) => kindOf(decl[k]));
  if (typeof v === 'number' && kinds.includes('day')) return dayAsTyped(excelSerialToDay(v), lang);
  if (typeof v === 'number') return lang === 'vi' ? String(v).replace('.', ',') : String(v);
  return `"${v}"`;
}

const groupJson = (rows: GroupRow[]) => rows.map((g) => ({
  key: g.key, projects: g.projects, committed: g.committed, disbursed: g.disbursed, rate: g.rate, undisbursed: g.undisbursed,
  ...(g.overDisbursed ? { overDisbursed: true } : {}),
  ...(g.qualifiers ? { qualifiers: g.qualifiers } : {}),
}));
const fdiGroupJson = (rows: FdiGroupRow[], implementedKnown: boolean) => rows.map((g) => ({
  key: g.key, projects: g.projects, registered: g.registered, implemented: implementedKnown ? g.implemented : null, ...(g.qualifiers ? { qualifiers: g.qualifiers } : {}),
}));

/** Warnings as data and in words (English: the JSON is read by scripts and by people of either language). */
const warningJson = (s: Summary) => s.warnings.map((w) => ({ ...w, message: warningText(w, 'en') }));

export function summaryJson(s: Summary) {
  const a = s.aid, f = s.fdi;
  // A kind the workbook holds no register of says so, with no figure (they would all be 0 by absence).
  const none = (part: 'aid' | 'fdi') => ({ hasRegister: false as const, message: noRegisterText(part, 'en') });
  return {
    period: s.period,
    currency: s.currency,
    warnings: warningJson(s),
    aid: !a.hasRegister ? none('aid') : {
      hasRegister: true as const,
      projects: a.projects, committed: a.committed, disbursed: a.disbursed, rate: a.rate, committedOfPaid: a.committedOfPaid, undisbursed: a.undisbursed,
      cumulative: a.cumulative, approximate: a.approximate, qualifiers: a.qualifiers, notCounted: a.notCounted, notCountedReasons: a.notCountedReasons,
      rows: a.rows,
      previous: a.previous, change: a.change,
      bySector: groupJson(a.bySector), byDonor: groupJson(a.byDonor), byDonorCountry: groupJson(a.byDonorCountry),
      byProvince: groupJson(a.byProvince), bySource: groupJson(a.bySource),
    },
    fdi: !f.hasRegister ? none('fdi') : {
      hasRegister: true as const,
      currency: f.currency,
      newProjects: f.newProjects, adjustments: f.adjustments, contributions: f.contributions, total: f.total,
      // Without an implemented-capital register the figure is not known: null, not 0.
      implemented: f.implementedKnown ? f.implemented : null, cumulative: f.cumulative, approximate: f.approximate, qualifiers: f.qualifiers, notCounted: f.notCounted, notCountedReasons: f.notCountedReasons,
      rows: f.rows,
      previous: f.previous && !f.implementedKnown ? { ...f.previous, implemented: null } : f.previous,
      change: f.implementedKnown ? f.change : { ...f.change, implemented: null },
      byCountry: fdiGroupJson(f.byCountry, f.implementedKnown), bySector: fdiGroupJson(f.bySector, f.implementedKnown),
    },
  };
}

export function printSummary(s: Summary, lang: Lang): string {
  const vi = lang === 'vi';
  const out: string[] = [];
  const from = dayAsTyped(isoToDay(s.period.from), lang);
  const to = dayAsTyped(isoToDay(s.period.to), lang);
  out.push(vi ? `TỔNG HỢP ${s.period.label} (${from} – ${to}), đơn vị ${s.currency}` : `SUMMARY ${s.period.label} (${from} – ${to}), in ${s.currency}`);
  // What makes the figures incomplete comes before them.
  for (const w of s.warnings) out.push(`! ${warningText(w, lang)}`);
  // A kind the workbook holds no register of says so instead of a column of zeros.
  out.push('', vi ? 'Viện trợ' : 'Aid');
  out.push(...(s.aid.hasRegister ? aidLines(s, lang) : [`  ${noRegisterText('aid', lang)}`]));
  out.push('', 'FDI');
  out.push(...(s.fdi.hasRegister ? fdiLines(s, lang) : [`  ${noRegisterText('fdi', lang)}`]));
  return lines(out);
}

/** Money as printed; a figure some of whose parts were written as approximate says so ("khoảng 4.015.000.000,00 USD"). */
function moneyText(x: number, currency: string, lang: Lang, q: Approx | null = null): string {
  return withQualifier(`${formatNumber(roundMoney(x, currency), lang, currency === 'VND' ? 0 : 2)} ${currency}`, q, lang);
}

function aidLines(s: Summary, lang: Lang): string[] {
  const vi = lang === 'vi';
  const a = s.aid;
  const aq = a.qualifiers;
  const unknown = vi ? 'không xác định (không có bảng giải ngân)' : 'not known (no disbursement register)';
  const m = (x: number | null, q: Approx | null = null) => (x === null ? unknown : moneyText(x, s.currency, lang, q));
  const pct = (x: number | null) => (x === null ? '–' : formatPercent(x, lang));
  const out: string[] = [];
  out.push(`  ${vi ? 'Số khoản được phê duyệt' : 'Projects approved'}: ${a.projects}`);
  out.push(`  ${vi ? 'Giá trị cam kết' : 'Committed'}: ${m(a.committed, aq.committed)}`);
  out.push(`  ${vi ? 'Giải ngân trong kỳ' : 'Disbursed in period'}: ${m(a.disbursed, aq.disbursed)}${a.disbursed === null ? '' : ` (${pct(a.rate)})`}`);
  const cumNote = a.cumulative.source === 'disbursedToDate' ? (vi ? ' [theo cột Giải ngân lũy kế]' : ' [from the Disbursed to date column]') : '';
  out.push(`  ${vi ? 'Lũy kế cam kết / giải ngân' : 'Cumulative committed / disbursed'}: ${m(a.cumulative.committed, aq.cumulativeCommitted)} / ${m(a.cumulative.disbursed, aq.cumulativeDisbursed)} (${pct(a.cumulative.rate)})${cumNote}`);
  if (a.approximate > 0) out.push(`  ${vi ? 'Số liệu ước tính (khoảng, trên…)' : 'Approximate figures (about, over…)'}: ${a.approximate}`);
  out.push(`  ${vi ? 'Không được tính' : 'Not counted'}: ${a.notCounted}${reasons(a.notCountedReasons, lang)}`);
  out.push(...reconciliation(a.rows, lang));
  out.push(`  ${vi ? 'Theo lĩnh vực' : 'By sector'}:`);
  for (const g of a.bySector) out.push(`    ${groupLabel('sector', g.key, lang)}: ${g.projects}, ${m(g.committed, g.qualifiers?.committed)}, ${m(g.disbursed, g.qualifiers?.disbursed)}${g.overDisbursed ? (vi ? ' (giải ngân vượt cam kết)' : ' (over-disbursed)') : ''}`);
  return out;
}

function fdiLines(s: Summary, lang: Lang): string[] {
  const vi = lang === 'vi';
  const f = s.fdi;
  const fq = f.qualifiers;
  const fm = (x: number, q: Approx | null = null) => moneyText(x, f.currency, lang, q);
  const out: string[] = [];
  out.push(`  1. ${vi ? 'Cấp mới' : 'New projects'}: ${f.newProjects.count}, ${fm(f.newProjects.capital, fq.newProjects)}`);
  out.push(`  2. ${vi ? 'Điều chỉnh vốn' : 'Adjustments'}: ${f.adjustments.count} ${vi ? 'lượt' : 'times'}, ${fm(f.adjustments.capital, fq.adjustments)}`);
  out.push(`  3. ${vi ? 'Góp vốn, mua cổ phần' : 'Contributions and share purchases'}: ${f.contributions.count}, ${fm(f.contributions.capital, fq.contributions)}`);
  out.push(`  4. ${vi ? 'Tổng (1+2+3)' : 'Total (1+2+3)'}: ${fm(f.total, fq.total)}`);
  out.push(`  5. ${vi ? 'Vốn thực hiện' : 'Implemented'}: ${f.implementedKnown ? fm(f.implemented, fq.implemented) : implementedUnknown(lang)}`);
  out.push(`  6. ${vi ? 'Lũy kế dự án còn hiệu lực' : 'Cumulative valid projects'}: ${f.cumulative.projects}, ${fm(f.cumulative.capital, fq.cumulative)}`);
  if (f.approximate > 0) out.push(`  ${vi ? 'Số liệu ước tính (khoảng, trên…)' : 'Approximate figures (about, over…)'}: ${f.approximate}`);
  out.push(`  ${vi ? 'Không được tính' : 'Not counted'}: ${f.notCounted}${reasons(f.notCountedReasons, lang)}`);
  out.push(...reconciliation(f.rows, lang));
  return out;
}

/** "rows read = counted + not counted + after the period" for each register that has rows. */
function reconciliation(rows: readonly RowTally[], lang: Lang): string[] {
  return rows.filter((t) => t.read > 0).map((t) => `    ${reconciliationLine(t, lang)}`);
}

function reasons(list: { rule: string; count: number }[], lang: Lang): string {
  return list.length ? ` (${reasonsText(list, lang)})` : '';
}

/** ", 5 sections, subtotals 9, 14, total 30": the rows' roles found under the header, when there are any. */
function rolesText(info: TableInfo, lang: Lang): string {
  const w = lang === 'vi'
    ? { sections: 'mục', subtotals: 'dòng cộng mục', totals: 'dòng tổng cộng' }
    : { sections: 'sections', subtotals: 'subtotal rows', totals: 'total rows' };
  const parts: string[] = [];
  if (info.sections?.length) parts.push(counted(info.sections.length, lang, w.sections, 'section', w.sections));
  if (info.subtotalRows?.length) parts.push(`${w.subtotals} ${info.subtotalRows.join(', ')}`);
  if (info.totalRows?.length) parts.push(`${w.totals} ${info.totalRows.join(', ')}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** A count with its noun: English says "1 error" and "2 errors"; Vietnamese nouns do not change with the number. */
function counted(n: number, lang: Lang, vi: string, one: string, many: string): string {
  return `${n} ${lang === 'vi' ? vi : n === 1 ? one : many}`;
}
