// The sheets of a consolidated workbook, besides its summary (plan/summary): a line per file that
// reconciles, every problem with a link to its row in the combined registers, and the combined
// registers themselves as tables (the summary's formulas read them).
import type { Lang, RawValue } from '../model';
import type { Consolidation } from '../consolidate';
import { linkTarget } from '../consolidate';
import { rule } from '../rules';
import { reportedTwice } from '../rules/cross/reportedTwice';
import type { PlanCell, PlanValue, SheetPlan } from './sheetPlan';
import { numFmtFor } from './templatePlan';

const T = {
  files: { vi: 'Các tệp đã gộp', en: 'Files combined' },
  filesHead: {
    vi: ['Tệp', 'Số sổ', 'Dòng dữ liệu', 'Được tính', 'Không tính (có lỗi)', 'Lỗi', 'Cảnh báo', 'Ghi chú'],
    en: ['File', 'Registers', 'Data rows', 'Counted', 'Not counted (errors)', 'Errors', 'Warnings', 'Note'],
  },
  total: { vi: 'Tổng cộng', en: 'Total' },
  notRead: { vi: 'Không đọc được: ', en: 'Could not be read: ' },
  repeats: {
    vi: (n: number) => `${n} dòng mà một tệp khác đã báo cáo với cùng số liệu chỉ được tính một lần: xem trang "Các vấn đề" (${reportedTwice.id}).`,
    en: (n: number) => `${n} rows another file already reported with the same figures are counted once: see the "Problems" sheet (${reportedTwice.id}).`,
  },
  rates: {
    vi: (n: number) => `${n} tỷ giá giống hệt nhau ở nhiều tệp được giữ một lần.`,
    en: (n: number) => `${n} exchange rates that several files keep alike are kept once.`,
  },
  problems: { vi: 'Các vấn đề', en: 'Problems' },
  problemsHead: {
    vi: ['Tệp', 'Trang', 'Ô', 'Mã quy tắc', 'Mức độ', 'Nội dung', 'Dòng trong sổ đã gộp'],
    en: ['File', 'Sheet', 'Cell', 'Rule', 'Severity', 'Message', 'Row in the combined registers'],
  },
  severity: { error: { vi: 'Lỗi', en: 'Error' }, warning: { vi: 'Cảnh báo', en: 'Warning' } },
} as const;

/** A quoted string inside a formula: quotes doubled. */
const formulaText = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function filesSheet(c: Consolidation, lang: Lang): SheetPlan {
  const head = T.filesHead[lang];
  const rows: PlanValue[][] = c.files.map((f) => [
    f.file, f.registers, f.rows, f.counted, f.notCounted, f.errors, f.warnings, f.unreadable ? `${T.notRead[lang]}${f.unreadable}` : null,
  ]);
  const sum = (j: number): number => rows.reduce((n, r) => n + (Number(r[j]) || 0), 0);
  const cells: PlanCell[] = [{ row: 0, col: 0, value: T.files[lang], style: 'title' }];
  const first = 3;
  const last = first + rows.length - 1;
  // The total row adds the columns up with SUM, so the sheet itself shows the reconciliation.
  const totalRow = last + 1;
  cells.push({ row: totalRow, col: 0, value: T.total[lang], style: 'total' });
  for (let j = 1; j <= 6; j++) {
    const letter = String.fromCharCode(65 + j);
    cells.push({ row: totalRow, col: j, formula: rows.length ? `SUM(${letter}${first + 1}:${letter}${last + 1})` : '0', expected: sum(j), style: 'total' });
  }
  let note = totalRow + 2;
  if (c.repeatsDropped > 0) cells.push({ row: note++, col: 0, value: T.repeats[lang](c.repeatsDropped), style: 'note' });
  if (c.ratesMerged > 0) cells.push({ row: note, col: 0, value: T.rates[lang](c.ratesMerged), style: 'note' });
  return {
    name: T.files[lang],
    columnWidths: [40, 10, 14, 14, 18, 10, 10, 50],
    cells,
    tables: [{ name: 'aid_files', row: first - 1, col: 0, headers: head, rows: rows.length ? rows : [head.map(() => null)], numFmts: [undefined, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', undefined] }],
    freeze: { rows: first, cols: 0 },
  };
}

function problemsSheet(c: Consolidation, lang: Lang): SheetPlan {
  const cells: PlanCell[] = [{ row: 0, col: 0, value: T.problems[lang], style: 'title' }];
  T.problemsHead[lang].forEach((h, j) => cells.push({ row: 2, col: j, value: h, style: 'header' }));
  c.issues.forEach((fi, i) => {
    const row = 3 + i;
    const ruleDef = rule(fi.issue.rule);
    cells.push(
      { row, col: 0, value: fi.file, style: 'text' },
      { row, col: 1, value: fi.issue.sheet, style: 'text' },
      { row, col: 2, value: fi.issue.cell ?? (fi.issue.row !== null ? String(fi.issue.row + 1) : null), style: 'text' },
      { row, col: 3, value: `${ruleDef.id} ${ruleDef.name}`, style: 'text' },
      { row, col: 4, value: T.severity[fi.issue.severity][lang], style: 'text' },
      { row, col: 5, value: fi.issue.message, style: 'text' },
    );
    if (fi.link) {
      const shown = `${fi.link.sheet}!${fi.link.row + 1}`;
      cells.push({ row, col: 6, formula: `HYPERLINK(${formulaText(`#${linkTarget(fi.link)}`)},${formulaText(shown)})`, expected: shown });
    }
  });
  return { name: T.problems[lang], columnWidths: [30, 20, 8, 30, 10, 90, 28], cells, freeze: { rows: 3, cols: 0 } };
}

const planValue = (v: RawValue): PlanValue => (v === undefined ? null : v instanceof Date || (typeof v === 'object' && v !== null) ? String(v) : v);

function registerSheets(c: Consolidation): SheetPlan[] {
  return c.registers.map((reg, k) => {
    const sheet = c.input.sheets[k];
    const [head, ...rows] = sheet.rows;
    return {
      name: sheet.name,
      columnWidths: [...reg.columns.map((col) => (col.type === 'text' ? 32 : col.type === 'date' ? 13 : col.type === 'amount' ? 18 : 14)), 30, 20, 10],
      cells: [],
      tables: [{
        name: `aid_all_${reg.kind.replace(/-/g, '_')}`,
        row: 0,
        col: 0,
        headers: head.map((h) => String(h)),
        rows: rows.map((r) => r.map(planValue)),
        numFmts: [...reg.columns.map(numFmtFor), undefined, undefined, '0'],
      }],
      freeze: { rows: 1, cols: 0 },
    };
  });
}

/** The consolidated workbook's own sheets, in order: files, problems, then the combined registers. */
export function consolidationPlans(c: Consolidation, lang: Lang): SheetPlan[] {
  return [filesSheet(c, lang), problemsSheet(c, lang), ...registerSheets(c)];
}
