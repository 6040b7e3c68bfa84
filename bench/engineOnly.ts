// `npm run bench` (second part): the engine and ajv on the same rows in a process that holds nothing
// but those rows. run.ts times both next to the ExcelJS workbook the CLI keeps (about 2 GB), where
// each runs slower than here (reading cells scattered over a big heap); this run shows whether the
// ratio owes anything to that. As there, each timed run follows a settled collection (settle.ts).
// Options: --scale 0.1 for a quick look.
import type { RawValue, WorkbookInput } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { validateWorkbook } from '../src/core/validate';
import { forgetSharedFacts } from '../src/core/validate/engine/cleanCells';
import { generateSample } from '../src/sample/generate';
import { compileAjv, rowsAsObjects } from './ajvBaseline';
import { benchParams } from './sample';
import { collectAndSettle } from './settle';

const TODAY = ymdToDay(2026, 11, 23);
const RUNS = 7;
const scaleArg = process.argv.indexOf('--scale');
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;

const gc = (): Promise<number> => collectAndSettle(forgetSharedFacts);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (ms: number): string => Math.round(ms).toLocaleString('en-US');

/** The rows with one string per distinct text, in a copy. */
function asSharedStrings(rows: readonly (readonly RawValue[])[]): RawValue[][] {
  const shared = new Map<string, string>();
  const one = (v: RawValue): RawValue => {
    if (typeof v !== 'string') return v;
    const known = shared.get(v);
    if (known !== undefined) return known;
    shared.set(v, v);
    return v;
  };
  return rows.map((row) => row.map(one));
}

async function main(): Promise<void> {
  // The same rows as the bench file, straight from the generator (which writes dates as serials),
  // with each distinct text made one string, as reading the file makes it: an .xlsx keeps its texts
  // in one shared-strings table, and ExcelJS reads each entry into one string, which every cell
  // showing that text then holds. The generator's rows hold a string of their own in nearly every
  // cell instead, which neither the file nor the CLI ever gives the engine.
  const book = generateSample(benchParams(SCALE, TODAY));
  const input: WorkbookInput = { sheets: book.sheets.map((s) => ({ name: s.name, rows: asSharedStrings(s.rows) })) };
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
    await gc();
    let t = performance.now();
    validateWorkbook(input, opts);
    engine.push(performance.now() - t);
    await gc();
    t = performance.now();
    invalid = ajv.run(objects);
    base.push(performance.now() - t);
  }
  console.log(`\nEngine and ajv in a process holding only the rows (${rows.toLocaleString('en-US')} data rows, ${RUNS} runs each, interleaved)`);
  console.log(`ajv          best ${fmt(Math.min(...base)).padStart(5)} ms  median ${fmt(median(base)).padStart(5)} ms`);
  console.log(`runs: engine ${engine.map(fmt).join(' ')}; ajv ${base.map(fmt).join(' ')}`);
  console.log(`engine       best ${fmt(Math.min(...engine)).padStart(5)} ms  median ${fmt(median(engine)).padStart(5)} ms`);
  console.log(`engine/ajv   best ${(Math.min(...engine) / Math.min(...base)).toFixed(2)}×    median ${(median(engine) / median(base)).toFixed(2)}×  (the target, ≤ 2×, is judged in the table above)`);
  console.log(`Issues on the clean sample: ${first.issues.length}; rows ajv rejects: ${invalid}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
