// Text and JSON renderings of validation results and summaries for the terminal.
import { formatNumber, formatPercent } from '../core/i18n/format';
import type { Issue, Lang, TableInfo, ValidationResult } from '../core/model';
import { rule } from '../core/rules/catalog';
import { roundMoney, type Summary } from '../core/summary';
import type { GroupRow } from '../core/summary/aid';
import type { FdiGroupRow } from '../core/summary/fdi';
import { groupLabel } from '../core/i18n/groupLabels';

export function validationJson(file: string, result: ValidationResult) {
  return {
    file,
    tables: result.tables.map((t) => ({
      sheet: t.info.sheet,
      kind: t.info.kind,
      headerRow: t.info.headerRow,
      rows: t.info.rows,
      ...(t.info.tableName ? { table: t.info.tableName } : {}),
      totalsRow: t.info.totalsRow,
      // The rows' roles found under the header: section headings, subtotal rows, grand total rows.
      sections: t.info.sections ?? [],
      subtotalRows: t.info.subtotalRows ?? [],
      totalRows: t.info.totalRows ?? [],
      columns: Object.fromEntries(t.info.columns.map((c) => [c.key, c.header])),
      ...(t.info.hiddenRows ? { hiddenRows: t.info.hiddenRows } : {}),
      ...(t.info.hiddenColumns ? { hiddenColumns: t.info.hiddenColumns } : {}),
    })),
    ...(result.skippedSheets ? { skippedSheets: result.skippedSheets } : {}),
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

const T = {
  vi: {
    tables: 'Bảng tìm thấy', header: 'tiêu đề dòng', rows: 'dòng dữ liệu', none: 'Không tìm thấy bảng đăng ký nào (cần một dòng tiêu đề trong 30 dòng đầu của trang).',
    errors: 'lỗi', warnings: 'cảnh báo', fix: 'sửa', ok: 'Không có lỗi.', byRule: 'Theo quy tắc',
    hiddenRows: 'dòng ẩn vẫn tính', skipped: 'Trang ẩn không tính (dùng --hidden include để tính)', repeats: 'lặp lại mã của',
  },
  en: {
    tables: 'Registers found', header: 'header row', rows: 'data rows', none: 'No register found (a header row is needed within the first 30 rows of a sheet).',
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
      out.push(`  ${tb.info.sheet}: ${tb.info.kind}, ${t.header} ${tb.info.headerRow}, ${tb.info.rows} ${t.rows}${hidden}${rolesText(tb.info, lang)}`);
    }
  }
  out.push(...skippedLines(result, lang));
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  out.push('', `${errors} ${t.errors}, ${warnings} ${t.warnings}`);
  if (result.issues.length) {
    const counts = new Map<string, number>();
    for (const i of result.issues) counts.set(i.rule, (counts.get(i.rule) ?? 0) + 1);
    out.push(`${t.byRule}: ${[...counts].sort().map(([r, n]) => `${r}×${n}`).join(', ')}`, '');
    for (const i of result.issues) out.push(issueLine(i, t.fix));
  } else out.push(t.ok);
  return `${out.join('\n')}\n`;
}

/** The registers on hidden sheets left out, one line each: never left out silently. */
export function skippedLines(result: ValidationResult, lang: Lang): string[] {
  const t = T[lang];
  if (!result.skippedSheets) return [];
  return [`${t.skipped}:`, ...result.skippedSheets.map((s) => `  ${s.sheet}: ${s.kind}, ${s.rows} ${t.rows}${s.repeats ? `, ${t.repeats} "${s.repeats}"` : ''}`)];
}

function issueLine(i: Issue, fixWord: string): string {
  const mark = i.severity === 'error' ? 'E' : 'W';
  const fix = i.fix ? ` [${fixWord}: ${String(i.fix.value)}]` : '';
  return `${mark} ${i.rule} ${i.sheet}${i.cell ? `!${i.cell}` : ''}: ${i.message}${fix}`;
}

const groupJson = (rows: GroupRow[]) => rows.map((g) => ({ key: g.key, projects: g.projects, committed: g.committed, disbursed: g.disbursed, rate: g.rate, undisbursed: g.undisbursed }));
const fdiGroupJson = (rows: FdiGroupRow[]) => rows.map((g) => ({ key: g.key, projects: g.projects, registered: g.registered, implemented: g.implemented }));

export function summaryJson(s: Summary) {
  const a = s.aid, f = s.fdi;
  return {
    period: s.period,
    currency: s.currency,
    aid: {
      projects: a.projects, committed: a.committed, disbursed: a.disbursed, rate: a.rate, undisbursed: a.undisbursed,
      cumulative: a.cumulative, approximate: a.approximate, notCounted: a.notCounted, notCountedReasons: a.notCountedReasons,
      previous: a.previous, change: a.change,
      bySector: groupJson(a.bySector), byDonor: groupJson(a.byDonor), byDonorCountry: groupJson(a.byDonorCountry),
      byProvince: groupJson(a.byProvince), bySource: groupJson(a.bySource),
    },
    fdi: {
      currency: f.currency,
      newProjects: f.newProjects, adjustments: f.adjustments, contributions: f.contributions, total: f.total,
      implemented: f.implemented, cumulative: f.cumulative, notCounted: f.notCounted, notCountedReasons: f.notCountedReasons,
      previous: f.previous, change: f.change,
      byCountry: fdiGroupJson(f.byCountry), bySector: fdiGroupJson(f.bySector),
    },
  };
}

export function printSummary(s: Summary, lang: Lang): string {
  const vi = lang === 'vi';
  const m = (x: number) => `${formatNumber(roundMoney(x, s.currency), lang, s.currency === 'VND' ? 0 : 2)} ${s.currency}`;
  const pct = (x: number | null) => (x === null ? '–' : formatPercent(x, lang));
  const a = s.aid, f = s.fdi;
  const out: string[] = [];
  out.push(vi ? `TỔNG HỢP ${s.period.label} (${s.period.from} – ${s.period.to}), đơn vị ${s.currency}` : `SUMMARY ${s.period.label} (${s.period.from} – ${s.period.to}), in ${s.currency}`);
  out.push('', vi ? 'Viện trợ' : 'Aid');
  out.push(`  ${vi ? 'Số khoản được phê duyệt' : 'Projects approved'}: ${a.projects}`);
  out.push(`  ${vi ? 'Giá trị cam kết' : 'Committed'}: ${m(a.committed)}`);
  out.push(`  ${vi ? 'Giải ngân trong kỳ' : 'Disbursed in period'}: ${m(a.disbursed)} (${pct(a.rate)})`);
  out.push(`  ${vi ? 'Lũy kế cam kết / giải ngân' : 'Cumulative committed / disbursed'}: ${m(a.cumulative.committed)} / ${m(a.cumulative.disbursed)} (${pct(a.cumulative.rate)})`);
  out.push(`  ${vi ? 'Không được tính' : 'Not counted'}: ${a.notCounted}${reasons(a.notCountedReasons)}`);
  out.push(`  ${vi ? 'Theo lĩnh vực' : 'By sector'}:`);
  for (const g of a.bySector) out.push(`    ${groupLabel('sector', g.key, lang)}: ${g.projects}, ${m(g.committed)}, ${m(g.disbursed)}`);
  out.push('', 'FDI');
  out.push(`  1. ${vi ? 'Cấp mới' : 'New projects'}: ${f.newProjects.count}, ${m(f.newProjects.capital)}`);
  out.push(`  2. ${vi ? 'Điều chỉnh vốn' : 'Adjustments'}: ${f.adjustments.count} ${vi ? 'lượt' : 'times'}, ${m(f.adjustments.capital)}`);
  out.push(`  3. ${vi ? 'Góp vốn, mua cổ phần' : 'Contributions and share purchases'}: ${f.contributions.count}, ${m(f.contributions.capital)}`);
  out.push(`  4. ${vi ? 'Tổng (1+2+3)' : 'Total (1+2+3)'}: ${m(f.total)}`);
  out.push(`  5. ${vi ? 'Vốn thực hiện' : 'Implemented'}: ${m(f.implemented)}`);
  out.push(`  6. ${vi ? 'Lũy kế dự án còn hiệu lực' : 'Cumulative valid projects'}: ${f.cumulative.projects}, ${m(f.cumulative.capital)}`);
  out.push(`  ${vi ? 'Không được tính' : 'Not counted'}: ${f.notCounted}${reasons(f.notCountedReasons)}`);
  return `${out.join('\n')}\n`;
}

function reasons(list: { rule: string; count: number }[]): string {
  return list.length ? ` (${list.map((r) => `${r.rule}×${r.count}`).join(', ')})` : '';
}

/** ", 5 sections, subtotals 9, 14, total 30": the rows' roles found under the header, when there are any. */
function rolesText(info: TableInfo, lang: Lang): string {
  const w = lang === 'vi'
    ? { sections: 'mục', subtotals: 'dòng cộng mục', totals: 'dòng tổng cộng' }
    : { sections: 'sections', subtotals: 'subtotal rows', totals: 'total rows' };
  const parts: string[] = [];
  if (info.sections?.length) parts.push(`${info.sections.length} ${w.sections}`);
  if (info.subtotalRows?.length) parts.push(`${w.subtotals} ${info.subtotalRows.join(', ')}`);
  if (info.totalRows?.length) parts.push(`${w.totals} ${info.totalRows.join(', ')}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}
