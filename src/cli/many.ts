// The report over several workbooks (a province's inbox): a line per file, then the totals; for a
// summary, the registers of every file summarised together, with each file's rows and the ids that
// more than one file reports.
import type { Lang, ParsedTable, ValidationResult } from '../core/model';
import { idKey } from '../core/summary/common';
import { REGISTER_KINDS, registerDef } from '../core/schema/registers';
import type { OneLine } from './load';
import { kindLabel, lines } from './report';

/** A file of the run: what validation found in it, or why it could not be read. */
export type FileOutcome = { file: string; result: ValidationResult } | { file: string; problem: OneLine };

export interface Totals {
  files: number;
  read: number;
  unreadable: number;
  registers: number;
  errors: number;
  warnings: number;
}

export const errorsOf = (r: ValidationResult): number => r.issues.reduce((n, i) => n + (i.severity === 'error' ? 1 : 0), 0);

export function addToTotals(t: Totals, f: FileOutcome): void {
  t.files++;
  if ('problem' in f) { t.unreadable++; return; }
  const errors = errorsOf(f.result);
  t.read++;
  t.registers += f.result.tables.length;
  t.errors += errors;
  t.warnings += f.result.issues.length - errors;
}

export const emptyTotals = (): Totals => ({ files: 0, read: 0, unreadable: 0, registers: 0, errors: 0, warnings: 0 });

/** 0 nothing wrong, 1 errors found in a file read, 2 a file could not be read (the check is incomplete). */
export const exitOf = (t: Totals): number => (t.unreadable > 0 ? 2 : t.errors > 0 ? 1 : 0);

/** "  a.xlsx: 9 registers, 3 errors, 5 warnings", or why the file could not be read. */
export function fileLine(f: FileOutcome, lang: Lang): string {
  const vi = lang === 'vi';
  if ('problem' in f) return lines([`  ${f.file}: ${vi ? 'KHÔNG ĐỌC ĐƯỢC' : 'NOT READ'}: ${f.problem.text(lang)}`]);
  const errors = errorsOf(f.result);
  const warnings = f.result.issues.length - errors;
  const n = f.result.tables.length;
  return lines([vi
    ? `  ${f.file}: ${n} bảng đăng ký, ${errors} lỗi, ${warnings} cảnh báo`
    : `  ${f.file}: ${n} register${n === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`]);
}

export function filesHeading(count: number, lang: Lang): string {
  return lang === 'vi' ? `Kiểm tra ${count} tệp:\n` : `Checking ${count} file${count === 1 ? '' : 's'}:\n`;
}

export function totalsText(t: Totals, lang: Lang): string {
  const vi = lang === 'vi';
  const out = [vi
    ? `Tổng: ${t.files} tệp (${t.read} đọc được, ${t.unreadable} không đọc được), ${t.registers} bảng đăng ký, ${t.errors} lỗi, ${t.warnings} cảnh báo`
    : `Total: ${t.files} files (${t.read} read, ${t.unreadable} not read), ${t.registers} registers, ${t.errors} errors, ${t.warnings} warnings`];
  if (t.read > 0) out.push(vi ? 'Chi tiết từng tệp: aidledger validate TỆP.xlsx' : 'Details of a file: aidledger validate FILE.xlsx');
  return `\n${lines(out)}`;
}

/** Rows read per register kind in one file: the per-file table of a summary over several files. */
export function rowsByKind(tables: readonly ParsedTable[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tables) out[t.info.kind] = (out[t.info.kind] ?? 0) + t.rows.length;
  return out;
}

/** A project id that more than one file reports: counted once per file in a summary over them. */
export interface SharedId {
  kind: string;
  id: string;
  files: string[];
}

/**
 * Ids of the registers that identify their rows by one id (aid projects, FDI projects) found in more
 * than one file. Within one file the duplicate rule finds them; across files only this says so.
 */
export function sharedIds(perFile: readonly { file: string; tables: readonly ParsedTable[] }[]): SharedId[] {
  const out: SharedId[] = [];
  for (const def of REGISTER_KINDS.map(registerDef)) {
    if (def.idKeys.length !== 1) continue;
    const key = def.idKeys[0];
    const where = new Map<string, { id: string; files: string[] }>();
    for (const { file, tables } of perFile) {
      for (const t of tables) {
        if (t.info.kind !== def.kind) continue;
        for (const row of t.rows) {
          const k = idKey(row.v[key]);
          if (k === null) continue;
          const w = where.get(k);
          if (!w) where.set(k, { id: String(row.v[key]), files: [file] });
          else if (w.files[w.files.length - 1] !== file && !w.files.includes(file)) w.files.push(file);
        }
      }
    }
    for (const w of where.values()) if (w.files.length > 1) out.push({ kind: def.kind, id: w.id, files: w.files });
  }
  return out;
}

/** The lines said before a summary over several files: files not read, ids reported by several files. */
export function manySummaryWarnings(outcomes: readonly FileOutcome[], shared: readonly SharedId[], lang: Lang): string[] {
  const vi = lang === 'vi';
  const out: string[] = [];
  const unread = outcomes.filter((f) => 'problem' in f);
  if (unread.length > 0) {
    out.push(vi
      ? `! ${unread.length} tệp không đọc được, không có trong tổng hợp: ${unread.map((f) => f.file).join(', ')}`
      : `! ${unread.length} file(s) could not be read and are not in the summary: ${unread.map((f) => f.file).join(', ')}`);
  }
  if (shared.length > 0) {
    const shown = shared.slice(0, 5).map((s) => `${s.id} (${s.files.join(', ')})`).join('; ');
    const more = shared.length > 5 ? (vi ? `; và ${shared.length - 5} mã khác` : `; and ${shared.length - 5} more`) : '';
    out.push(vi
      ? `! ${shared.length} mã dự án có trong nhiều tệp, được tính ở mỗi tệp (có thể bị tính hai lần): ${shown}${more}`
      : `! ${shared.length} project ids are in several files and counted in each (perhaps twice): ${shown}${more}`);
  }
  return out;
}

/** The per-file table of a summary over several files: each file's rows read by register. */
export function perFileText(perFile: readonly { file: string; rows: Record<string, number>; errors: number }[], lang: Lang): string {
  const vi = lang === 'vi';
  const out = ['', vi ? 'Theo tệp (số dòng đọc được theo bảng):' : 'By file (rows read per register):'];
  for (const f of perFile) {
    const parts = Object.entries(f.rows).map(([k, n]) => `${kindLabel(k, lang)} ${n}`);
    out.push(`  ${f.file}: ${parts.length ? parts.join(', ') : (vi ? 'không có bảng đăng ký' : 'no register')}; ${f.errors} ${vi ? 'lỗi' : f.errors === 1 ? 'error' : 'errors'}`);
  }
  return lines(out);
}

/** A file of a summary over several files, in the JSON: its registers' rows read, its errors and warnings. */
export function summaryFileJson(file: string, result: ValidationResult) {
  const errors = errorsOf(result);
  return { file, registers: result.tables.length, rows: rowsByKind(result.tables), errors, warnings: result.issues.length - errors };
}
