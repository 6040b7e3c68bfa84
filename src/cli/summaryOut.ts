// `summary --out`: the input workbook with the summary sheet added. The sheet is rendered on its own
// by the ExcelJS writer (writePlan, then its charts and the custom properties), and grafted into the
// input's package as a stream (src/excel/xlsx/graft.ts): the registers are copied as stored bytes,
// never loaded, so a register of a million rows costs what its summary costs. A package the graft
// refuses (GraftRefused: a macro-enabled or template workbook, which copied as it is would not open as
// .xlsx; an encrypted or oddly compressed part; a Strict or prefixed workbook) is copied the old way,
// whole through ExcelJS, which costs memory in proportion to the workbook.
import ExcelJS from 'exceljs';
import type { Writable } from 'stream';
import type { Lang } from '../core/model';
import { freeSheetName, freeTableName } from '../core/plan/names';
import type { SheetPlan } from '../core/plan/sheetPlan';
import { finishedPackage } from '../excel/exceljs/charts';
import { writePlan } from '../excel/exceljs/writePlan';
import { GraftRefused, openGraft, type GraftInput } from '../excel/xlsx/graft';
import { withFileSource } from '../excel/xlsx/node';
import type { ZipSink } from '../excel/xlsx/zipWrite';
import { CliError } from './messages';
import { writeSafely } from './safeWrite';

export interface SummaryOut {
  /** The summary sheet's name in the written file. */
  sheet: string;
  /** How the file was made: grafted (streamed), or the whole workbook copied through ExcelJS (and why). */
  how: 'grafted' | { whole: GraftRefused['reason'] };
}

/**
 * Writes `out`: the input `file` with the plan's sheet added last, its custom properties set to
 * `customPart` (the signing remembered among the input's own). Safe as every write (safeWrite.ts).
 */
export async function writeSummaryOut(file: string, out: string, force: boolean, plan: SheetPlan, lang: Lang, customPart: string): Promise<SummaryOut> {
  return withFileSource(file, async (src) => {
    let input: GraftInput;
    try {
      input = await openGraft(src);
    } catch (e) {
      if (!(e instanceof GraftRefused)) throw e;
      return { sheet: await writeWhole(file, out, force, plan, lang, customPart), how: { whole: e.reason } };
    }
    const { rendered, sheet } = await renderAlone(plan, input, lang, customPart);
    await writeSafely(out, [file], force, (stream) => streamTo(stream, (sink) => input.write(rendered, sink)));
    return { sheet, how: 'grafted' };
  });
}

/** The plan's sheet in a workbook of its own, named so that neither it nor its tables clash with the input's. */
async function renderAlone(plan: SheetPlan, input: GraftInput, lang: Lang, customPart: string): Promise<{ rendered: Uint8Array; sheet: string }> {
  const taken = new Set(input.takenNames);
  const tables = plan.tables?.map((t) => {
    const name = freeTableName(taken, t.name);
    taken.add(name.toUpperCase());
    return { ...t, name };
  });
  const named: SheetPlan = { ...plan, name: freeSheetName(input.sheetNames, plan.name), ...(tables ? { tables } : {}) };
  const wb = new ExcelJS.Workbook();
  const sheet = writePlan(wb, named, { lang });
  const rendered = await finishedPackage(new Uint8Array(await wb.xlsx.writeBuffer()), [{ sheet, plan: named }], customPart);
  return { rendered, sheet };
}

/** Chunks this size go to the file: few writes, and the first is whole when the safe-write test hook pauses after 64 KB. */
const BLOCK = 1 << 18;

/** Fills and ends `stream` from a writer of chunks, gathering them into blocks and waiting for each write. */
async function streamTo(stream: Writable, fill: (sink: ZipSink) => Promise<void>): Promise<void> {
  let pending: Uint8Array[] = [];
  let size = 0;
  const flush = (): Promise<void> => {
    if (size === 0) return Promise.resolve();
    const block = Buffer.concat(pending, size);
    pending = [];
    size = 0;
    return new Promise((resolve, reject) => stream.write(block, (e) => (e ? reject(e) : resolve())));
  };
  await fill(async (chunk) => {
    pending.push(chunk);
    size += chunk.length;
    if (size >= BLOCK) await flush();
  });
  await flush();
  await new Promise<void>((resolve) => stream.end(() => resolve()));
}

/** The old way, for a package the graft refuses: the whole input through ExcelJS, the sheet added, the package finished. */
async function writeWhole(file: string, out: string, force: boolean, plan: SheetPlan, lang: Lang, customPart: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  try { await wb.xlsx.readFile(file); } catch { throw new CliError('damaged', { file }); }
  const sheet = writePlan(wb, plan, { lang });
  // ExcelJS writes no charts and no custom properties: both are added to the package it wrote.
  const xlsx = await finishedPackage(new Uint8Array(await wb.xlsx.writeBuffer()), [{ sheet, plan }], customPart);
  await writeSafely(out, [file], force, xlsx);
  return sheet;
}

/** For tests and the bench: the old way on any input, to compare the grafted file with. */
export { writeWhole as writeSummaryOutWhole };
