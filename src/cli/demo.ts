// `aidledger demo`: writes a realistic sample workbook (with one planted instance of every rule),
// validates it and writes its summary, so a new user sees every part of the tool in one command.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Lang } from '../core/model';
import { todayDay } from '../core/parse/date';
import { generateSample } from '../sample/generate';
import { writeGridSheet } from '../excel/exceljs/writeGrid';
import { main, type Io } from './main';
import { checkTarget, writeSafely } from './safeWrite';

export async function runDemo(opts: { dir: string; lang: Lang; today?: number; force: boolean }, io: Io): Promise<number> {
  const today = opts.today ?? todayDay();
  const file = path.join(opts.dir, 'so-ngoai-vu-mau.xlsx');
  const report = path.join(opts.dir, 'tong-hop-mau.xlsx');
  fs.mkdirSync(opts.dir, { recursive: true });
  // Both files are refused before anything is written: a demo run never replaces one file of two.
  checkTarget(file, [], opts.force);
  checkTarget(report, [], opts.force);
  const book = generateSample({ aidProjects: 60, fdiProjects: 30, today, plant: true });
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) writeGridSheet(wb, s);
  await writeSafely(file, [], opts.force, (s) => wb.xlsx.write(s).then(() => undefined));
  io.out(`${opts.lang === 'vi' ? 'Đã tạo sổ mẫu' : 'Sample workbook written'}: ${file} (${book.planted.length} ${opts.lang === 'vi' ? 'lỗi cài sẵn' : 'planted problems'})\n\n`);
  const todayIso = new Date(today * 86_400_000).toISOString().slice(0, 10);
  const common = ['--lang', opts.lang, '--today', todayIso];
  await main(['validate', file, ...common], io);
  const year = String(new Date(today * 86_400_000).getUTCFullYear() - 1);
  io.out('\n');
  return main(['summary', file, '--year', year, '--out', report, ...common, ...(opts.force ? ['--force'] : [])], io);
}
