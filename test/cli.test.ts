// End-to-end tests of the aidledger commands on generated workbooks.
import { execFileSync, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { writeGridSheet } from '../src/excel/exceljs/writeGrid';
import { dayToIso } from '../src/core/parse/date';
import { sampleBook, TODAY } from './helpers/sample';

const TMP = path.join(__dirname, '.tmp', 'cli');
const TODAY_ISO = dayToIso(TODAY);

/** Runs the CLI in-process on a Vietnamese system (the default language comes from the locale). */
async function run(args: string[], env: NodeJS.ProcessEnv = { LANG: 'vi_VN.UTF-8' }): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, env });
  return { code, out, err };
}

async function writeSample(file: string, plant: boolean): Promise<ReturnType<typeof sampleBook>> {
  const book = sampleBook(plant);
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) writeGridSheet(wb, s);
  await wb.xlsx.writeFile(file);
  return book;
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

beforeAll(() => fs.mkdirSync(TMP, { recursive: true }));

describe('aidledger validate', () => {
  const file = path.join(TMP, 'planted.xlsx');
  let book: ReturnType<typeof sampleBook>;
  beforeAll(async () => { book = await writeSample(file, true); });

  it('reports exactly the planted problems, at their cells, as one JSON document, exit 1', async () => {
    const r = await run(['validate', file, '--json', '--today', TODAY_ISO]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const doc = JSON.parse(r.out);
    expect(doc.file).toBe(file);
    expect(doc.tables).toHaveLength(9);
    expect(doc.skippedSheets).toEqual([{ sheet: 'Bản sao dự án (cũ)', kind: 'aid-projects', rows: 2, repeats: 'Dự án viện trợ' }]);
    for (const t of doc.tables) {
      expect(typeof t.sheet).toBe('string');
      expect(['aid-projects', 'aid-disbursements', 'fdi-projects', 'fdi-capital-changes', 'fdi-implemented', 'exchange-rates']).toContain(t.kind);
      expect(Number.isInteger(t.headerRow) && Number.isInteger(t.rows)).toBe(true);
    }
    const got = doc.issues.map((i: { rule: string; sheet: string; cell: string | null }) => `${i.rule} ${i.sheet}!${i.cell ?? '-'}`).sort();
    expect(got).toEqual(book.planted.map((p) => `${p.rule} ${p.sheet}!${p.cell ?? '-'}`).sort());
    for (const i of doc.issues) {
      expect(['error', 'warning']).toContain(i.severity);
      expect(i.message.length).toBeGreaterThan(10);
      expect(i.fix === null || ['number', 'string'].includes(typeof i.fix.value)).toBe(true);
    }
  });

  it('prints a readable report in English with --lang en', async () => {
    const r = await run(['validate', file, '--lang', 'en', '--today', TODAY_ISO]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Registers found');
    // The place is said once, by the message itself.
    expect(r.out).toMatch(/\nE AID-C101 Sheet "Dự án viện trợ", cell F\d+: "Donor" is missing/);
    // Registers are named as their users name them, not by their codes.
    expect(r.out).toMatch(/\n {2}Dự án viện trợ: Aid projects, header row \d+/);
    expect(r.out).not.toMatch(/: aid-projects,/);
  });

  it('exits 0 on a clean workbook', async () => {
    const clean = path.join(TMP, 'clean.xlsx');
    await writeSample(clean, false);
    const r = await run(['validate', clean, '--json', '--today', TODAY_ISO]);
    expect(JSON.parse(r.out).issues).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('exits 2 with one line on stderr for a missing or unreadable file', async () => {
    const missing = await run(['validate', path.join(TMP, 'nope.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const junk = path.join(TMP, 'junk.xlsx');
    fs.writeFileSync(junk, 'not a zip');
    const bad = await run(['validate', junk]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^aidledger: ".*junk\.xlsx" là tệp văn bản/);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on wrong arguments', async () => {
    expect((await run(['validate', file, '--bogus'])).code).toBe(2);
    expect((await run(['validate', file, '--lang', 'fr'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('aidledger template', () => {
  it.each(['aid', 'fdi'] as const)('writes an empty %s register workbook that validates clean', async (kind) => {
    const out = path.join(TMP, `template-${kind}.xlsx`);
    fs.rmSync(out, { force: true });
    const r = await run(['template', '--kind', kind, '--lang', 'vi', '--out', out]);
    expect(r.code).toBe(0);
    const v = await run(['validate', out, '--json']);
    const doc = JSON.parse(v.out);
    const kinds = doc.tables.map((t: { kind: string }) => t.kind);
    expect(kinds).toEqual(kind === 'aid' ? ['aid-projects', 'aid-disbursements', 'exchange-rates'] : ['fdi-projects', 'fdi-capital-changes', 'fdi-implemented', 'exchange-rates']);
    expect(doc.issues).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Danh mục');
  });
  it('writes English headers with --lang en', async () => {
    const out = path.join(TMP, 'template-en.xlsx');
    fs.rmSync(out, { force: true });
    expect((await run(['template', '--kind', 'aid', '--lang', 'en', '--out', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Aid projects')).toBeDefined();
  });
  it('requires --kind and --out', async () => {
    expect((await run(['template', '--out', path.join(TMP, 'x.xlsx')])).code).toBe(2);
    expect((await run(['template', '--kind', 'aid'])).code).toBe(2);
  });
});

describe('aidledger summary', () => {
  const file = path.join(TMP, 'summary-input.xlsx');
  beforeAll(async () => { await writeSample(file, true); });

  it('prints the JSON summary with the documented shape', async () => {
    const r = await run(['summary', file, '--year', '2024', '--json', '--today', TODAY_ISO]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.period).toEqual(expect.objectContaining({ from: '2024-01-01', to: '2024-12-31' }));
    expect(s.currency).toBe('USD');
    for (const k of ['projects', 'committed', 'disbursed', 'rate', 'notCounted']) expect(s.aid).toHaveProperty(k);
    for (const k of ['bySector', 'byDonor', 'byDonorCountry', 'byProvince']) {
      for (const g of s.aid[k]) expect(Object.keys(g)).toEqual(expect.arrayContaining(['key', 'projects', 'committed', 'disbursed']));
    }
    expect(s.aid.projects).toBeGreaterThan(0);
    expect(s.aid.notCounted).toBeGreaterThan(0);
    for (const k of ['newProjects', 'adjustments', 'contributions']) expect(Object.keys(s.fdi[k]).sort()).toEqual(['capital', 'count']);
    expect(typeof s.fdi.implemented).toBe('number');
    expect(Object.keys(s.fdi.cumulative).sort()).toEqual(['capital', 'projects']);
    for (const g of [...s.fdi.byCountry, ...s.fdi.bySector]) expect(Object.keys(g)).toEqual(expect.arrayContaining(['key', 'projects', 'registered', 'implemented']));
    // README "Summaries": warnings said first, and each register's rows reconcile.
    expect(Array.isArray(s.warnings)).toBe(true);
    for (const t of [...s.aid.rows, ...s.fdi.rows]) expect(t.read).toBe(t.counted + t.notCounted + t.afterPeriod);
    expect(s.aid.rows.map((t: { kind: string }) => t.kind)).toEqual(['aid-projects', 'aid-disbursements']);
    expect(s.aid.cumulative.source).toBe('disbursements');
  });

  it('accepts --period and --from/--to and VND; rejects bad periods with exit 2', async () => {
    expect((await run(['summary', file, '--period', '2024-H1', '--json', '--today', TODAY_ISO])).code).toBe(0);
    const vnd = await run(['summary', file, '--from', '2024-01-01', '--to', '2024-03-31', '--currency', 'VND', '--json', '--today', TODAY_ISO]);
    expect(JSON.parse(vnd.out).currency).toBe('VND');
    expect((await run(['summary', file, '--period', '2024-H3'])).code).toBe(2);
    expect((await run(['summary', file, '--currency', 'EUR'])).code).toBe(2);
  });

  it('writes a new workbook with the summary sheet and never touches the input', async () => {
    const before = sha(file);
    const out = path.join(TMP, 'summary-out.xlsx');
    fs.rmSync(out, { force: true });
    const r = await run(['summary', file, '--year', '2024', '--out', out, '--today', TODAY_ISO]);
    expect(r.code).toBe(0);
    expect(sha(file)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('Tổng hợp 2024');
    expect((await run(['summary', file, '--out', file])).code).toBe(2);
  });

  it('prints the report paragraph with --paragraph, and checks the signing options', async () => {
    const p = await run(['summary', file, '--year', '2024', '--paragraph', '--today', TODAY_ISO]);
    expect(p.code).toBe(0);
    expect(p.out.trim().split('\n')).toHaveLength(1);
    expect(p.out).toMatch(/^(Lưu ý: .*)?Năm 2024, toàn tỉnh /);
    expect(p.out).toMatch(/không tính \d+ khoản do /);
    const en = await run(['summary', file, '--year', '2024', '--paragraph', '--lang', 'en', '--today', TODAY_ISO]);
    expect(en.out).toMatch(/In 2024, the province /);
    expect((await run(['summary', file, '--report-date', '10/01/2025'])).code).toBe(2);
    expect((await run(['summary', file, '--totals', 'middle'])).code).toBe(2);
    expect((await run(['summary', file, '--issuer'])).code).toBe(2);
  });
});

describe('the installed command', () => {
  const bin = path.join(__dirname, '..', 'bin', 'aidledger.js');
  it('runs as a separate process: demo writes the sample, its validation and its summary', () => {
    const dir = path.join(TMP, 'demo');
    fs.rmSync(dir, { recursive: true, force: true });
    const out = execFileSync(process.execPath, [bin, 'demo', '--dir', dir, '--today', TODAY_ISO], { encoding: 'utf8' });
    expect(out).toContain('AID-T001');
    expect(fs.existsSync(path.join(dir, 'so-ngoai-vu-mau.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'tong-hop-mau.xlsx'))).toBe(true);
  });
  it('exits 2 without a stack trace on a missing file', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', 'missing.xlsx'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
