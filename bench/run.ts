// `npm run bench`: validates and summarises a large clean sample (100k aid projects, ~300k
// disbursements, 20k FDI projects) and times it against two baselines run in the same process:
//   A. ExcelJS only reading the same file;
//   B. ajv validating the same rows, as objects, against an equivalent JSON schema.
// Targets: the whole `validate` command ≤ 1.5× A; the engine's row validation ≤ 2× B.
// See bench/README.md for what each step times and how the comparison is made fair.
// Options: --scale 0.1 (smaller sample, for a quick look), --profile always|miss|never (default miss).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import type { EngineOptions, Issue, ParsedTable, ValidationResult, WorkbookInput } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { parsePeriod, summarise, type Period, type Summary } from '../src/core/summary';
import { validateWorkbook } from '../src/core/validate';
import { forgetSharedFacts } from '../src/core/validate/engine/cleanCells';
import { readWorkbookFile, workbookToInput } from '../src/excel/exceljs/readWorkbook';
import { readXlsxFile } from '../src/excel/xlsx/node';
import { compileAjv, rowsAsObjects, type AjvRows } from './ajvBaseline';
import { profile, type ProfileResult } from './profile';
import { benchParams, ensureSampleFile } from './sample';
import { runChild } from './reader';
import { collectAndSettle } from './settle';

const HEAP_MB = 9216;
const TMP = path.join(__dirname, '..', '..', 'bench', '.tmp');
const TODAY = ymdToDay(2026, 11, 23);
const ENGINE_OPTS: EngineOptions = { lang: 'vi', locale: 'vi', today: TODAY }; // as `aidledger validate` passes them
const TARGET_CMD = 1.5;
const TARGET_ROWS = 2;
/**
 * Engine and ajv runs, interleaved; the best of each is compared. Five, not three: on a shared
 * machine a run can take twice its time (ajv 139–519 ms on the same rows in one day), and the best
 * of three was often a slow run of one side against a fast run of the other.
 */
const ENGINE_ROUNDS = 5;

/**
 * Before each timed run: start the engine's shared memos cold (as a CLI process does), collect
 * garbage, and wait for the collector's background sweep to end (settle.ts).
 */
const gc = (): Promise<number> => collectAndSettle(forgetSharedFacts);
const now = (): number => performance.now();

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}

/** The run holds an ExcelJS workbook of this sample (~2 GB) while allocating: rerun with heap headroom. */
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

const T0 = now();
/** Progress on stderr, so stdout keeps only the report. */
const progress = (msg: string): void => { process.stderr.write(`[${((now() - T0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`); };

/**
 * summarise, timed. If it throws (rowsOf spreads a whole table into push(), which overflows the stack
 * beyond ~120k rows), the error is reported and the same rows are timed again as 50k-row tables of the
 * same kind, which rowsOf concatenates: identical input to the summary code, minus the crash.
 */
async function timeSummary(tables: readonly ParsedTable[], period: Period): Promise<{ times: number[]; error: string | null; s: Summary }> {
  const run = async (tbs: readonly ParsedTable[]): Promise<{ times: number[]; s: Summary }> => {
    const times: number[] = [];
    let s: Summary | null = null;
    for (let i = 0; i < 3; i++) {
      await gc();
      const t = now();
      s = summarise(tbs as ParsedTable[], { period, currency: 'USD' });
      times.push(now() - t);
    }
    return { times, s: s! };
  };
  try {
    return { ...(await run(tables)), error: null };
  } catch (e) {
    const error = e instanceof Error ? `${e.name}: ${e.message} (${(e.stack ?? '').split('\n')[1]?.trim() ?? ''})` : String(e);
    const CHUNK = 50_000;
    const split = tables.flatMap((tb) => {
      const parts: ParsedTable[] = [];
      for (let i = 0; i < Math.max(1, tb.rows.length); i += CHUNK) parts.push({ ...tb, rows: tb.rows.slice(i, i + CHUNK) });
      return parts;
    });
    return { ...(await run(split)), error };
  }
}

/**
 * Results kept between steps live here, not in main's locals: a suspended async frame can keep stale
 * references to a previous round's workbook alive, which would tax the next read with a bigger heap.
 */
const kept: { input: WorkbookInput | null; result: ValidationResult | null; workbook: ExcelJS.Workbook | null } = {
  input: null, result: null, workbook: null,
};

async function timeBareRead(file: string): Promise<number> {
  const t0 = now();
  await new ExcelJS.Workbook().xlsx.readFile(file);
  return now() - t0;
}

/** `aidledger validate` minus the printing; keeps the input and result in `kept`. */
async function timeCommand(file: string): Promise<{ read: number; validate: number }> {
  const t0 = now();
  const loaded = await readWorkbookFile(file);
  const t1 = now();
  const res = validateWorkbook(loaded.input, ENGINE_OPTS);
  const t2 = now();
  kept.input = loaded.input; kept.workbook = loaded.workbook; kept.result = res;
  return { read: t1 - t0, validate: t2 - t1 };
}

async function main(): Promise<void> {
  ensureHeap();
  const scale = Number(arg('scale') ?? 1);
  const profileMode = arg('profile') ?? 'miss';
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  const params = benchParams(scale, TODAY);
  const file = path.join(TMP, scale === 1 ? 'bench.xlsx' : `bench-x${scale}.xlsx`);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`aidledger bench — node ${process.version}, ${os.cpus().length} × ${cpu}, heap limit ${fmtInt(v8.getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);

  progress('sample');
  const sample = await ensureSampleFile(file, params);
  console.log(`Sample: ${path.relative(process.cwd(), file)}, ${(sample.bytes / 2 ** 20).toFixed(1)} MB, `
    + (sample.writeMs === null ? 'reused' : `generated and written in ${fmtInt(sample.writeMs)} ms`));

  // Two rounds, each: Baseline A (ExcelJS only reading the file), then the `validate` command as the
  // CLI runs it (readWorkbookFile + validateWorkbook). Interleaved so that drift hits both alike.
  const readA: number[] = [];
  const cmd: { read: number; validate: number }[] = [];
  for (let i = 0; i < 2; i++) {
    kept.input = null; kept.result = null; kept.workbook = null;
    await gc();
    readA.push(await timeBareRead(file));
    progress(`A: ExcelJS read ${fmtInt(readA[i])} ms`);
    await gc();
    cmd.push(await timeCommand(file));
    progress(`validate command: read ${fmtInt(cmd[i].read)} ms + validate ${fmtInt(cmd[i].validate)} ms`);
  }
  // The ExcelJS input and result stay in `kept` only, so that releasing them there frees them.
  if (!kept.input || !kept.result || !kept.workbook) throw new Error('unreachable');
  await gc();
  const t = now();
  workbookToInput(kept.workbook);
  const toInputMs = now() - t;
  kept.workbook = null; // input.font still holds the worksheets, as in the CLI
  const aMs = Math.min(...readA);
  const cmdTotal = Math.min(...cmd.map((c) => c.read + c.validate));
  const cmdRead = Math.min(...cmd.map((c) => c.read));
  const cmdValidate = Math.min(...cmd.map((c) => c.validate));

  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const ajv = compileAjv();
  /** Engine and ajv on the same rows, `rounds` runs of each, interleaved, each after a settled collection. */
  const engineAgainstAjv = async (on: WorkbookInput, objects: AjvRows[], rounds: number): Promise<{ engine: number[]; ajv: number[]; invalid: number }> => {
    const engineTimes: number[] = [];
    const ajvTimes: number[] = [];
    let invalid = 0;
    for (let i = 0; i < rounds; i++) {
      await gc();
      const t0 = now();
      validateWorkbook(on, ENGINE_OPTS);
      engineTimes.push(now() - t0);
      await gc();
      const t1 = now();
      invalid = ajv.run(objects);
      ajvTimes.push(now() - t1);
    }
    return { engine: engineTimes, ajv: ajvTimes, invalid };
  };

  // First, as measured before 2026-12-06: the rows ExcelJS read, with its ~2 GB workbook alive
  // (input.font holds the worksheets). The CLI worked that way before its streaming reader.
  const old = await engineAgainstAjv(kept.input, rowsAsObjects(kept.input, kept.result.tables), 3);
  progress(`on ExcelJS's rows: engine ${old.engine.map(fmtInt).join(' / ')} ms; ajv ${old.ajv.map(fmtInt).join(' / ')} ms`);

  // Then as `aidledger validate` runs now: the rows its streaming reader gives (src/excel/xlsx), no
  // ExcelJS workbook in the heap. The target is judged here.
  kept.input = null; kept.result = null; kept.workbook = null;
  await gc();
  const cliInput = (await readXlsxFile(file)).input;
  const cliResult = validateWorkbook(cliInput, ENGINE_OPTS);
  const rows = cliResult.tables.reduce((n, tb) => n + tb.info.rows, 0);
  const perTable = cliResult.tables.map((tb) => `${tb.info.kind} ${fmtInt(tb.info.rows)}`).join(', ');
  console.log(`Data rows: ${fmtInt(rows)} (${perTable})`);
  const objects = rowsAsObjects(cliInput, cliResult.tables);
  const ajvRows = objects.reduce((n, o) => n + o.objects.length, 0);
  const cur = await engineAgainstAjv(cliInput, objects, ENGINE_ROUNDS);
  const engine = cur.engine;
  const ajvTimes = cur.ajv;
  const ajvInvalid = cur.invalid;
  progress(`engine validateWorkbook(input) ${engine.map(fmtInt).join(' / ')} ms; ajv ${ajvTimes.map(fmtInt).join(' / ')} ms`);
  const engineMs = Math.min(...engine);
  const ajvMs = Math.min(...ajvTimes);
  const oldEngineMs = Math.min(...old.engine);
  const oldAjvMs = Math.min(...old.ajv);

  const period = parsePeriod({ year: 2024 }, TODAY);
  const sum = await timeSummary(cliResult.tables, period);
  progress(`summarise ${sum.times.map(fmtInt).join(' / ')} ms`);

  const lines: Line[] = [
    { step: 'A  ExcelJS readFile only (best of 2)', rows, ms: aMs },
    { step: 'validate: readWorkbookFile (read+toInput)', rows, ms: cmdRead, base: 'A', ratio: cmdRead / aMs },
    { step: '  of which workbookToInput', rows, ms: toInputMs, base: 'A', ratio: toInputMs / aMs },
    { step: 'validate: validateWorkbook', rows, ms: cmdValidate, base: 'A', ratio: cmdValidate / aMs },
    { step: 'validate command total (best of 2)', rows, ms: cmdTotal, base: 'A', ratio: cmdTotal / aMs, target: TARGET_CMD },
    { step: `B  ajv, rows as objects (best of ${ENGINE_ROUNDS})`, rows: ajvRows, ms: ajvMs },
    { step: `engine validateWorkbook(input) (best of ${ENGINE_ROUNDS})`, rows, ms: engineMs, base: 'B', ratio: engineMs / ajvMs, target: TARGET_ROWS },
    { step: "  B on ExcelJS's rows, workbook alive (best of 3)", rows: ajvRows, ms: oldAjvMs },
    { step: "  engine on the same (best of 3)", rows, ms: oldEngineMs, base: 'B*', ratio: oldEngineMs / oldAjvMs },
    { step: `summarise year 2024, USD (best of 3)${sum.error ? ' *' : ''}`, rows, ms: Math.min(...sum.times) },
  ];
  console.log(`\n${table(lines)}`);
  console.log(`\nengine ÷ ajv by medians: ${fmtInt(median(engine))} ÷ ${fmtInt(median(ajvTimes))} ms = ${(median(engine) / median(ajvTimes)).toFixed(2)}× (the verdict compares the bests)`);
  console.log(`A: ExcelJS unzips and parses the XML into an in-memory workbook; nothing else.`);
  console.log('validate: read with ExcelJS, convert to WorkbookInput, validateWorkbook: the CLI\'s way before its streaming reader,');
  console.log('          kept for comparison with earlier runs; the CLI\'s own way is timed at the end (streaming reader).');
  console.log('B: ajv checks JSON type, required keys and exact enum membership of raw cells; objects built outside timing.');
  console.log('engine: detects headers, classifies rows, parses amounts/dates/text, NFC and tone-insensitive code-list');
  console.log('        matching, legacy-font and spacing checks, row rules, duplicate ids, cross-register checks, issue sorting.');
  if (sum.error) {
    console.log(`* summarise(result.tables) THREW ${sum.error} — BUG SIGNAL; timed instead on the same rows split into`);
    console.log('  50k-row tables of the same kind (rowsOf concatenates them), so the figure is the summary code itself.');
  }
  console.log(`ajv invalid rows: ${fmtInt(ajvInvalid)} of ${fmtInt(ajvRows)}${ajvInvalid ? ' (schema or sample mismatch: check bench/ajvBaseline.ts)' : ''}`);
  console.log(issueReport(cliResult.issues));
  console.log(`Summary 2024: aid ${fmtInt(sum.s.aid.committed)} USD committed, ${fmtInt(sum.s.aid.disbursed ?? 0)} USD disbursed; FDI total ${fmtInt(sum.s.fdi.total)} USD`);
  console.log(`Runs (ms): A ${readA.map(fmtInt).join(' / ')}; validate ${cmd.map((c) => `${fmtInt(c.read)}+${fmtInt(c.validate)}`).join(' / ')}; `
    + `engine ${engine.map(fmtInt).join(' / ')}; ajv ${ajvTimes.map(fmtInt).join(' / ')}; summarise ${sum.times.map(fmtInt).join(' / ')}`);

  const missRows = engineMs / ajvMs > TARGET_ROWS;
  const missCmd = cmdTotal / aMs > TARGET_CMD;
  const results: Record<string, unknown> = {
    date: new Date().toISOString(), node: process.version, cpu, params, fileBytes: sample.bytes, rows,
    ms: { excelRead: readA, cmd, toInput: toInputMs, engine, ajv: ajvTimes, engineExcelJsRows: old.engine, ajvExcelJsRows: old.ajv, summarise: sum.times },
    ratios: { cmdVsExcel: cmdTotal / aMs, engineVsAjv: engineMs / ajvMs, engineVsAjvExcelJsRows: oldEngineMs / oldAjvMs }, issues: cliResult.issues.length, ajvInvalid, summaryError: sum.error,
  };
  fs.writeFileSync(path.join(TMP, 'last-run.json'), `${JSON.stringify(results, null, 2)}\n`);

  const wantCmd = profileMode === 'always' || (profileMode === 'miss' && missCmd);
  const wantRows = profileMode === 'always' || (profileMode === 'miss' && missRows);
  if (wantCmd) {
    // One profile of the whole command; its validateWorkbook subtree is the engine's own profile.
    kept.input = null; kept.result = null; // the detached input and the result stay: ~1 GB, well within budget
    await gc();
    progress('profiling the validate command');
    const p = await profile(async () => {
      const loaded = await readWorkbookFile(file);
      validateWorkbook(loaded.input, ENGINE_OPTS);
    }, path.join(TMP, 'command.cpuprofile'), 'validateWorkbook');
    printProfile('validate command (readWorkbookFile + validateWorkbook)', p);
    if (wantRows && p.focus) printProfile('engine validateWorkbook part of the same profile', p.focus);
  } else if (wantRows) {
    await gc();
    progress('profiling validateWorkbook');
    const inp = cliInput;
    printProfile('engine validateWorkbook(input)', await profile(() => validateWorkbook(inp, ENGINE_OPTS), path.join(TMP, 'validate.cpuprofile')));
  }
  const peakMb = process.resourceUsage().maxRSS / 1024;
  // The streaming reader (src/excel/xlsx), validating the same file in a child process of its own so
  // that its peak RSS is its own; compared with A above (same run) and with this process's peak.
  progress('streaming reader: validate in a child process');
  const streamed = runChild('validate', file);
  const ratio = streamed.ms / aMs;
  console.log(`\nStreaming reader (src/excel/xlsx), child process with Node's default heap: validate ${fmtInt(streamed.ms)} ms `
    + `(read ${fmtInt(streamed.readMs ?? 0)} + validateWorkbook ${fmtInt(streamed.validateMs ?? 0)}) = ${ratio.toFixed(2)}× A (target ≤ 0.50×: ${ratio <= 0.5 ? 'PASS' : 'MISS'}); `
    + `peak RSS ${fmtInt(streamed.rssMb)} MB (target ≤ 1,024 MB: ${streamed.rssMb <= 1024 ? 'PASS' : 'MISS'}) against ${fmtInt(peakMb)} MB for this process (ExcelJS read + engine).`);
  results.reader = { validateMs: streamed.ms, readMs: streamed.readMs, cpuMs: streamed.cpuMs, rssMb: streamed.rssMb, ratioVsExcel: ratio };
  // summary --out as the CLI runs it (read, validate, summarise, the sheet grafted into the input's
  // package: src/cli/summaryOut.ts), in a child process with Node's default heap, against A.
  progress('summary --out: grafted, in a child process');
  const grafted = runChild('summary-out', file);
  console.log(`summary --out (the sheet grafted into the input, src/cli/summaryOut.ts), child process with Node's default heap: ${fmtInt(grafted.ms)} ms `
    + `= ${(grafted.ms / aMs).toFixed(2)}× A; peak RSS ${fmtInt(grafted.rssMb)} MB; wrote ${(grafted.outMb ?? 0).toFixed(1)} MB.`);
  results.summaryOut = { ms: grafted.ms, cpuMs: grafted.cpuMs, rssMb: grafted.rssMb, ratioVsExcel: grafted.ms / aMs };
  fs.writeFileSync(path.join(TMP, 'last-run.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nPeak RSS ${fmtInt(peakMb)} MB; wall time ${((now() - T0) / 1000).toFixed(0)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
