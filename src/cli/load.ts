// The one place the CLI reads a workbook. Swapping the reader is one line (READER below). Whatever
// goes wrong becomes one line in the user's language that says what to do: a reader's own internals
// ("Can't find end of central directory", "Cannot set properties of undefined") are never shown.
import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import type { Lang, WorkbookInput } from '../core/model';
import { readXlsxFile } from '../excel/xlsx/node';
import { CliError } from './messages';
import { visible } from './visible';

/**
 * What a reader gives: the engine's input, and the ExcelJS workbook when it built one (nothing of the
 * CLI needs it now: summary --out grafts its sheet into the input's package, src/cli/summaryOut.ts).
 */
export interface Loaded {
  input: WorkbookInput;
  workbook?: ExcelJS.Workbook;
}

/** The reader: the streaming one (src/excel/xlsx). A reader that knows what went wrong throws an error with a `code` and a `message(lang)` or `text(lang)`. */
const READER: (file: string) => Promise<Loaded> = (file) => readXlsxFile(file);

/** Something the CLI can say about a file or the command line in one line: CliError, or a reader's own. */
export interface OneLine {
  code: string;
  text(lang: Lang): string;
}

/**
 * A reader's error that says itself in the user's language: it has a string `code` and either a
 * `message(lang)` function or (for an Error subclass, whose `message` must stay a string) `text(lang)`.
 */
class ReaderProblem extends Error implements OneLine {
  constructor(readonly code: string, private readonly say: (lang: Lang) => string) {
    super(code);
  }
  text(lang: Lang): string {
    return visible(this.say(lang).split(/\r?\n/, 1)[0]);
  }
}

function readerOwnMessage(e: unknown): ReaderProblem | null {
  if (typeof e !== 'object' || e === null) return null;
  const x = e as { code?: unknown; message?: unknown; text?: unknown };
  if (typeof x.code !== 'string') return null;
  if (typeof x.message === 'function') return new ReaderProblem(x.code, (l) => String((x.message as (l: Lang) => unknown).call(e, l)));
  if (typeof x.text === 'function') return new ReaderProblem(x.code, (l) => String((x.text as (l: Lang) => unknown).call(e, l)));
  return null;
}

export function isOneLine(e: unknown): e is OneLine {
  return e instanceof CliError || e instanceof ReaderProblem;
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted (password-protected) .xlsx keeps inside its OLE container, as UTF-16LE. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const startsWith = (b: Buffer, sig: readonly number[]): boolean => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** Reads a workbook, or throws a OneLine saying why it cannot. Only regular files are opened. */
export async function loadWorkbook(file: string): Promise<Loaded> {
  const head = sniff(file);
  if (!startsWith(head, ZIP)) throw new CliError(kindOfNonZip(file, head), { file });
  let loaded: Loaded;
  try {
    loaded = await READER(file);
  } catch (e) {
    throw readerFailure(e, file);
  }
  if (loaded.input.sheets.length === 0) throw new CliError('no-sheets', { file });
  return loaded;
}

/**
 * What to say when the reader failed on a file that looked like a zip: the reader's own one-line
 * message when it has one (see ReaderProblem), else "damaged"; never the reader's internals.
 */
export function readerFailure(e: unknown, file: string): OneLine {
  const own = readerOwnMessage(e);
  if (own) return own;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') return new CliError('cannot-open', { file });
  return new CliError('damaged', { file });
}

/** The first bytes of a regular file; refuses devices, pipes and folders before opening anything. */
function sniff(file: string): Buffer {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CliError(code === 'ENOENT' || code === 'ENOTDIR' ? 'no-such-file' : 'cannot-open', { file });
  }
  if (!st.isFile()) throw new CliError('not-regular', { file });
  if (st.size === 0) throw new CliError('empty-file', { file });
  let fd: number;
  try { fd = fs.openSync(file, 'r'); } catch { throw new CliError('cannot-open', { file }); }
  try {
    const buf = Buffer.alloc(Math.min(4096, st.size));
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } catch {
    throw new CliError('cannot-open', { file });
  } finally {
    fs.closeSync(fd);
  }
}

function kindOfNonZip(file: string, head: Buffer): 'xls' | 'encrypted' | 'text' | 'not-xlsx' {
  if (startsWith(head, OLE)) return holdsEncryptedPackage(file) ? 'encrypted' : 'xls';
  return looksLikeText(head) ? 'text' : 'not-xlsx';
}

/** An OLE file holding an "EncryptedPackage" stream is an .xlsx saved with a password. Read in chunks. */
function holdsEncryptedPackage(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 16);
    const keep = ENCRYPTED_PACKAGE.length - 1;
    let carry = Buffer.alloc(0);
    let pos = 0;
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, pos);
      if (n <= 0) return false;
      pos += n;
      const window = Buffer.concat([carry, chunk.subarray(0, n)]);
      if (window.indexOf(ENCRYPTED_PACKAGE) >= 0) return true;
      carry = window.subarray(Math.max(0, window.length - keep));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Text (CSV, HTML saved as ".xls", TSV): a byte-order mark, or no NUL and few control bytes. */
function looksLikeText(head: Buffer): boolean {
  if (startsWith(head, [0xef, 0xbb, 0xbf]) || startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return true;
  let odd = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) odd++;
  }
  return odd * 20 <= head.length;
}
