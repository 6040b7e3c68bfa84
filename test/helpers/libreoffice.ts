// Headless LibreOffice as an independent spreadsheet engine: recalculate an .xlsx and read the results back.
//
// LibreOffice keeps the cached results of an .xlsx unless its profile says "always recalculate on load"
// (OOXMLRecalcMode = 0). So every process gets its own profile under test/.tmp/ with that setting, and
// conversions run one at a time per process (two soffice runs on one profile hand work to each other or
// fail). Separate Jest workers use separate profiles, so they never share one.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import { dateToSerial } from '../../src/core/parse/date';
import { a1 } from '../../src/core/base/a1';
import { sameFigure } from '../../src/core/plan/summary';
import type { PlanCell } from '../../src/core/plan/sheetPlan';
import { libreOfficeStatus, runSoffice } from '../../src/cli/libreoffice';

export { libreOfficeStatus, type LibreOfficeStatus } from '../../src/cli/libreoffice';

export function libreOfficeAvailable(): boolean {
  return libreOfficeStatus().available;
}

const TMP_ROOT = path.resolve(__dirname, '..', '.tmp');
const PROFILES_ROOT = path.join(TMP_ROOT, 'lo-profiles');

const RECALC_ITEMS = [
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
];

function hasRecalcSetting(xcu: string, prop: string): boolean {
  return new RegExp(`oor:name="${prop}"[^>]*>\\s*<value>0</value>`).test(xcu);
}

/** Create (or repair) the profile so that LibreOffice recalculates every formula on load. */
function ensureProfile(profileDir: string): void {
  const userDir = path.join(profileDir, 'user');
  const xcuPath = path.join(userDir, 'registrymodifications.xcu');
  fs.mkdirSync(userDir, { recursive: true });
  const current = fs.existsSync(xcuPath) ? fs.readFileSync(xcuPath, 'utf8') : '';
  if (hasRecalcSetting(current, 'OOXMLRecalcMode') && hasRecalcSetting(current, 'ODFRecalcMode')) return;
  if (current.includes('</oor:items>')) {
    const cleaned = current.replace(/<item oor:path="\/org\.openoffice\.Office\.Calc\/Formula\/Load"><prop oor:name="(OOXML|ODF)RecalcMode"[\s\S]*?<\/item>\s*/g, '');
    fs.writeFileSync(xcuPath, cleaned.replace('</oor:items>', `${RECALC_ITEMS.join('\n')}\n</oor:items>`));
    return;
  }
  fs.writeFileSync(
    xcuPath,
    '<?xml version="1.0" encoding="UTF-8"?>\n'
      + '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
      + `${RECALC_ITEMS.join('\n')}\n</oor:items>\n`,
  );
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let profileDir: string | undefined;

/** This process's profile; profiles left behind by dead processes are removed. */
function ownProfile(): string {
  if (profileDir) return profileDir;
  fs.mkdirSync(PROFILES_ROOT, { recursive: true });
  for (const entry of fs.readdirSync(PROFILES_ROOT)) {
    const m = /^p(\d+)$/.exec(entry);
    if (m && Number(m[1]) !== process.pid && !pidAlive(Number(m[1]))) {
      fs.rmSync(path.join(PROFILES_ROOT, entry), { recursive: true, force: true });
    }
  }
  profileDir = path.join(PROFILES_ROOT, `p${process.pid}`);
  return profileDir;
}

/**
 * Remove this process's LibreOffice profile once queued conversions are done (call it from afterAll).
 * Profiles of processes that died without it are removed by the next process that uses LibreOffice.
 */
export async function disposeLibreOfficeProfile(): Promise<void> {
  await queue;
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = undefined;
}

// One conversion at a time in this process.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

let stageCounter = 0;

/**
 * Recalculate an .xlsx with headless LibreOffice and return the path of the recalculated copy (xlsx):
 * `outDir/<name>.xlsx`, or `outDir/<name>.recalc.xlsx` when that would be the input file itself.
 */
export async function recalcWithLibreOffice(xlsxPath: string, outDir: string): Promise<string> {
  const status = libreOfficeStatus();
  if (!status.available || !status.path) throw new Error(`LibreOffice unavailable: ${status.reason}`);
  const exe = status.path;
  const input = path.resolve(xlsxPath);
  if (!fs.existsSync(input)) throw new Error(`No such file: ${input}`);
  const out = path.resolve(outDir);
  const base = path.basename(input, path.extname(input));
  let target = path.join(out, `${base}.xlsx`);
  if (target === input) target = path.join(out, `${base}.recalc.xlsx`);

  return serialized(async () => {
    const profile = ownProfile();
    ensureProfile(profile);
    // LibreOffice names the output after the input; convert into a private folder, then move.
    const stage = path.join(out, `.lo-stage-${process.pid}-${++stageCounter}`);
    fs.mkdirSync(stage, { recursive: true });
    try {
      const { stdout, stderr } = await runSoffice(exe, [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
        '--convert-to', 'xlsx', '--outdir', stage, input,
      ]);
      const produced = path.join(stage, `${base}.xlsx`);
      // soffice exits 0 even when it could not load the file.
      if (!fs.existsSync(produced)) throw new Error(`LibreOffice produced no output for ${input}\n${stdout}${stderr}`);
      fs.renameSync(produced, target);
      return target;
    } finally {
      fs.rmSync(stage, { recursive: true, force: true });
    }
  });
}

/**
 * The cached result as the file stores it, undoing three ExcelJS 4.4 read quirks:
 * - `cell.value.result` drops falsy results (0, false), so read `cell.result`;
 * - an empty-string result (`t="str"` with `<v></v>`) comes back as undefined: LibreOffice writes a value for
 *   every formula it recalculated, so undefined here means '';
 * - a result in a date-formatted cell comes back as a Date: turned back into the serial number Excel stores.
 */
function cachedResult(cell: ExcelJS.Cell): unknown {
  const r: unknown = cell.result;
  if (r === undefined) return '';
  if (r instanceof Date) return dateToSerial(r);
  if (typeof r === 'object' && r !== null && 'error' in r) return (r as ExcelJS.CellErrorValue).error;
  return r;
}

export interface FormulaResult { sheet: string; address: string; formula: string; value: unknown }

/**
 * Read every formula cell of every sheet of a recalculated file: { sheet, address, formula, value }
 * (value = cached result: number, string, boolean, or an error code such as '#DIV/0!').
 * `formula` is LibreOffice's rewrite of the formula (e.g. 'Data'!A1 becomes Data!A1, TRUE becomes TRUE()):
 * match cells by address, not by formula text.
 */
export async function readFormulaResults(xlsxPath: string): Promise<FormulaResult[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const results: FormulaResult[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        results.push({ sheet: ws.name, address: cell.address, formula: cell.formula, value: cachedResult(cell) });
      });
    });
  }
  return results;
}

/**
 * The formulas whose recalculated value (`got`, by A1 address) is not the figure the engine expected,
 * each said as "B12 SUMIFS(…): <got> ≠ <expected>"; [] when LibreOffice agrees with every one.
 */
export function formulasDisagreeing(formulas: readonly PlanCell[], got: ReadonlyMap<string, unknown>): string[] {
  return formulas.filter((c) => {
    const v = got.get(a1(c.row, c.col));
    return typeof c.expected === 'number' ? !(typeof v === 'number' && sameFigure(v, c.expected)) : v !== c.expected;
  }).map((c) => `${a1(c.row, c.col)} ${c.formula}: ${JSON.stringify(got.get(a1(c.row, c.col)))} ≠ ${c.expected}`);
}
