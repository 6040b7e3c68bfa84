// Every file the CLI writes goes through here: the data is written to a new temporary file in the
// target's folder, flushed to disk, and only then renamed over the target, so a failed or killed run
// leaves any existing file byte-identical. An existing target is refused unless --force; an input is
// never a target, however it is named (symbolic or hard link, another letter case): files are compared
// by device and inode, and by real path.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import { CliError } from './messages';

/**
 * Refuses a target before any work is done: an input (always), an existing file without --force,
 * a folder, a missing folder. `inputs` are the files read by this run.
 */
export function checkTarget(target: string, inputs: readonly string[], force: boolean): void {
  const dir = path.dirname(path.resolve(target));
  if (!isDir(dir)) throw new CliError('out-no-folder', { file: dir });
  let st: fs.Stats | null;
  try { st = fs.statSync(target); } catch { st = null; }
  if (st === null) {
    // A dangling symbolic link still names something: replacing it needs --force like any file.
    if (isLink(target) && !force) throw new CliError('out-exists', { file: target });
    return;
  }
  const real = realPath(target);
  for (const input of inputs) {
    let ist: fs.Stats;
    try { ist = fs.statSync(input); } catch { continue; }
    if ((ist.dev === st.dev && ist.ino === st.ino) || (real !== null && real === realPath(input))) {
      throw new CliError('out-is-input', { file: target });
    }
  }
  if (!st.isFile()) throw new CliError('out-not-file', { file: target });
  if (!force) throw new CliError('out-exists', { file: target });
}

/**
 * Writes `target` through a temporary file beside it: `content` is the file's bytes, or a writer that
 * fills (and ends) the stream it is given, as ExcelJS's `xlsx.write` does. When it throws, or the
 * process dies, the temporary file is all that is lost.
 */
export async function writeSafely(target: string, inputs: readonly string[], force: boolean, content: Uint8Array | ((out: Writable) => Promise<void>)): Promise<void> {
  const write = typeof content === 'function' ? content : (out: Writable) => new Promise<void>((resolve, reject) => {
    out.end(Buffer.from(content.buffer, content.byteOffset, content.byteLength), () => resolve());
    out.once('error', reject);
  });
  checkTarget(target, inputs, force);
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.aidledger-tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx', 0o666);
  } catch (e) {
    throw new CliError('write-failed', { file: target, reason: reasonOf(e) });
  }
  try {
    const stream = new FileSink(fd, testHook());
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    // Awaited below; when `write` fails first, its failure is the one reported, and this one is not left unhandled.
    done.catch(() => undefined);
    // `write` ends the stream (ExcelJS pipes its zip into it, which ends it); its data is on disk at 'finish'.
    await write(stream);
    await done;
    // A replaced file keeps its permissions (a shared report stays shared).
    const mode = existingMode(target);
    if (mode !== null) fs.fchmodSync(fd, mode);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    // Checked again just before the rename: the target may have appeared while we wrote.
    checkTarget(target, inputs, force);
    fs.renameSync(tmp, target);
    syncFolder(dir);
  } catch (e) {
    try { fs.closeSync(fd); } catch { /* already closed */ }
    fs.rmSync(tmp, { force: true });
    if (e instanceof CliError) throw e;
    throw new CliError('write-failed', { file: target, reason: reasonOf(e) });
  }
}

/**
 * Writes each chunk to the file at once (a command line can wait for its own disk), in slices of
 * 64 KB: ExcelJS hands over the whole zip as one chunk, and the test hook stops after the first slice.
 */
class FileSink extends Writable {
  private written = 0;
  constructor(private readonly fd: number, private readonly hook: TestHook | null) {
    super();
  }
  _write(chunk: Buffer, _encoding: BufferEncoding, callback: (e?: Error | null) => void): void {
    try {
      for (let off = 0; off < chunk.length;) {
        const n = fs.writeSync(this.fd, chunk, off, Math.min(SLICE, chunk.length - off));
        off += n;
        this.written += n;
        if (this.hook && this.written >= Math.min(SLICE, chunk.length) && this.stopForTest(this.hook, callback)) return;
      }
    } catch (e) {
      callback(e as Error);
      return;
    }
    callback();
  }
  private stopForTest(hook: TestHook, callback: (e?: Error | null) => void): boolean {
    if ('fail' in hook) { callback(Object.assign(new Error('test hook'), { code: 'ENOSPC' })); return true; }
    fs.fsyncSync(this.fd);
    fs.writeFileSync(hook.pause, String(process.pid));
    // Never calls back: the write waits here until the test kills the process.
    setInterval(() => undefined, 1 << 30);
    return true;
  }
}

const SLICE = 1 << 16;

function reasonOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'error';
}

function existingMode(p: string): number | null {
  try { return fs.statSync(p).mode & 0o7777; } catch { return null; }
}

/** The rename itself reaches the disk (POSIX); folders cannot be opened so on Windows, where this is skipped. */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not possible on this system: the rename is still atomic, only its durability waits for the OS.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

function isDir(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}
function isLink(p: string): boolean {
  try { return fs.lstatSync(p).isSymbolicLink(); } catch { return false; }
}
function realPath(p: string): string | null {
  try { return fs.realpathSync.native(p); } catch { return null; }
}

type TestHook = { pause: string } | { fail: true };

/**
 * TEST ONLY (documented in the README): AIDLEDGER_TEST_WRITE=pause:<marker file> stops the write after
 * its first chunk has reached the temporary file: the marker file is created and the run waits until it
 * is killed, so a test can SIGKILL it mid-write reliably. AIDLEDGER_TEST_WRITE=fail makes the write
 * fail after its first chunk, as a full disk would.
 */
function testHook(): TestHook | null {
  const v = process.env.AIDLEDGER_TEST_WRITE;
  if (!v) return null;
  if (v === 'fail') return { fail: true };
  if (v.startsWith('pause:')) return { pause: v.slice(6) };
  return null;
}
