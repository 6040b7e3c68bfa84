// `npm run bench`: validates and summarises a large clean sample (100k aid projects, ~300k
// disbursements, 20k FDI projects) and times it against two baselines run in the same process:
//   A. ExcelJS only reading the same file;
//   B. ajv validating the same rows, as objects, against an equivalent JSON schema.
// Targets: the whole `validate` command ≤ 1.5× A; the engine's row validation ≤ 2× B.
// Options: --scale 0.1 (smaller sample, for a quick look), --profile always|miss|never (default miss).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import type { EngineOptions, Issue, ValidationResult, WorkbookInput } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { parsePeriod, summarise } from '../src/core/summary';
import { validateWorkbook } from '../src/core/validate';
import { readWorkbookFile, workbookToInput } from '../src/excel/readWorkbook';
import { compileAjv, rowsAsObjects } from './ajvBaseline';
import { profile, type ProfileResult } from './profile';
import { ensureSampleFile } from './sample';

const HEAP_MB = 9216;
const TMP = path.join(__dirname, '..', '..', 'bench', '.tmp');
const TODAY = ymdToDay(2026, 11, 23);
const ENGINE_OPTS: EngineOptions = { lang: 'vi', locale: 'vi', today: TODAY }; // as `aidledger validate` passes them
const TARGET_CMD = 1.5;
const TARGET_ROWS = 2;

const gc = (): void => { (globalThis as { gc?: () => void }).gc?.(); };
const now = (): number => performance.now();

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}

/** The in-memory ExcelJS workbook of this sample needs more than Node's default heap: rerun with more. */
function ensureHeap(): void {
  if (process.env.AIDLEDGER_BENCH_CHILD || v8.getHeapStatistics().heap_size_limit >= (HEAP_MB - 512) * 2 ** 20) return;
  const r = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit', env: { ...process.env, AIDLEDGER_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

interface Line { step: string; rows: number; ms: number; base?: string; ratio?: number; target?: number }

const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
function table(lines: Line[]): string {
  const head = ['step', 'rows', 'ms', 'rows/s', 'ratio', 'target', 'verdict'];
  const body = lines.map((l) => [
    l.step, fmtInt(l.rows), fmtInt(l.ms), fmtInt(l.rows / (l.ms / 1000)),
    l.ratio === undefined ? '' : `${l.ratio.toFixed(2)}× ${l.base}`,
    l.target === undefined ? '' : `≤ ${l.target.toFixed(2)}×`,
    l.target === undefined || l.ratio === undefined ? '' : l.ratio <= l.target ? 'PASS' : 'MISS',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const row = (cells: string[]): string => cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [row(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(row)].join('\n');
}

function printProfile(title: string, p: ProfileResult): void {
  console.log(`\nCPU profile: ${title} (${fmtInt(p.totalMs)} ms sampled${p.saved ? `; ${path.relative(process.cwd(), p.saved)}` : ''})`);
  console.log('  top self time, functions:');
  for (const f of p.functions.slice(0, 10)) {
    console.log(`    ${(f.share * 100).toFixed(1).padStart(5)}%  ${fmtInt(f.ms).padStart(7)} ms  ${f.name}  ${f.where}`);
  }
  console.log('  top self time, files:');
  for (const f of p.files.slice(0, 6)) console.log(`    ${(f.share * 100).toFixed(1).padStart(5)}%  ${fmtInt(f.ms).padStart(7)} ms  ${f.name}`);
}

function issueReport(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'Issues found: 0 (clean sample, as expected)';
  const byRule = new Map<string, { n: number; first: Issue }>();
  for (const i of issues) {
    const e = byRule.get(i.rule);
    if (e) e.n++; else byRule.set(i.rule, { n: 1, first: i });
  }
  const top = [...byRule.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, 8);
  return [`Issues found: ${fmtInt(issues.length)} on a clean sample — BUG SIGNAL. Top rules:`,
    ...top.map(([rule, { n, first }]) => `  ${rule.padEnd(9)} ${fmtInt(n).padStart(8)}  e.g. ${first.sheet}!${first.cell ?? '-'}: ${first.message}`)].join('\n');
}

async function main(): Promise<void> {
  ensureHeap();
  const scale = Number(arg('scale') ?? 1);
  const profileMode = arg('profile') ?? 'miss';
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  const params = {
    aidProjects: Math.round(100_000 * scale), fdiProjects: Math.round(20_000 * scale), today: TODAY, plant: false,
    seed: 20240601, tranches: [1, 5] as [number, number],
  };
  const file = path.join(TMP, scale === 1 ? 'bench.xlsx' : `bench-x${scale}.xlsx`);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`aidledger bench — node ${process.version}, ${os.cpus().length} × ${cpu}, heap limit ${fmtInt(v8.getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);

  const sample = await ensureSampleFile(file, params);
  console.log(`Sample: ${path.relative(process.cwd(), file)}, ${(sample.bytes / 2 ** 20).toFixed(1)} MB, `
    + (sample.writeMs === null ? 'reused' : `generated and written in ${fmtInt(sample.writeMs)} ms`));

  // ---- Baseline A: ExcelJS only reading the file ----
  const readA: number[] = [];
  for (let i = 0; i < 2; i++) {
    gc();
    const t0 = now();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    readA.push(now() - t0);
  }
  const aMs = Math.min(...readA);

  // ---- The `validate` command as the CLI runs it: readWorkbookFile + validateWorkbook ----
  let input: WorkbookInput | null = null;
  let result: ValidationResult | null = null;
  let workbook: ExcelJS.Workbook | null = null;
  const cmd: { read: number; validate: number }[] = [];
  for (let i = 0; i < 2; i++) {
    input = null; result = null; workbook = null;
    gc();
    const t0 = now();
    const loaded = await readWorkbookFile(file);
    const t1 = now();
    const res = validateWorkbook(loaded.input, ENGINE_OPTS);
    const t2 = now();
    cmd.push({ read: t1 - t0, validate: t2 - t1 });
    ({ input, workbook } = loaded);
    result = res;
  }
  if (!input || !result || !workbook) throw new Error('unreachable');
  gc();
  let t = now();
  workbookToInput(workbook);
  const toInputMs = now() - t;
  const cmdTotal = Math.min(...cmd.map((c) => c.read + c.validate));
  const cmdRead = Math.min(...cmd.map((c) => c.read));
  const cmdValidate = Math.min(...cmd.map((c) => c.validate));

  const rows = result.tables.reduce((n, tb) => n + tb.info.rows, 0);
  const perTable = result.tables.map((tb) => `${tb.info.kind} ${fmtInt(tb.info.rows)}`).join(', ');
  console.log(`Data rows: ${fmtInt(rows)} (${perTable})`);

  // ---- Engine row validation vs Baseline B (ajv) on the same in-memory rows ----
  const engine: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc();
    t = now();
    validateWorkbook(input, ENGINE_OPTS);
    engine.push(now() - t);
  }
  const objects = rowsAsObjects(input, result.tables);
  const ajvRows = objects.reduce((n, o) => n + o.objects.length, 0);
  const ajv = compileAjv();
  const ajvTimes: number[] = [];
  let ajvInvalid = 0;
  for (let i = 0; i < 3; i++) {
    gc();
    t = now();
    ajvInvalid = ajv.run(objects);
    ajvTimes.push(now() - t);
  }
  const engineMs = Math.min(...engine);
  const ajvMs = Math.min(...ajvTimes);

  // ---- Summary ----
  const period = parsePeriod({ year: 2024 }, TODAY);
  const sumTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    gc();
    t = now();
    summarise(result.tables, { period, currency: 'USD' });
    sumTimes.push(now() - t);
  }
  const s = summarise(result.tables, { period, currency: 'USD' });

  const lines: Line[] = [
    { step: 'A  ExcelJS readFile only (best of 2)', rows, ms: aMs },
    { step: 'validate: readWorkbookFile (read+toInput)', rows, ms: cmdRead, base: 'A', ratio: cmdRead / aMs },
    { step: '  of which workbookToInput', rows, ms: toInputMs, base: 'A', ratio: toInputMs / aMs },
    { step: 'validate: validateWorkbook', rows, ms: cmdValidate, base: 'A', ratio: cmdValidate / aMs },
    { step: 'validate command total (best of 2)', rows, ms: cmdTotal, base: 'A', ratio: cmdTotal / aMs, target: TARGET_CMD },
    { step: 'B  ajv, rows as objects (best of 3)', rows: ajvRows, ms: ajvMs },
    { step: 'engine validateWorkbook(input) (best of 3)', rows, ms: engineMs, base: 'B', ratio: engineMs / ajvMs, target: TARGET_ROWS },
    { step: 'summarise year 2024, USD (best of 3)', rows, ms: Math.min(...sumTimes) },
  ];
  console.log(`\n${table(lines)}`);
  console.log(`\nA: ExcelJS unzips and parses the XML into an in-memory workbook; nothing else.`);
  console.log('validate: what `aidledger validate` does before printing: read, convert to WorkbookInput, validateWorkbook.');
  console.log('B: ajv checks JSON type, required keys and exact enum membership of raw cells; objects built outside timing.');
  console.log('engine: detects headers, classifies rows, parses amounts/dates/text, NFC and tone-insensitive code-list');
  console.log('        matching, legacy-font and spacing checks, row rules, duplicate ids, cross-register checks, issue sorting.');
  console.log(`ajv invalid rows: ${fmtInt(ajvInvalid)} of ${fmtInt(ajvRows)}${ajvInvalid ? ' (schema or sample mismatch: check bench/ajvBaseline.ts)' : ''}`);
  console.log(issueReport(result.issues));
  console.log(`Summary 2024: aid ${fmtInt(s.aid.committed)} USD committed, ${fmtInt(s.aid.disbursed)} USD disbursed; FDI total ${fmtInt(s.fdi.total)} USD`);
  console.log(`Runs (ms): A ${readA.map(fmtInt).join(' / ')}; validate ${cmd.map((c) => `${fmtInt(c.read)}+${fmtInt(c.validate)}`).join(' / ')}; `
    + `engine ${engine.map(fmtInt).join(' / ')}; ajv ${ajvTimes.map(fmtInt).join(' / ')}`);

  const missRows = engineMs / ajvMs > TARGET_ROWS;
  const missCmd = cmdTotal / aMs > TARGET_CMD;
  const results = {
    date: new Date().toISOString(), node: process.version, cpu, params, fileBytes: sample.bytes, rows,
    ms: { excelRead: readA, cmd, toInput: toInputMs, engine, ajv: ajvTimes, summarise: sumTimes },
    ratios: { cmdVsExcel: cmdTotal / aMs, engineVsAjv: engineMs / ajvMs }, issues: result.issues.length, ajvInvalid,
  };
  fs.writeFileSync(path.join(TMP, 'last-run.json'), `${JSON.stringify(results, null, 2)}\n`);

  if (profileMode !== 'never' && (missRows || profileMode === 'always')) {
    gc();
    const inp = input;
    printProfile('engine validateWorkbook(input)', await profile(() => validateWorkbook(inp, ENGINE_OPTS), path.join(TMP, 'validate.cpuprofile')));
  }
  if (profileMode !== 'never' && (missCmd || profileMode === 'always')) {
    input = null; result = null; workbook = null;
    gc();
    printProfile('validate command (readWorkbookFile + validateWorkbook)', await profile(async () => {
      const loaded = await readWorkbookFile(file);
      validateWorkbook(loaded.input, ENGINE_OPTS);
    }, path.join(TMP, 'command.cpuprofile')));
  }
  console.log(`\nPeak RSS ${fmtInt(process.resourceUsage().maxRSS / 1024)} MB`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
