// Consolidate's first half in the pane: the .xlsx files the user picked, read one after the other by
// the CLI's own streaming reader (src/excel/xlsx), inside the pane. A file that cannot be read keeps
// its reader's one-line reason, said in whichever language the pane speaks when it is shown.
import type { Lang } from '../core/model';
import type { LoadedBook } from '../core/plan/consolidateBook';
import { readXlsx } from '../excel/xlsx/read';
import { blobSource, type BlobLike } from '../excel/xlsx/zip';
import { XlsxReadError, unreadableLine } from '../excel/xlsx/errors';
import type { Cancel, Progress } from './host';

/** A picked file: its name and bytes (a File in the browser). */
export interface PickedFile extends BlobLike {
  readonly name: string;
}

export interface Unreadable {
  file: string;
  /** The one line saying why, in a language. */
  say: (lang: Lang) => string;
}

export interface ReadFiles {
  books: LoadedBook[];
  unreadable: Unreadable[];
}

/** The reader's own reason, by name (the pane's tests load the reader from another bundle); "damaged" (corrupt-zip) for anything else, never its internals. */
function reasonOf(e: unknown): XlsxReadError {
  if (e instanceof Error && e.name === 'XlsxReadError' && typeof (e as XlsxReadError).say === 'function') return e as XlsxReadError;
  return new XlsxReadError('corrupt-zip');
}

/**
 * Reads the files in order, one at a time. `onFile` is told before each file; a cancel stops between
 * files and answers null (nothing read is kept).
 */
export async function readPickedFiles(files: readonly PickedFile[], onFile: (p: Progress) => void, cancel: Cancel): Promise<ReadFiles | null> {
  const books: LoadedBook[] = [];
  const unreadable: Unreadable[] = [];
  for (let i = 0; i < files.length; i++) {
    if (cancel.cancelled) return null;
    const f = files[i];
    onFile({ done: i + 1, total: files.length });
    try {
      const input = await readXlsx(blobSource(f));
      if (input.sheets.length === 0) throw new XlsxReadError('no-sheets');
      books.push({ file: f.name, input });
    } catch (e) {
      const reason = reasonOf(e);
      unreadable.push({ file: f.name, say: (l) => unreadableLine(f.name, reason, l) });
    }
  }
  return cancel.cancelled ? null : { books, unreadable };
}
