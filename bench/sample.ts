// The benchmark's workbook: a clean generated sample written once with ExcelJS's streaming writer and
// reused on later runs while its parameters (kept in a JSON sidecar) and its size still match.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { generateSample, type SampleOptions, type SampleSheet } from '../src/sample/generate';

/** The benchmark's sample at a scale (1: 100k aid projects, 20k FDI projects), "today" fixed. */
export function benchParams(scale: number, today: number): SampleOptions {
  return {
    aidProjects: Math.round(100_000 * scale), fdiProjects: Math.round(20_000 * scale), today, plant: false,
    seed: 20240601, tranches: [1, 5],
  };
}

/** Bump when the way the file is written changes, so old files are regenerated. */
const FORMAT = 1;

export interface SampleFile {
  file: string;
  bytes: number;
  /** Milliseconds spent generating and writing, or null when an existing file was reused. */
  writeMs: number | null;
  /** Rows written per sheet (header and title rows included). */
  sheetRows: Record<string, number>;
}

interface Sidecar { format: number; params: SampleOptions; bytes: number; sheetRows: Record<string, number> }

export async function ensureSampleFile(file: string, params: SampleOptions): Promise<SampleFile> {
  const sidecarPath = `${file}.json`;
  const wanted = JSON.stringify({ format: FORMAT, params });
  try {
    const side = JSON.parse(fs.readFileSync(sidecarPath, 'utf8')) as Sidecar;
    const bytes = fs.statSync(file).size;
    if (JSON.stringify({ format: side.format, params: side.params }) === wanted && side.bytes === bytes) {
      return { file, bytes, writeMs: null, sheetRows: side.sheetRows };
    }
  } catch { /* no usable file: write it */ }

  const t0 = performance.now();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const book = generateSample(params);
  const tmp = `${file}.partial`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  const sheetRows: Record<string, number> = {};
  for (const s of book.sheets) {
    writeStreamSheet(wb, s);
    sheetRows[s.name] = s.rows.length;
  }
  await wb.commit();
  fs.renameSync(tmp, file);
  const bytes = fs.statSync(file).size;
  const side: Sidecar = { format: FORMAT, params, bytes, sheetRows };
  fs.writeFileSync(sidecarPath, `${JSON.stringify(side, null, 2)}\n`);
  return { file, bytes, writeMs: performance.now() - t0, sheetRows };
}

/** Same cells and formats as src/excel/writeGrid.ts, row by row through the streaming writer. */
function writeStreamSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: SampleSheet): void {
  const ws = wb.addWorksheet(s.name);
  let width = 0;
  for (const r of s.rows) if (r && r.length > width) width = r.length;
  // Column styles must exist before rows are added: new cells take their column's number format.
  ws.columns = Array.from({ length: width }, (_, c) => ({
    width: 16,
    style: s.dateCols.includes(c) ? { numFmt: 'dd/mm/yyyy' } : s.moneyCols.includes(c) ? { numFmt: '#,##0.00' } : {},
  }));
  for (const m of s.merges ?? []) ws.mergeCells(m);
  for (let r = 0; r < s.rows.length; r++) {
    const src = s.rows[r];
    if (!src || src.length === 0) continue;
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      values[c + 1] = v === undefined || v === null ? null : v instanceof Date || typeof v !== 'object' ? v : { error: v.error } as ExcelJS.CellErrorValue;
    }
    const row = ws.getRow(r + 1);
    row.values = values;
    for (const f of s.fonts ?? []) if (f.row === r) row.getCell(f.col + 1).font = { name: f.font };
    row.commit();
  }
  ws.commit();
}
