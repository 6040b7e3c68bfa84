// `aidledger demo`: writes a realistic sample workbook (with one planted instance of every rule),
// validates it and writes its summary, so a new user sees every part of the tool in one command.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Lang } from '../core/model';
import { todayDay } from '../core/parse/date';
import { generateSample } from '../sample/generate';
import { writeGridSheet } from '../excel/exceljs/writeGrid';
import { main } from './main';

export async function runDemo(opts: { dir: string; lang: Lang; today?: number }, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const today = opts.today ?? todayDay();
  fs.mkdirSync(opts.dir, { recursive: true });
  const book = generateSample({ aidProjects: 60, fdiProjects: 30, today, plant: true });
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) writeGridSheet(wb, s);
  const file = path.join(opts.dir, 'so-ngoai-vu-mau.xlsx');
  await wb.xlsx.writeFile(file);
  io.out(`${opts.lang === 'vi' ? 'Đã tạo sổ mẫu' : 'Sample workbook written'}: ${file} (${book.planted.length} ${opts.lang === 'vi' ? 'lỗi cài sẵn' : 'planted problems'})\n\n`);
  const todayIso = new Date(today * 86_400_000).toISOString().slice(0, 10);
  const lang = ['--lang', opts.lang, '--today', todayIso];
  await main(['validate', file, ...lang], io);
  const report = path.join(opts.dir, 'tong-hop-mau.xlsx');
  const year = String(new Date(today * 86_400_000).getUTCFullYear() - 1);
  io.out('\n');
  const code = await main(['summary', file, '--year', year, '--out', report, ...lang], io);
  return code;
}
