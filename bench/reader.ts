// `node dist/bench/reader.js`: the streaming reader (src/excel/xlsx) against ExcelJS's bare read of the
// same file, each in a child process of its own so that its peak RSS is its own. Rounds interleave
// ExcelJS, the reader alone, and the reader followed by validateWorkbook (what `validate` does).
// Options: --scale 0.1 (smaller sample), --rounds 2, --register 1000000 (also a register of that many
// rows × 20 columns, validated by the reader; written once to bench/.tmp), --exceljs-validate (also the
// old command, ExcelJS read + validate, for its peak RSS), --summary-out 1000000 (`summary --out` on a
// disbursement register of that many rows × 4 columns, written once; with --summary-out-whole also the
// old way, the whole workbook through ExcelJS, for its time and peak RSS).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { ymdToDay } from '../src/core/parse/date';
import { validateWorkbook } from '../src/core/validate';
import { readXlsxFile } from '../src/excel/xlsx/node';
import { readWorkbookFile } from '../src/excel/exceljs/readWorkbook';
import { benchParams, ensureSampleFile } from './sample';
import { main as cli } from '../src/cli/main';
import { dayToIso } from '../src/core/parse/date';
import { summaryPlan } from '../src/core/plan/summary';
import { summaryOf } from '../src/core/summary/request';
import { writeSummaryOutWhole } from '../src/cli/summaryOut';

const TMP = path.join(__dirname, '..', '..', 'bench', '.tmp');
const TODAY = ymdToDay(2026, 11, 23);
const TARGET_TIME = 0.5;
const TARGET_RSS_MB = 1024;
const TARGET_REGISTER_RSS_MB = 1536;

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1] ?? '';
}

export interface ChildResult { outMb?: number; ms: number; cpuMs: number; readMs?: number; validateMs?: number; rows?: number; issues?: number; rssMb: number }

/** In the child: one measured job, its figures as JSON on stdout. */
async function child(mode: string, file: string): Promise<void> {
  const t0 = performance.now();
  const out: Partial<ChildResult> = {};
  if (mode === 'exceljs') {
    await new ExcelJS.Workbook().xlsx.readFile(file);
  } else if (mode === 'summary-out' || mode === 'summary-out-whole') {
    const target = path.join(TMP, `${path.basename(file, '.xlsx')}.${mode}.xlsx`);
    fs.rmSync(target, { force: true });
    if (mode === 'summary-out') {
      // The command as a user runs it: read, validate, summarise, plan, graft (src/cli/summaryOut.ts).
      const code = await cli(['summary', file, '--year', '2024', '--out', target, '--today', dayToIso(TODAY), '--json', '--lang', 'vi'], { out: () => undefined, err: (e) => process.stderr.write(e) });
      if (code !== 0) throw new Error(`summary --out exited ${code}`);
    } else {
      // The old way: the same command's reading and plan, then the whole workbook through ExcelJS.
      const { input } = await readXlsxFile(file);
      const { result, summary } = summaryOf(input, { year: '2024', currency: 'USD', lang: 'vi', today: TODAY });
      await writeSummaryOutWhole(file, target, false, summaryPlan(summary, result, input, { lang: 'vi', today: TODAY }), 'vi', '');
    }
    out.outMb = fs.statSync(target).size / 2 ** 20;
    fs.rmSync(target, { force: true });
  } else if (mode === 'reader') {
    const { input } = await readXlsxFile(file);
    out.rows = input.sheets.reduce((n, s) => n + s.rows.length, 0);
  } else {
    const loaded = mode === 'exceljs-validate' ? await readWorkbookFile(file) : await readXlsxFile(file);
    const t1 = performance.now();
    const result = validateWorkbook(loaded.input, { lang: 'vi', locale: 'vi', today: TODAY });
    out.readMs = t1 - t0;
    out.validateMs = performance.now() - t1;
    out.rows = result.tables.reduce((n, tb) => n + tb.info.rows, 0);
    out.issues = result.issues.length;
  }
  out.ms = performance.now() - t0;
  const cpu = process.cpuUsage();
  out.cpuMs = (cpu.user + cpu.system) / 1000;
  out.rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

export function runChild(mode: 'exceljs' | 'reader' | 'validate' | 'exceljs-validate' | 'summary-out' | 'summary-out-whole', file: string): ChildResult {
  // ExcelJS needs the heap the main bench gives it; the reader runs with Node's default, as the CLI does.
  const heap = mode.startsWith('exceljs') || mode === 'summary-out-whole' ? ['--max-old-space-size=9216'] : [];
  const r = spawnSync(process.execPath, [...heap, __filename, '--child', mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${mode} failed (${r.status ?? r.signal}): ${r.stderr.split('\n').slice(0, 3).join(' ')}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const range = (xs: number[]): string => (xs.length === 1 ? fmt(xs[0]) : `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`);

/** A register of `rows` aid projects (20 columns), written once with the streaming writer. */
async function ensureRegister(rows: number): Promise<string> {
  const file = path.join(TMP, `register-${rows}.xlsx`);
  if (fs.existsSync(file)) return file;
  const { generateSample } = await import('../src/sample/generate');
  const book = generateSample({ aidProjects: rows, fdiProjects: 0, today: TODAY, plant: false, seed: 7, tranches: [0, 0] });
  const sheet = book.sheets[0];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.partial`, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(sheet.name);
  ws.columns = Array.from({ length: 20 }, (_, c) => ({
    width: 16, style: sheet.dateCols.includes(c) ? { numFmt: 'dd/mm/yyyy' } : sheet.moneyCols.includes(c) ? { numFmt: '#,##0.##' } : {},
  }));
  for (let r = 0; r < sheet.rows.length; r++) {
    const src = sheet.rows[r];
    if (!src) continue;
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      values[c + 1] = v === undefined || v === null || (typeof v === 'object' && !(v instanceof Date)) ? null : v;
    }
    const row = ws.getRow(r + 1);
    row.values = values;
    row.commit();
  }
  ws.commit();
  await wb.commit();
  fs.renameSync(`${file}.partial`, file);
  return file;
}

/** A disbursement register of `rows` rows × 4 columns (id, date, amount, currency), written once with the streaming writer. */
async function ensureDisbursements(rows: number): Promise<string> {
  const file = path.join(TMP, `disbursements-${rows}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(TMP, { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.partial`, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Giải ngân');
  ws.columns = [{ width: 14 }, { width: 14, style: { numFmt: 'dd/mm/yyyy' } }, { width: 16, style: { numFmt: '#,##0.00' } }, { width: 10 }];
  ws.addRow(['Mã dự án', 'Ngày giải ngân', 'Số tiền', 'Loại tiền']).commit();
  const base = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    ws.addRow([`VT-${String(i % 50_000).padStart(5, '0')}`, new Date(base + (i % 900) * 86_400_000), 1000 + (i % 97_931), 'USD']).commit();
  }
  ws.commit();
  await wb.commit();
  fs.renameSync(`${file}.partial`, file);
  return file;
}

function report(ex: ChildResult[], rd: ChildResult[], va: ChildResult[]): void {
  const best = (xs: ChildResult[], k: keyof ChildResult): number => Math.min(...xs.map((x) => x[k] as number));
  const exMs = best(ex, 'ms');
  const vaMs = best(va, 'ms');
  const vaRss = Math.max(...va.map((x) => x.rssMb));
  const exCpu = best(ex, 'cpuMs');
  console.log(`\n| step | wall ms (runs) | CPU ms (runs) | peak RSS MB (runs) | wall, CPU vs ExcelJS read | target |`);
  console.log('|---|---|---|---|---|---|');
  const line = (label: string, xs: ChildResult[], tail: string): void => console.log(`| ${label} | ${range(xs.map((x) => x.ms))} | ${range(xs.map((x) => x.cpuMs))} | `
    + `${range(xs.map((x) => x.rssMb))} | ${(best(xs, 'ms') / exMs).toFixed(2)}×, ${(best(xs, 'cpuMs') / exCpu).toFixed(2)}× | ${tail}`);
  line('A  ExcelJS readFile only', ex, ' |');
  line('streaming reader only (readXlsxFile)', rd, ' |');
  line('validate: reader + validateWorkbook', va, `≤ ${TARGET_TIME}×, ≤ ${TARGET_RSS_MB} MB: `
    + `${vaMs / exMs <= TARGET_TIME && vaRss <= TARGET_RSS_MB ? 'PASS' : 'MISS'} |`);
  console.log(`\nData rows validated: ${fmt(va[0].rows!)}; issues ${fmt(va[0].issues!)} (0 expected on the clean sample).`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1], argv[2]);
  const scale = Number(arg('scale') ?? 1);
  const rounds = Number(arg('rounds') ?? 2);
  const file = path.join(TMP, scale === 1 ? 'bench.xlsx' : `bench-x${scale}.xlsx`);
  await ensureSampleFile(file, benchParams(scale, TODAY));
  console.log(`reader bench — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; ${path.relative(process.cwd(), file)} ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB`);
  const ex: ChildResult[] = [];
  const rd: ChildResult[] = [];
  const va: ChildResult[] = [];
  for (let i = 0; i < rounds; i++) {
    ex.push(runChild('exceljs', file));
    rd.push(runChild('reader', file));
    va.push(runChild('validate', file));
    process.stderr.write(`round ${i + 1}: ExcelJS ${fmt(ex[i].ms)} ms ${fmt(ex[i].rssMb)} MB; reader ${fmt(rd[i].ms)} ms ${fmt(rd[i].rssMb)} MB; `
      + `validate ${fmt(va[i].readMs!)}+${fmt(va[i].validateMs!)} ms ${fmt(va[i].rssMb)} MB\n`);
  }
  if (rounds > 0) report(ex, rd, va);
  if (argv.includes('--exceljs-validate')) {
    const old = runChild('exceljs-validate', file);
    console.log(`Old command (ExcelJS read + validate): ${fmt(old.ms)} ms, peak RSS ${fmt(old.rssMb)} MB.`);
  }
  const sumRows = arg('summary-out');
  if (sumRows) {
    const regFile = await ensureDisbursements(Number(sumRows));
    const size = `${(fs.statSync(regFile).size / 2 ** 20).toFixed(1)} MB`;
    const r = runChild('summary-out', regFile);
    console.log(`summary --out, ${fmt(Number(sumRows))} rows × 4 columns (${size}), grafted: ${fmt(r.ms)} ms (CPU ${fmt(r.cpuMs)} ms), peak RSS ${fmt(r.rssMb)} MB, wrote ${r.outMb!.toFixed(1)} MB.`);
    if (argv.includes('--summary-out-whole')) {
      const w = runChild('summary-out-whole', regFile);
      console.log(`summary --out the old way (whole workbook through ExcelJS): ${fmt(w.ms)} ms (CPU ${fmt(w.cpuMs)} ms), peak RSS ${fmt(w.rssMb)} MB, wrote ${w.outMb!.toFixed(1)} MB.`);
    }
  }
  const reg = arg('register');
  if (reg) {
    const regFile = await ensureRegister(Number(reg));
    const r = runChild('validate', regFile);
    console.log(`Register ${fmt(Number(reg))} rows × 20 columns (${(fs.statSync(regFile).size / 2 ** 20).toFixed(1)} MB): validate ${fmt(r.readMs!)} + ${fmt(r.validateMs!)} ms (CPU ${fmt(r.cpuMs)} ms), `
      + `${fmt(r.rows!)} data rows, peak RSS ${fmt(r.rssMb)} MB (target < ${TARGET_REGISTER_RSS_MB} MB: ${r.rssMb < TARGET_REGISTER_RSS_MB ? 'PASS' : 'MISS'}).`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
