// aidledger consolidate FILES|DIR --out PROVINCE.xlsx: the workbooks a province receives, each read and
// checked on its own, then combined (core/consolidate) into one new workbook: a line per file, every
// problem with a link to its row, the combined registers, and the summary over the whole.
import ExcelJS from 'exceljs';
import type { EngineOptions, Lang, WorkbookInput } from '../core/model';
import { consolidationBook, type LoadedBook } from '../core/plan/consolidateBook';
import { signingProperties, type Signing } from '../core/plan/summary';
import { customPartWith } from '../excel/exceljs/documentProperties';
import type { Breakdown } from '../core/summary/request';
import type { PeriodSpec } from '../core/summary/period';
import { writePlan } from '../excel/exceljs/writePlan';
import { reportedTwice } from '../core/rules/cross/reportedTwice';
import { conflictingReports } from '../core/rules/cross/conflictingReports';
import { finishedPackage, type ChartedSheet } from '../excel/exceljs/charts';

/** Conflicts printed before "… and N more": the sheet lists them all. */
const SHOWN = 20;

export interface ConsolidateOptions {
  /** The files to combine, in order; `problem` says (one line) why one cannot be read before trying. */
  targets: readonly { file: string; problem?: string }[];
  out: string;
  lang: Lang;
  today?: number;
  hidden: EngineOptions['hidden'];
  period: PeriodSpec;
  currency: 'USD' | 'VND';
  breakdowns?: Breakdown[];
  /** Who issues and signs the summary sheet. */
  signing?: Signing;
  /** Reads one workbook, or throws. */
  load: (file: string) => Promise<{ input: WorkbookInput }>;
  /** What a failed read says, in one line. */
  describe: (e: unknown, file: string) => string;
  /** Writes the finished file (the caller's safe write). */
  write: (file: string, bytes: Uint8Array) => Promise<void> | void;
}

export async function runConsolidate(o: ConsolidateOptions, say: (s: string) => void): Promise<{ errors: number; unreadable: number }> {
  const loaded: LoadedBook[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const { file, problem } of o.targets) {
    if (problem !== undefined) { unreadable.push({ file, reason: problem }); continue; }
    try {
      const { input } = await o.load(file);
      loaded.push({ file, input });
    } catch (e) {
      unreadable.push({ file, reason: o.describe(e, file) });
    }
  }
  const book = consolidationBook(loaded, unreadable, { lang: o.lang, today: o.today, hidden: o.hidden, period: o.period, currency: o.currency, breakdowns: o.breakdowns, signing: o.signing });
  const c = book.consolidation;

  const wb = new ExcelJS.Workbook();
  const charted: ChartedSheet[] = [];
  writePlan(wb, book.files, { lang: o.lang });
  charted.push({ sheet: writePlan(wb, book.summary, { lang: o.lang }), plan: book.summary });
  writePlan(wb, book.problems, { lang: o.lang });
  for (const p of book.registers) writePlan(wb, p, { lang: o.lang });
  await o.write(o.out, await finishedPackage(new Uint8Array(await wb.xlsx.writeBuffer()), charted, customPartWith('', signingProperties(o.signing ?? {}))));

  const vi = o.lang === 'vi';
  for (const f of c.files) {
    say(f.unreadable
      ? `${f.file}: ${vi ? 'không đọc được' : 'could not be read'}: ${f.unreadable}\n`
      : vi
        ? `${f.file}: ${f.registers} sổ, ${f.rows} dòng dữ liệu (${f.counted} được tính, ${f.notCounted} không tính), ${f.errors} lỗi, ${f.warnings} cảnh báo\n`
        : `${f.file}: ${f.registers} registers, ${f.rows} data rows (${f.counted} counted, ${f.notCounted} not counted), ${f.errors} errors, ${f.warnings} warnings\n`);
  }
  // Records reported twice are counted once and listed on the problems sheet; conflicts are errors: shown.
  const conflicts = c.issues.filter((i) => i.issue.rule === conflictingReports.id);
  if (c.repeatsDropped > 0) {
    say(vi
      ? `${c.repeatsDropped} dòng đã có ở tệp khác với cùng số liệu: chỉ tính một lần (${reportedTwice.id}, xem trang "Các vấn đề").\n`
      : `${c.repeatsDropped} rows already in another file with the same figures: counted once (${reportedTwice.id}, see the "Problems" sheet).\n`);
  }
  for (const x of conflicts.slice(0, SHOWN)) say(`${x.issue.message}\n`);
  if (conflicts.length > SHOWN) say(vi ? `… và ${conflicts.length - SHOWN} mã khác số liệu nữa (trang "Các vấn đề").\n` : `… and ${conflicts.length - SHOWN} more ids with different figures ("Problems" sheet).\n`);
  const f = book.facts;
  say(vi
    ? `\nĐã gộp ${f.files} tệp (${f.unreadable} không đọc được): ${f.rows} dòng trong ${f.registers} sổ; ghi ${o.out}\n`
    : `\nCombined ${f.files} files (${f.unreadable} could not be read): ${f.rows} rows in ${f.registers} registers; wrote ${o.out}\n`);
  return { errors: f.errors, unreadable: f.unreadable };
}
