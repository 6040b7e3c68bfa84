// summary --pdf: the summary sheet printed to PDF by headless LibreOffice. The sheet is written alone
// (its formulas as the engine's figures, its charts added) into a private folder, converted there with
// a profile of its own (so a LibreOffice the user has open is not disturbed), and the PDF's bytes are
// returned for the caller to write safely.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../core/plan/sheetPlan';
import { planValuesOnly } from '../core/plan/valuesOnly';
import type { Lang } from '../core/model';
import { writePlan } from '../excel/exceljs/writePlan';
import { withCharts } from '../excel/exceljs/charts';
import { libreOfficeStatus, runSoffice } from './libreoffice';

/** LibreOffice is missing: the CLI says so in one line. */
export class NoLibreOffice extends Error {}

/**
 * The profile's locale decides how LibreOffice writes the number formats' separators on the page:
 * 1.234.567,89 for a Vietnamese sheet, 1,234,567.89 for an English one, whatever the machine's locale.
 */
function writeLocale(profile: string, lang: Lang): void {
  const user = path.join(profile, 'user');
  fs.mkdirSync(user, { recursive: true });
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  fs.writeFileSync(path.join(user, 'registrymodifications.xcu'), '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
    + `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n`
    + `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n`
    + '</oor:items>\n');
}

export async function summaryPdf(plan: SheetPlan, lang: Lang): Promise<Uint8Array> {
  const lo = libreOfficeStatus();
  if (!lo.available || !lo.path) throw new NoLibreOffice(lo.reason ?? 'soffice not found');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aidledger-pdf-'));
  try {
    const alone = planValuesOnly(plan);
    const wb = new ExcelJS.Workbook();
    const sheet = writePlan(wb, alone, { lang });
    const profile = path.join(dir, 'profile');
    writeLocale(profile, lang);
    const xlsx = path.join(dir, 'summary.xlsx');
    fs.writeFileSync(xlsx, await withCharts(new Uint8Array(await wb.xlsx.writeBuffer()), [{ sheet, plan: alone }]));
    await runSoffice(lo.path, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
      '--convert-to', 'pdf', '--outdir', dir, xlsx,
    ]);
    const pdf = path.join(dir, 'summary.pdf');
    // soffice exits 0 even when it could not convert.
    if (!fs.existsSync(pdf)) throw new Error('LibreOffice produced no PDF');
    return new Uint8Array(fs.readFileSync(pdf));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
