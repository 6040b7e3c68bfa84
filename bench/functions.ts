// `npm run bench` (second part): calls per second of AID.AMOUNT and AID.CHECK, each called the way
// Excel calls a custom function in one cell, next to a baseline run over the same inputs in the same
// process: Number.parseFloat over the same strings (it reads far less, so it is the floor, not a rival).
// Options: --scale 0.1 for a quick look.
import { detectHeader } from '../src/core/detect';
import type { RawValue } from '../src/core/model';
import { ymdToDay } from '../src/core/parse/date';
import { envFor } from '../src/functions/env';
import { aidFunction } from '../src/functions/registry';
import { generateSample } from '../src/sample/generate';

const TODAY = ymdToDay(2026, 11, 23);
const ENV = envFor('vi-VN', TODAY);
const scaleArg = process.argv.indexOf('--scale');
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;

/** Deterministic amounts written the ways registers write them. */
function amountStrings(n: number): string[] {
  let seed = 42;
  const rnd = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const vi = (x: number, d: number): string => x.toFixed(d).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const en = (x: number, d: number): string => x.toFixed(d).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const forms = [
    (x: number): string => vi(x, 0),
    (x: number): string => vi(x, 2),
    (x: number): string => `${en(x, 2)} USD`,
    (x: number): string => `${vi(x / 1e6, 1)} triệu USD`,
    (x: number): string => `khoảng ${vi(x / 1e9, 2)} tỷ đồng`,
    (x: number): string => String(Math.round(x)),
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(forms[i % forms.length](Math.round(rnd() * 5e9)));
  return out;
}

function time(label: string, calls: number, fn: () => number): { label: string; calls: number; ms: number; check: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const check = fn();
  return { label, calls, ms: performance.now() - t0, check };
}

function main(): void {
  const strings = amountStrings(Math.round(200_000 * SCALE));
  const amount = aidFunction('AMOUNT');
  const parseFloatRun = time('Number.parseFloat (baseline)', strings.length, () => {
    let s = 0;
    for (const x of strings) s += Number.parseFloat(x) || 0;
    return s;
  });
  const amountRun = time('AID.AMOUNT, one cell per call', strings.length, () => {
    let s = 0;
    for (const x of strings) s += Number(amount.run([[[x]], null], ENV)[0][0]) || 0;
    return s;
  });
  const amountRange = time('AID.AMOUNT, whole column in one call', strings.length, () => {
    let s = 0;
    for (const r of amount.run([strings.map((x) => [x]), null], ENV)) s += Number(r[0]) || 0;
    return s;
  });

  const book = generateSample({ aidProjects: Math.max(1000, Math.round(20_000 * SCALE)), fdiProjects: 10, today: TODAY, plant: true });
  const sheet = book.sheets.find((s) => detectHeader({ name: s.name, rows: s.rows })?.def.kind === 'aid-projects')!;
  const head = detectHeader({ name: sheet.name, rows: sheet.rows })!;
  const headerRow = sheet.rows[head.row] as RawValue[];
  const width = headerRow.length;
  const rows = sheet.rows.slice(head.row + 1).filter((r) => r.length > 0).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  const check = aidFunction('CHECK');
  const checkRun = time('AID.CHECK, one row per call', rows.length, () => {
    let problems = 0;
    for (const r of rows) if (check.run([[r], 'aid-projects', [headerRow]], ENV)[0][0] !== '') problems++;
    return problems;
  });
  const rowStrings = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const checkBase = time('Number.parseFloat over the same cells (baseline)', rows.length, () => {
    let s = 0;
    for (const r of rowStrings) for (const v of r) s += Number.parseFloat(v) || 0;
    return s;
  });

  const line = (r: ReturnType<typeof time>, base?: ReturnType<typeof time>): string => {
    const perSec = r.calls / (r.ms / 1000);
    const ratio = base ? `  ${(r.ms / base.ms).toFixed(1)}× the baseline's time` : '';
    return `${r.label.padEnd(50)} ${r.calls.toLocaleString('en-US').padStart(9)} calls ${r.ms.toFixed(0).padStart(7)} ms ${Math.round(perSec).toLocaleString('en-US').padStart(12)} calls/s${ratio}`;
  };
  console.log(`\nCustom functions (${strings.length.toLocaleString('en-US')} amount strings, ${rows.length.toLocaleString('en-US')} aid-project rows with planted problems)`);
  console.log(line(parseFloatRun));
  console.log(line(amountRun, parseFloatRun));
  console.log(line(amountRange, parseFloatRun));
  console.log(line(checkBase));
  console.log(line(checkRun, checkBase));
  console.log(`AID.CHECK flagged ${checkRun.check} of ${rows.length} rows.`);
}

main();
