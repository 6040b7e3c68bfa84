// From the command line's file arguments to the list of workbooks to read: files as given, folders
// (their .xlsx and .xlsm files, searched into subfolders except hidden ones), and patterns such as
// *.xlsx, expanded here because Windows' cmd hands them over unexpanded.
import * as fs from 'fs';
import * as path from 'path';
import { CliError } from './messages';

/** One workbook to read, or an argument that named none (reported like an unreadable file). */
export type Target = { file: string } | { file: string; problem: CliError };

const WORKBOOK = /\.xls[xm]$/i;
const WILD = /[*?[]/;

/** Whether the arguments name several workbooks (a folder, a pattern or more than one): the many-file report. */
export function namesMany(args: readonly string[]): boolean {
  if (args.length !== 1) return true;
  const a = args[0];
  if (isDirectory(a)) return true;
  return !fs.existsSync(a) && WILD.test(a);
}

/**
 * The workbooks named by `args`, in the order given (a folder's and a pattern's sorted by name), each
 * once: the same file reached twice (a link, a folder and a pattern both naming it) is read once.
 */
export function expandTargets(args: readonly string[]): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const id = identity(file);
    if (id !== null) {
      if (seen.has(id)) return;
      seen.add(id);
    }
    out.push({ file });
  };
  for (const a of args) {
    if (isDirectory(a)) {
      const found = workbooksUnder(a);
      if (found.length === 0) out.push({ file: a, problem: new CliError('empty-folder', { file: a }) });
      for (const f of found) add(f);
    } else if (!fs.existsSync(a) && WILD.test(a)) {
      const found = matchPattern(a);
      if (found.length === 0) out.push({ file: a, problem: new CliError('no-match', { file: a }) });
      for (const f of found) add(f);
    } else {
      // A file as given, even without the .xlsx extension: the reader says what it is if it is none.
      add(a);
    }
  }
  return out;
}

function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

/** Device and inode: the same file under two names (hard link, symbolic link, another case) is one file. */
function identity(file: string): string | null {
  try {
    const st = fs.statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/**
 * A workbook file a folder listing offers: .xlsx or .xlsm, not hidden, and not Excel's lock file
 * ("~$Báo cáo.xlsx", present while someone has the workbook open).
 */
function offered(name: string): boolean {
  return WORKBOOK.test(name) && !name.startsWith('.') && !name.startsWith('~$');
}

/** The workbooks in a folder and its subfolders, hidden folders and folder links left out, sorted. */
function workbooksUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) walk(p);
      } else if (offered(e.name) && (e.isFile() || (e.isSymbolicLink() && isFile(p)))) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

function isFile(p: string): boolean {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

/**
 * Files matching a pattern: `*` and `?` within one path part, `[abc]` a character of a set; the parts
 * without wildcards are taken as written. Case-insensitive on Windows and macOS, as their file systems are.
 */
function matchPattern(pattern: string): string[] {
  const parsed = path.parse(pattern);
  const parts = pattern.slice(parsed.root.length).split(/[\\/]+/).filter((x) => x !== '');
  let bases = [parsed.root === '' ? '' : parsed.root];
  const fold = process.platform === 'win32' || process.platform === 'darwin';
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const next: string[] = [];
    for (const base of bases) {
      if (!WILD.test(part)) {
        const p = base === '' ? part : path.join(base, part);
        if (fs.existsSync(p)) next.push(p);
        continue;
      }
      let names: string[];
      try { names = fs.readdirSync(base === '' ? '.' : base).sort(); } catch { continue; }
      for (const name of names) {
        if (name.startsWith('.') && !part.startsWith('.')) continue;
        if (!wildcardMatch(part, name, fold)) continue;
        const p = base === '' ? name : path.join(base, name);
        if (last ? isFile(p) && !name.startsWith('~$') : isDirectory(p)) next.push(p);
      }
    }
    bases = next;
  });
  return bases;
}

/**
 * `*` any run of characters, `?` one character, `[…]` one of a set (ranges a-z, `!` or `^` negates).
 * Greedy with one remembered star: at most O(pattern × name) steps, no backtracking explosion.
 */
export function wildcardMatch(pattern: string, name: string, fold = false): boolean {
  const p = fold ? pattern.toLowerCase() : pattern;
  const s = fold ? name.toLowerCase() : name;
  let pi = 0, si = 0, starP = -1, starS = 0;
  while (si < s.length) {
    if (pi < p.length && p[pi] === '*') { starP = pi++; starS = si; continue; }
    const step = pi < p.length ? matchOne(p, pi, s[si]) : -1;
    if (step > 0) { pi += step; si++; continue; }
    if (starP < 0) return false;
    pi = starP + 1;
    si = ++starS;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** How many pattern characters match `c` at `pi` (1, or a set's length), or -1. */
function matchOne(p: string, pi: number, c: string): number {
  if (p[pi] === '?') return 1;
  if (p[pi] !== '[') return p[pi] === c ? 1 : -1;
  const close = p.indexOf(']', pi + 2);
  if (close < 0) return c === '[' ? 1 : -1;
  let i = pi + 1;
  const negate = p[i] === '!' || p[i] === '^';
  if (negate) i++;
  let hit = false;
  for (; i < close; i++) {
    if (p[i + 1] === '-' && i + 2 < close) {
      if (c >= p[i] && c <= p[i + 2]) hit = true;
      i += 2;
    } else if (p[i] === c) hit = true;
  }
  return hit !== negate ? close - pi + 1 : -1;
}
