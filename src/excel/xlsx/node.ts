// The Node side of the streaming reader: a file opened once and read by position, never whole.
// Only regular files are read (not a folder, a device such as /dev/zero, or a pipe).
import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import type { WorkbookInput } from '../../core/model';
import { XlsxReadError } from './errors';
import { type ReadOptions, readXlsx } from './read';
import type { ByteSource } from './zip';

export interface XlsxFileOptions extends ReadOptions {
  /**
   * Also load the file with ExcelJS, for a caller that writes the input's sheets out again through
   * it. It costs ExcelJS's memory; validation never needs it, nor does `summary --out` (it grafts).
   */
  workbook?: boolean;
}

/** Runs `use` over the file opened for reading by position (closed after, whatever happens). */
export async function withFileSource<T>(path: string, use: (src: ByteSource) => Promise<T>): Promise<T> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new XlsxReadError('not-file');
    throw e;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new XlsxReadError('not-file');
    const size = stat.size;
    const src: ByteSource = {
      size,
      async read(offset, length) {
        const len = Math.max(0, Math.min(length, size - offset));
        const buf = Buffer.allocUnsafe(len);
        let got = 0;
        while (got < len) {
          const { bytesRead } = await handle.read(buf, got, len - got, offset + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return got === len ? buf : buf.subarray(0, got);
      },
    };
    return await use(src);
  } finally {
    await handle.close();
  }
}

/** Reads an .xlsx file; the same shape as readWorkbookFile, the ExcelJS workbook only when asked. */
export async function readXlsxFile(path: string, options: XlsxFileOptions & { workbook: true }): Promise<{ workbook: ExcelJS.Workbook; input: WorkbookInput }>;
export async function readXlsxFile(path: string, options?: XlsxFileOptions): Promise<{ workbook?: ExcelJS.Workbook; input: WorkbookInput }>;
export async function readXlsxFile(path: string, options: XlsxFileOptions = {}): Promise<{ workbook?: ExcelJS.Workbook; input: WorkbookInput }> {
  let input: WorkbookInput;
  try {
    input = await withFileSource(path, (src) => readXlsx(src, options));
  } catch (e) {
    if (e instanceof XlsxReadError) e.facts.file ??= path;
    throw e;
  }
  if (!options.workbook) return { input };
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(path);
  return { workbook, input };
}

export { XlsxReadError } from './errors';
export type { XlsxErrorCode } from './errors';
export { DEFAULT_LIMITS, type ReadLimits } from './read';
