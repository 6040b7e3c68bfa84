// The province's inbox (issue 18), CLI part: several files, folders and patterns; files never destroyed
// (temporary file and rename, --force, inputs recognised through links, SIGKILL mid-write); one-line
// messages in the user's language; report text that cell contents cannot fake.
import { spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { parseArgs } from '../src/cli/args';
import { wildcardMatch } from '../src/cli/files';
import { readerFailure } from '../src/cli/load';
import { CliError, systemLang } from '../src/cli/messages';
import { writeSafely } from '../src/cli/safeWrite';
import { visible } from '../src/cli/visible';
import { reasonsText } from '../src/core/summary/words';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { dayToIso } from '../src/core/parse/date';
import { sampleBook, TODAY } from './helpers/sample';

const TMP = path.join(__dirname, '.tmp', 'cli-inbox');
const BIN = path.join(__dirname, '..', 'bin', 'aidledger.js');
const TODAY_ISO = dayToIso(TODAY);
const VI = { LANG: 'vi_VN.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };

async function run(args: string[], env: NodeJS.ProcessEnv = EN): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, env });
  return { code, out, err };
}

async function writeBook(file: string, sheets: ReturnType<typeof sampleBook>['sheets']): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) writeGridSheet(wb, s);
  await wb.xlsx.writeFile(file);
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const oneLine = (s: string) => s.endsWith('\n') && s.trim().split('\n').length === 1;
/** An OLE compound file's signature, then a directory entry name in UTF-16LE, as Excel writes them. */
const ole = (entry: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(entry, 'utf16le'), Buffer.alloc(64)]);

let clean: string;
let planted: string;
beforeAll(async () => {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  clean = path.join(TMP, 'clean.xlsx');
  planted = path.join(TMP, 'planted.xlsx');
  await writeBook(clean, sampleBook(false).sheets);
  await writeBook(planted, sampleBook(true).sheets);
});

describe('arguments: one line in the user language, exit 2', () => {
  it.each([
    [['validate', 'x.xlsx', '--lang', 'en', '--lang', 'vi'], /--lang is given twice/],
    [['summary', 'x.xlsx', '--year=', '--lang', 'en'], /--year is empty: write its value after the =/],
    [['summary', 'x.xlsx', '--year', '', '--lang', 'en'], /--year is empty/],
    [['summary', 'x.xlsx', '--year', '2024', '--period', '2024-H1', '--lang', 'en'], /--year and --period cannot be used together/],
    [['summary', 'x.xlsx', '--period', '2024-H1', '--from', '2024-01-01', '--lang', 'en'], /--period and --from cannot be used together/],
    [['validate', 'x.xlsx', '--year', '2024', '--lang', 'en'], /validate has no option --year/],
    [['validate', 'x.xlsx', '--json=yes', '--lang', 'en'], /--json takes no value/],
    [['validate', '--lang', 'en'], /no file given/],
    [['summary', 'x.xlsx', '--out', '--lang', 'en'], /--out needs a value/],
    [['frobnicate', '--lang', 'en'], /no command "frobnicate"/],
    [['summary', 'x.xlsx', '--period', '2024-H3', '--lang', 'en'], /"2024-H3" is not a period/],
  ])('%j', async (args, said) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toMatch(said as RegExp);
  });

  it('speaks the language of --lang, else of the system locale (LC_ALL, LC_MESSAGES, LANG)', async () => {
    expect((await run(['validate', 'x.xlsx', '--year', '2024'], VI)).err).toMatch(/^aidledger: lệnh validate không có tùy chọn --year/);
    expect((await run(['validate', 'x.xlsx', '--year', '2024'], EN)).err).toMatch(/^aidledger: validate has no option --year/);
    expect((await run(['validate', 'x.xlsx', '--year', '2024', '--lang', 'vi'], EN)).err).toMatch(/không có tùy chọn/);
    expect(systemLang({ LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' })).toBe('en');
    expect(systemLang({ LC_MESSAGES: 'vi_VN', LANG: 'C' })).toBe('vi');
    expect(systemLang({}, () => 'vi-VN')).toBe('vi');
    expect(systemLang({}, () => 'en-GB')).toBe('en');
    // The report itself follows the same language.
    expect((await run(['validate', clean, '--today', TODAY_ISO], VI)).out).toContain('Bảng tìm thấy');
  });

  it('takes files after "--" even when their names start with "--"', () => {
    expect(parseArgs(['validate', '--', '--weird.xlsx']).positional).toEqual(['--weird.xlsx']);
  });
});

describe('files that cannot be read: one line that says what to do, never a reader internal', () => {
  const cases: [string, Buffer | string, RegExp][] = [
    ['old.xls', ole('Workbook'), /old Excel file \(\.xls\): open it in Excel and save it as \.xlsx/],
    ['locked.xlsx', ole('EncryptedPackage'), /protected by a password: .*remove the password/],
    ['export.csv', 'Mã,Giá trị\nVT-1,100\n', /text file \(CSV, HTML…\).*save it as \.xlsx/],
    ['report.xls', '<html><body><table><tr><td>1</td></tr></table></body></html>', /text file/],
    ['empty.xlsx', '', /is empty \(0 bytes\)/],
    ['random.xlsx', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256).map((b) => (b === 0x50 ? 0x51 : b))), /is not an \.xlsx workbook/],
  ];
  it.each(cases)('%s', async (name, content, said) => {
    const file = path.join(TMP, name);
    fs.writeFileSync(file, content);
    const r = await run(['validate', file]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toMatch(said);
  });

  it('a truncated .xlsx and a zip without a workbook: damaged / no worksheet, not JSZip\'s words', async () => {
    const whole = fs.readFileSync(clean);
    const cut = path.join(TMP, 'cut.xlsx');
    fs.writeFileSync(cut, whole.subarray(0, whole.length >> 1));
    const a = await run(['validate', cut]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/is damaged and cannot be read/);
    expect(a.err).not.toMatch(/central directory|Corrupted zip|jszip|https?:/i);
    // A zip holding something else than a workbook (JSZip writes it; one text file inside).
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('notes.txt', 'not a workbook');
    const other = path.join(TMP, 'other.xlsx');
    fs.writeFileSync(other, await zip.generateAsync({ type: 'nodebuffer' }));
    const b = await run(['validate', other]);
    expect(b.code).toBe(2);
    expect(oneLine(b.err)).toBe(true);
    expect(b.err).toMatch(/holds no worksheet|is damaged|holding no Excel workbook/);
  });

  it('a corrupt sheet: damaged, without "Cannot set properties of undefined"', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(clean));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheet)!.async('string');
    zip.file(sheet, xml.slice(0, xml.length / 3));
    const file = path.join(TMP, 'corrupt-sheet.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run(['validate', file]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).not.toMatch(/Cannot set properties|undefined|at .*\.js/);
  });

  it('/dev/zero is refused at once: not a regular file', async () => {
    if (!fs.existsSync('/dev/zero')) return;
    const t0 = Date.now();
    const r = await run(['validate', '/dev/zero']);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"\/dev\/zero" is not a regular file/);
  });

  it('a reader error with a code and its own message(lang) is said in its own words', () => {
    const own = { code: 'too-big', message: (l: string) => (l === 'vi' ? 'tệp quá lớn: giới hạn 1 triệu ô\nchi tiết' : 'file too large: limit 1 million cells\ndetails') };
    expect(readerFailure(own, 'a.xlsx').text('en')).toBe('file too large: limit 1 million cells');
    expect(readerFailure(own, 'a.xlsx').text('vi')).toBe('tệp quá lớn: giới hạn 1 triệu ô');
    expect(readerFailure(new Error("Can't find end of central directory : is this a zip file ?"), 'a.xlsx').text('en')).toMatch(/^"a\.xlsx" is damaged/);
  });
});

describe('several files, folders and patterns', () => {
  let inbox: string;
  beforeAll(() => {
    inbox = path.join(TMP, 'inbox');
    fs.mkdirSync(path.join(inbox, 'so-y-te'), { recursive: true });
    fs.mkdirSync(path.join(inbox, '.cache'), { recursive: true });
    fs.copyFileSync(clean, path.join(inbox, 'a-clean.xlsx'));
    fs.copyFileSync(planted, path.join(inbox, 'so-y-te', 'b-planted.xlsx'));
    fs.writeFileSync(path.join(inbox, 'c-old.xls.xlsx'), ole('Workbook'));
    fs.copyFileSync(clean, path.join(inbox, '.cache', 'hidden.xlsx'));
    fs.writeFileSync(path.join(inbox, '~$a-clean.xlsx'), 'Excel lock file');
    fs.writeFileSync(path.join(inbox, 'notes.txt'), 'not read');
  });

  it('validate over a folder: a line per file (subfolders read, hidden ones and lock files not), the totals, exit 2 for the unreadable one', async () => {
    const r = await run(['validate', inbox, '--today', TODAY_ISO]);
    expect(r.code).toBe(2);
    const fileLines = r.out.split('\n').filter((l) => l.startsWith('  '));
    expect(fileLines).toHaveLength(3);
    expect(fileLines[0]).toMatch(/a-clean\.xlsx: 7 registers, 0 errors, 0 warnings$/);
    expect(fileLines[1]).toMatch(/c-old\.xls\.xlsx: NOT READ: .*old Excel file/);
    expect(fileLines[2]).toMatch(/so-y-te[\\/]b-planted\.xlsx: 9 registers, [1-9]\d* errors/);
    expect(r.out).toMatch(/Total: 3 files \(2 read, 1 not read\), 16 registers, [1-9]\d* errors/);
    expect(r.out).not.toContain('hidden.xlsx');
    expect(r.out).not.toContain('~$');
    // Each unreadable file: exactly one line on stderr.
    expect(oneLine(r.err)).toBe(true);
  });

  it('--json: one document {files, totals}; each readable file keeps the single-file shape', async () => {
    const r = await run(['validate', path.join(inbox, 'a-clean.xlsx'), path.join(inbox, 'so-y-te', 'b-planted.xlsx'), path.join(inbox, 'c-old.xls.xlsx'), '--json', '--today', TODAY_ISO]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out);
    expect(doc.files).toHaveLength(3);
    const single = JSON.parse((await run(['validate', planted, '--json', '--today', TODAY_ISO])).out);
    expect(Object.keys(doc.files[1]).sort()).toEqual(Object.keys(single).sort());
    expect(doc.files[1].issues).toEqual(single.issues);
    expect(doc.files[2]).toEqual({ file: path.join(inbox, 'c-old.xls.xlsx'), error: { code: 'xls', message: expect.stringContaining('save it as .xlsx') } });
    expect(doc.totals).toEqual({ files: 3, read: 2, unreadable: 1, registers: 16, errors: single.issues.filter((i: { severity: string }) => i.severity === 'error').length, warnings: expect.any(Number), exitCode: 2 });
  });

  it('exit 1 when every file is read and one has errors; 0 when none has', async () => {
    expect((await run(['validate', clean, planted, '--today', TODAY_ISO])).code).toBe(1);
    expect((await run(['validate', clean, clean, '--today', TODAY_ISO])).code).toBe(0);
  });

  it('expands patterns itself (for shells that do not, such as Windows cmd); no match is a file not read', async () => {
    const r = await run(['validate', path.join(inbox, '*.xlsx'), '--json', '--today', TODAY_ISO]);
    expect(JSON.parse(r.out).files.map((f: { file: string }) => path.basename(f.file))).toEqual(['a-clean.xlsx', 'c-old.xls.xlsx']);
    const none = await run(['validate', path.join(inbox, 'zz*.xlsx')]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no file matches/);
    expect(wildcardMatch('b?-[0-9]*.xlsx', 'b1-2024-Q1.xlsx')).toBe(true);
    expect(wildcardMatch('*.XLSX', 'a.xlsx', true)).toBe(true);
    expect(wildcardMatch('*.XLSX', 'a.xlsx', false)).toBe(false);
    // Linear in practice on a pathological pattern.
    const t0 = Date.now();
    expect(wildcardMatch(`${'*a'.repeat(50)}b`, 'a'.repeat(5000))).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('the same file named twice (and through a hard link) is read once', async () => {
    const link = path.join(TMP, 'clean-hardlink.xlsx');
    fs.rmSync(link, { force: true });
    fs.linkSync(clean, link);
    const r = await run(['validate', clean, link, clean, '--json', '--today', TODAY_ISO]);
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });

  it('summary over several files: their registers together, rows per file, ids reported by two files said first', async () => {
    const one = JSON.parse((await run(['summary', clean, '--year', '2024', '--json', '--today', TODAY_ISO])).out);
    const copy = path.join(TMP, 'clean-copy.xlsx');
    fs.copyFileSync(clean, copy);
    const r = await run(['summary', clean, copy, '--year', '2024', '--json', '--today', TODAY_ISO]);
    expect(r.code).toBe(0);
    const both = JSON.parse(r.out);
    expect(both.aid.projects).toBe(2 * one.aid.projects);
    expect(both.aid.committed).toBeCloseTo(2 * one.aid.committed, 2);
    for (const k of ['aid', 'fdi'] as const) {
      for (const t of both[k].rows) {
        const single = one[k].rows.find((x: { kind: string }) => x.kind === t.kind);
        expect(t.read).toBe(2 * single.read);
        // Rows per file add up to the rows the summary read.
        expect(both.files.reduce((n: number, f: { rows: Record<string, number> }) => n + (f.rows[t.kind] ?? 0), 0)).toBe(t.read);
      }
    }
    expect(both.sharedIds.length).toBeGreaterThan(0);
    expect(both.sharedIds[0].files).toEqual([clean, copy]);
    const text = await run(['summary', clean, copy, '--year', '2024', '--today', TODAY_ISO]);
    expect(text.out.split('\n')[0]).toMatch(/^! \d+ project ids are in several files and counted in each/);
    expect(text.out).toContain('By file (rows read per register):');
    // One file not read: the summary of the rest, said incomplete first, exit 2.
    const bad = path.join(TMP, 'bad.xls');
    fs.writeFileSync(bad, ole('Workbook'));
    const part = await run(['summary', clean, bad, '--year', '2024', '--today', TODAY_ISO]);
    expect(part.code).toBe(2);
    expect(part.out.split('\n')[0]).toMatch(/^! 1 file\(s\) could not be read and are not in the summary: .*bad\.xls/);
    expect(oneLine(part.err)).toBe(true);
    // --out needs one workbook.
    const out = await run(['summary', clean, copy, '--out', path.join(TMP, 'x.xlsx')]);
    expect(out.code).toBe(2);
    expect(out.err).toMatch(/--out and --pdf need a single workbook/);
  });
});

describe('files are never destroyed', () => {
  it('an existing target is refused (exit 2, one line, untouched) unless --force', async () => {
    const target = path.join(TMP, 'existing.xlsx');
    fs.writeFileSync(target, 'precious');
    const r = await run(['template', '--kind', 'aid', '--out', target]);
    expect(r.code).toBe(2);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toMatch(/already exists: add --force/);
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
    const s = await run(['summary', clean, '--out', target, '--today', TODAY_ISO]);
    expect(s.code).toBe(2);
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
    expect((await run(['template', '--kind', 'aid', '--out', target, '--force'])).code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    // No temporary file is left beside it.
    expect(fs.readdirSync(TMP).filter((n) => n.includes('aidledger-tmp'))).toEqual([]);
  });

  it('the input is never the target, even with --force: same path, symbolic link, hard link', async () => {
    const input = path.join(TMP, 'input.xlsx');
    fs.copyFileSync(clean, input);
    const before = sha(input);
    const sym = path.join(TMP, 'input-symlink.xlsx');
    const hard = path.join(TMP, 'input-hardlink.xlsx');
    const dirLink = path.join(TMP, 'linked-dir');
    for (const p of [sym, hard, dirLink]) fs.rmSync(p, { force: true });
    fs.symlinkSync(input, sym);
    fs.linkSync(input, hard);
    fs.symlinkSync(TMP, dirLink);
    for (const target of [input, sym, hard, path.join(dirLink, 'input.xlsx'), path.join(TMP, '.', 'input.xlsx')]) {
      const r = await run(['summary', input, '--year', '2024', '--out', target, '--force', '--today', TODAY_ISO]);
      expect([target, r.code]).toEqual([target, 2]);
      expect(r.err).toMatch(/is an input file: inputs are never written, even with --force/);
      expect(oneLine(r.err)).toBe(true);
    }
    // Named through the link, the input is the target too.
    expect((await run(['summary', sym, '--year', '2024', '--out', hard, '--force', '--today', TODAY_ISO])).code).toBe(2);
    expect(sha(input)).toBe(before);
    expect(fs.lstatSync(sym).isSymbolicLink()).toBe(true);
  });

  it('writes bytes too; with --force a symbolic link at the target is replaced, the file it points to kept', async () => {
    const other = path.join(TMP, 'pointed-to.txt');
    const link = path.join(TMP, 'link-target.pdf');
    fs.writeFileSync(other, 'someone else\'s file');
    fs.rmSync(link, { force: true });
    fs.symlinkSync(other, link);
    await expect(writeSafely(link, [], false, new Uint8Array([1, 2, 3]))).rejects.toThrow(CliError);
    await writeSafely(link, [], true, new Uint8Array([1, 2, 3]));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect([...fs.readFileSync(link)]).toEqual([1, 2, 3]);
    expect(fs.readFileSync(other, 'utf8')).toBe('someone else\'s file');
    // A missing folder, a folder as the target: one line each.
    await expect(writeSafely(path.join(TMP, 'no-such-folder', 'x.pdf'), [], true, new Uint8Array([1]))).rejects.toMatchObject({ code: 'out-no-folder' });
    await expect(writeSafely(TMP, [], true, new Uint8Array([1]))).rejects.toMatchObject({ code: 'out-not-file' });
  });

  it('a failed write of bytes (child process, the built module): the old file kept, no temporary file left', () => {
    const target = path.join(TMP, 'keep-bytes.pdf');
    fs.writeFileSync(target, 'old pdf');
    const code = [
      "const { writeSafely } = require(process.argv[1]);",
      "writeSafely(process.argv[2], [], true, new Uint8Array(200000)).then(() => process.exit(0), (e) => { process.stderr.write(e.code + '\\n'); process.exitCode = 2; });",
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', code, path.join(__dirname, '..', 'dist', 'src', 'cli', 'safeWrite.js'), target], {
      encoding: 'utf8', env: { ...process.env, AIDLEDGER_TEST_WRITE: 'fail' },
    });
    expect(r.stderr).toBe('write-failed\n');
    expect(r.status).toBe(2);
    expect(fs.readFileSync(target, 'utf8')).toBe('old pdf');
    expect(fs.readdirSync(TMP).filter((n) => n.includes('aidledger-tmp'))).toEqual([]);
  });

  it('a failed run leaves the existing file byte-identical and no temporary file (child process)', () => {
    const target = path.join(TMP, 'keep-on-failure.xlsx');
    fs.copyFileSync(planted, target);
    const before = sha(target);
    const r = spawnSync(process.execPath, [BIN, 'summary', clean, '--year', '2024', '--out', target, '--force', '--lang', 'en', '--today', TODAY_ISO], {
      encoding: 'utf8', env: { ...process.env, AIDLEDGER_TEST_WRITE: 'fail' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^aidledger: could not write ".*keep-on-failure\.xlsx" \(the disk is full\); any existing file is left as it was\n$/);
    expect(sha(target)).toBe(before);
    expect(fs.readdirSync(TMP).filter((n) => n.includes('aidledger-tmp'))).toEqual([]);
  });

  it('SIGKILL in the middle of --out leaves the existing file byte-identical', async () => {
    const target = path.join(TMP, 'keep-on-kill.xlsx');
    fs.copyFileSync(planted, target);
    const before = sha(target);
    const marker = path.join(TMP, 'paused.marker');
    fs.rmSync(marker, { force: true });
    // A large input makes a large output: the pause comes after its first 64 KB reached the temporary file.
    const big = path.join(TMP, 'big.xlsx');
    await writeBook(big, sampleBook(false, 600, 100).sheets);
    const child = spawn(process.execPath, [BIN, 'summary', big, '--year', '2024', '--out', target, '--force', '--today', TODAY_ISO], {
      env: { ...process.env, AIDLEDGER_TEST_WRITE: `pause:${marker}` }, stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 600 && !fs.existsSync(marker); i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.existsSync(marker)).toBe(true);
    const temps = fs.readdirSync(TMP).filter((n) => n.startsWith('.keep-on-kill.xlsx.') && n.endsWith('.aidledger-tmp'));
    expect(temps).toHaveLength(1);
    // The temporary file holds part of the new report; the target is still the old file.
    expect(fs.statSync(path.join(TMP, temps[0])).size).toBeGreaterThanOrEqual(65536);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(sha(target)).toBe(before);
    for (const t of temps) fs.rmSync(path.join(TMP, t), { force: true });
  });

  it('demo refuses to replace its files without --force, and checks both before writing either', async () => {
    const dir = path.join(TMP, 'demo');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'tong-hop-mau.xlsx'), 'old report');
    const r = await run(['demo', '--dir', dir, '--today', TODAY_ISO]);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'so-ngoai-vu-mau.xlsx'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'tong-hop-mau.xlsx'), 'utf8')).toBe('old report');
  });
});

describe('standard output closed early', () => {
  it('validate | head: exits quietly, with its own exit code and no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'validate', planted, '--today', TODAY_ISO], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the report is written: every write meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d) => { err += String(d); });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(err).toBe('');
    expect(code).toBe(1);
  });
});

describe('report text', () => {
  it('cell text cannot fake report lines: line breaks and bidirectional controls are shown as code points', async () => {
    const book = sampleBook(false);
    const sheet = book.sheets.find((s) => s.name === 'Dự án viện trợ')!;
    const header = sheet.rows.findIndex((r) => r.includes('Giá trị cam kết'));
    const col = sheet.rows[header].indexOf('Giá trị cam kết');
    const rows = sheet.rows.map((r) => [...r]);
    rows[header + 1][col] = 'abc\n[ERROR] fake\u202Egnp.exe';
    const file = path.join(TMP, 'fake-lines.xlsx');
    await writeBook(file, book.sheets.map((s) => (s === sheet ? { ...s, rows } : s)));
    const r = await run(['validate', file, '--today', TODAY_ISO]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').some((l) => l.startsWith('[ERROR]'))).toBe(false);
    expect(r.out).not.toContain('\u202E');
    expect(r.out).toContain('abc⟨U+000A⟩[ERROR] fake⟨U+202E⟩gnp.exe');
    expect(visible('a\tb\u2066c\u0007')).toBe('a⟨U+0009⟩b⟨U+2066⟩c⟨U+0007⟩');
    expect(visible('Nguyễn Văn Ả — 1.000 ₫')).toBe('Nguyễn Văn Ả — 1.000 ₫');
    // And in one-line messages about files.
    expect(new CliError('no-such-file', { file: 'a\nb.xlsx' }).text('en')).toBe('"a⟨U+000A⟩b.xlsx" not found: check the name and the folder');
  });

  it('fixes as the user would type them: dates dd/mm/yyyy (vi) and m/d/yyyy (en), not serial numbers', async () => {
    const vi = (await run(['validate', planted, '--today', TODAY_ISO], VI)).out.split('\n').find((l) => l.startsWith('W AID-C114'))!;
    const en = (await run(['validate', planted, '--today', TODAY_ISO], EN)).out.split('\n').find((l) => l.startsWith('W AID-C114'))!;
    expect(vi).toMatch(/\[sửa: \d{2}\/\d{2}\/\d{4}\]$/);
    expect(en).toMatch(/\[fix: \d{1,2}\/\d{1,2}\/\d{4}\]$/);
    const [d, m, y] = /\[sửa: (\d+)\/(\d+)\/(\d+)\]/.exec(vi)!.slice(1).map(Number);
    expect(en).toContain(`[fix: ${m}/${d}/${y}]`);
    // The place once: the message names it, the line does not repeat it.
    expect(en.match(/cell [A-Z]+\d+/g)).toHaveLength(1);
  });

  it('no internal reason codes in summaries: the reasons in words', async () => {
    const r = await run(['summary', planted, '--year', '2024', '--today', TODAY_ISO], EN);
    for (const code of ['no-date', 'project-not-counted', 'no-rate', 'unknown-project', 'no-amount', 'terminated-no-date']) expect(r.out).not.toMatch(new RegExp(`\\b${code}\\b`));
    expect(reasonsText([{ rule: 'AID-C102', count: 2 }, { rule: 'no-date', count: 3 }, { rule: 'project-not-counted', count: 1 }], 'vi'))
      .toBe('AID-C102×2, thiếu ngày×3, dự án, khoản viện trợ gốc không được tính×1');
  });
});
