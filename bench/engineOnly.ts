// `npm run bench` (second part): the engine and ajv on the same rows in a process that holds nothing
// but those rows. run.ts times both next to the ExcelJS workbook the CLI keeps (about 2 GB), where
// each runs slower than here (reading cells scattered over a big heap, and sweeping it after the
// collection forced before each timed run); this run shows whether the ratio owes anything to that.
// Options: --scale 0.1 for a quick look.
import type { WorkbookInput } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { validateWorkbook } from '../src/core/validate';
import { forgetSharedFacts } from '../src/core/validate/cleanCells';
import { generateSample } from '../src/sample/generate';
import { compileAjv, rowsAsObjects } from './ajvBaseline';
import { benchParams } from './sample';

const TODAY = ymdToDay(2026, 11, 23);
const RUNS = 7;
const scaleArg = process.argv.indexOf('--scale');
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;

const gc = (): void => { forgetSharedFacts(); (globalThis as { gc?: () => void }).gc?.(); };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (ms: number): string => Math.round(ms).toLocaleString('en-US');

function main(): void {
  // The same rows as the bench file, straight from the generator (which writes dates as serials).
  const book = generateSample(benchParams(SCALE, TODAY));
  const input: WorkbookInput = { sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows })) };
  const opts = { lang: 'vi' as const, locale: 'vi' as const, today: TODAY };
  const first = validateWorkbook(input, opts);
  const rows = first.tables.reduce((n, t) => n + t.info.rows, 0);
  const objects = rowsAsObjects(input, first.tables);
  const ajv = compileAjv();
  const engine: number[] = [];
  const base: number[] = [];
  let invalid = 0;
  // Interleaved, so that drift in the machine's speed hits both alike.
  for (let i = 0; i < RUNS; i++) {
    gc();
    let t = performance.now();
    validateWorkbook(input, opts);
    engine.push(performance.now() - t);
    gc();
    t = performance.now();
    invalid = ajv.run(objects);
    base.push(performance.now() - t);
  }
  console.log(`\nEngine and ajv in a process holding only the rows (${rows.toLocaleString('en-US')} data rows, ${RUNS} runs each, interleaved)`);
  console.log(`ajv          best ${fmt(Math.min(...base)).padStart(5)} ms  median ${fmt(median(base)).padStart(5)} ms`);
  console.log(`engine       best ${fmt(Math.min(...engine)).padStart(5)} ms  median ${fmt(median(engine)).padStart(5)} ms`);
  console.log(`engine/ajv   best ${(Math.min(...engine) / Math.min(...base)).toFixed(2)}×    median ${(median(engine) / median(base)).toFixed(2)}×  (the target, ≤ 2×, is judged in the table above)`);
  console.log(`Issues on the clean sample: ${first.issues.length}; rows ajv rejects: ${invalid}`);
}

main();
