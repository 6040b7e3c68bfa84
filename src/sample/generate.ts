// Realistic sample registers for the demo, the end-to-end tests and the benchmark. Deterministic
// (seeded). With `plant`, one instance of every rule is planted at a known cell, and the list of
// planted problems is returned so tests can require exactly those issues and nothing else.
import { CODE_LISTS, PROVINCES } from '../core/codes';
import type { RawValue } from '../core/model';
import { ruleNamed, type RuleName } from '../core/rules';
import { dayToExcelSerial, dayToYmd, ymdToDay } from '../core/parse/date';
import { unicodeToLegacy } from '../core/parse/legacy';
import { a1 } from '../core/base/a1';
import { SECTIONED, SECTIONED_COLS, sectionedSheet } from './sectioned';

export interface SampleSheet {
  name: string;
  rows: RawValue[][];
  /** 0-based columns holding dates (written with a dd/mm/yyyy format). */
  dateCols: number[];
  /** 0-based columns holding money. */
  moneyCols: number[];
  fonts?: { row: number; col: number; font: string }[];
  /** Cells computed by a formula (0-based), holding the value Excel computed for it in `rows`. */
  formulas?: { row: number; col: number; formula: string }[];
  merges?: string[];
  /** A hidden sheet (an old copy), hidden rows and columns (0-based): what users hide. */
  hidden?: boolean;
  hiddenRows?: number[];
  hiddenCols?: number[];
}

export interface Planted { rule: string; sheet: string; cell: string | null }

export interface SampleBook { sheets: SampleSheet[]; planted: Planted[] }

export interface SampleOptions {
  aidProjects: number;
  fdiProjects: number;
  /** Day number of "today": planted future dates are relative to it. */
  today: number;
  plant: boolean;
  seed?: number;
  /** Range of disbursement tranches per aid project (default [1, 4]); the benchmark uses [1, 5] for ~3 per project. */
  tranches?: [number, number];
}

/** xorshift32: fast, deterministic, good enough for sample data (and the tests' generated cases). */
export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0 || 1; }
  next(): number {
    let x = this.s;
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    this.s = x;
    return x / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]; }
}

const DONORS: [string, string][] = [
  ['World Vision', 'US'], ['ChildFund', 'AU'], ["Samaritan's Purse", 'US'], ['KFHI', 'KR'], ['HOLT International', 'US'],
  ['Plan International', 'GB'], ['Good Neighbors', 'KR'], ['JICA', 'JP'], ['KOICA', 'KR'], ['Caritas Đức', 'DE'],
  ['Tổ chức Hữu nghị Nhật - Việt', 'JP'], ['Save the Children', 'GB'], ['CRS', 'US'], ['Oxfam', 'GB'], ['ADB', 'INT'], ['IFAD', 'INT'],
];
const TITLES = [
  'Nâng cao năng lực y tế cơ sở', 'Cấp nước sạch cho các xã miền núi', 'Hỗ trợ trẻ em khuyết tật', 'Xây dựng trường mầm non',
  'Phát triển sinh kế bền vững', 'Cứu trợ khắc phục hậu quả bão lũ', 'Trồng rừng ngập mặn ven biển', 'Học bổng cho học sinh nghèo',
  'Phòng chống suy dinh dưỡng trẻ em', 'Nhà ở an toàn cho hộ nghèo', 'Nông nghiệp thích ứng biến đổi khí hậu', 'Rà phá bom mìn',
];
const COMMUNES = ['Phường Đông Hà', 'Xã Hướng Hóa', 'Xã Khe Sanh', 'Xã Gio Linh', 'Phường Đồng Hới', 'Xã Lệ Thủy', 'Xã Triệu Phong', 'Xã Vĩnh Linh'];
const RECIPIENTS = ['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Hội Chữ thập đỏ tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'UBND xã', 'Sở Nông nghiệp và Môi trường'];
const INVESTORS: [string, string][] = [
  ['Công ty TNHH Samsung Vina', 'KR'], ['LG Innotek', 'KR'], ['Công ty Aeon Mall', 'JP'], ['Tập đoàn Foxconn', 'TW'],
  ['Sembcorp Development', 'SG'], ['Công ty TNHH Giày Pou Yuen', 'TW'], ['Nike Contractor Ltd', 'VG'], ['Công ty CP Quốc tế Hoa Lâm', 'CN'],
  ['Công ty TNHH Dệt may Hansoll', 'KR'], ['Toyota Tsusho', 'JP'], ['Công ty TNHH Năng lượng Gió B&T', 'TH'], ['Công ty TNHH Siemens', 'DE'],
];
const LOCATIONS = ['KCN Nam Đông Hà', 'KCN Quán Ngang', 'KKT Đông Nam', 'KCN Tây Bắc Đồng Hới', 'KCN Hòn La', 'Cụm CN Hải Lệ'];

const country = (code: string): string => CODE_LISTS.countries.byCode(code)?.vi ?? code;
const sectorVi = (code: string): string => CODE_LISTS.sectors.byCode(code)!.vi;
const vsic = (code: string): string => `${code} - ${CODE_LISTS.vsic.byCode(code)!.vi}`;
const aidStatus = (code: string): string => CODE_LISTS.aidStatuses.byCode(code)!.vi;
const fdiStatus = (code: string): string => CODE_LISTS.fdiStatuses.byCode(code)!.vi;
const form = (code: string): string => CODE_LISTS.aidForms.byCode(code)!.vi;
const source = (code: string): string => CODE_LISTS.fundingSources.byCode(code)!.vi;
const changeKind = (code: string): string => CODE_LISTS.fdiChangeKinds.byCode(code)!.vi;
const PROVINCE_NOW = PROVINCES.entries.find((p) => p.vi === 'Quảng Trị')?.vi ?? 'Quảng Trị';

const serial = (day: number): number => dayToExcelSerial(day);
/** Aid rows set aside to host planted problems. */
const PLANT_ROWS = 27;

export function generateSample(opts: SampleOptions): SampleBook {
  const rng = new Rng(opts.seed ?? 20240601);
  const planted: Planted[] = [];
  const today = opts.today;
  // By the rule's name: its id is its module's to say (src/core/rules/).
  const plant = (rule: RuleName, sheet: string, row: number | null, col: number | null): void => {
    if (opts.plant) planted.push({ rule: ruleNamed(rule).id, sheet, cell: row === null || col === null ? null : a1(row, col) });
  };

  // ---------------- aid projects ----------------
  const AID = 'Dự án viện trợ';
  const aidHeader = ['STT', 'Mã khoản viện trợ', 'Tên chương trình, dự án', 'Hình thức', 'Nguồn vốn', 'Nhà tài trợ', 'Quốc gia tài trợ',
    'Lĩnh vực', 'Tỉnh, thành phố', 'Xã, phường', 'Chủ khoản viện trợ', 'Cơ quan chủ quản', 'Số quyết định phê duyệt', 'Ngày phê duyệt',
    'Ngày bắt đầu', 'Ngày kết thúc', 'Loại tiền', 'Giá trị cam kết', 'Tình trạng', 'Ghi chú'];
  const A = Object.fromEntries(aidHeader.map((h, i) => [h, i])) as Record<string, number>;
  const aidRows: RawValue[][] = [
    ['SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ'],
    ['DANH MỤC CÁC KHOẢN VIỆN TRỢ KHÔNG HOÀN LẠI KHÔNG THUỘC HỖ TRỢ PHÁT TRIỂN CHÍNH THỨC'],
    [],
    aidHeader,
  ];
  interface Proj { id: string; approval: number; start: number; end: number; currency: string; committed: number; row: number; tranches: number; completed: boolean }
  const projects: Proj[] = [];
  const sectors = CODE_LISTS.sectors.entries.map((e) => e.code);
  const firstDay = ymdToDay(2022, 1, 1);
  const lastApproval = Math.min(today - 60, ymdToDay(2025, 10, 31));
  for (let i = 0; i < opts.aidProjects; i++) {
    const [donor, donorCountry] = rng.pick(DONORS);
    const approval = rng.int(firstDay, lastApproval);
    const start = approval + rng.int(0, 60);
    const end = start + rng.int(365, 3 * 365);
    const roll = rng.next();
    // With planted problems, the first rows are kept plain (USD, no disbursement) to host them.
    const reserved = opts.plant && i < PLANT_ROWS;
    const currency = reserved ? 'USD' : roll < 0.7 ? 'USD' : roll < 0.9 ? 'VND' : 'EUR';
    const committed = currency === 'VND' ? rng.int(5, 200) * 100_000_000 : rng.int(20, 2000) * 1000;
    const tranches = reserved ? 0 : rng.int(opts.tranches?.[0] ?? 1, opts.tranches?.[1] ?? 4);
    const completed = end < today && tranches > 0;
    const y = dayToYmd(approval).y;
    const id = `VT-${y}-${String(i + 1).padStart(4, '0')}`;
    const row = aidRows.length;
    const sector = rng.pick(sectors);
    aidRows.push([
      i + 1, id, `${rng.pick(TITLES)} tại ${rng.pick(COMMUNES)}`, form(sector === 'CTKC' ? 'emergency' : 'project'), source('ngo'),
      donor, country(donorCountry), sectorVi(sector), rng.next() < 0.8 ? PROVINCE_NOW : 'Quảng Bình', rng.pick(COMMUNES), rng.pick(RECIPIENTS),
      'UBND tỉnh Quảng Trị', `${rng.int(100, 3000)}/QĐ-UBND`, serial(approval), serial(start), serial(end), currency, committed,
      aidStatus(completed ? 'completed' : 'implementation'), null,
    ]);
    projects.push({ id, approval, start, end, currency, committed, row, tranches, completed });
  }

  // ---------------- disbursements ----------------
  const DISB = 'Giải ngân';
  const disbRows: RawValue[][] = [['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền', 'Ghi chú']];
  for (const p of projects) {
    const from = Math.max(p.start, p.approval);
    const to = Math.min(p.end, today - 1);
    if (to <= from) { p.tranches = 0; continue; }
    let left = Math.floor(p.committed * 0.85);
    for (let k = 0; k < p.tranches; k++) {
      const amount = p.currency === 'VND' ? Math.floor(left * rng.int(10, 40) / 100 / 1000) * 1000 : Math.round(left * rng.int(10, 40)) / 100;
      left -= amount;
      const day = from + Math.floor(((to - from) * (k + 1)) / (p.tranches + 1));
      disbRows.push([p.id, serial(day), amount, rng.next() < 0.5 ? p.currency : null, `Đợt ${k + 1}`]);
    }
  }
  // A completed project must have disbursements; one without any was downgraded above.
  for (const p of projects) if (p.completed && p.tranches === 0) aidRows[p.row][A['Tình trạng']] = aidStatus('implementation');

  // ---------------- FDI projects ----------------
  const FDI = 'Dự án FDI';
  const fdiHeader = ['STT', 'Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)',
    'Tỉnh, thành phố', 'Địa điểm', 'Vốn đăng ký (USD)', 'Lao động', 'Tình trạng', 'Ngày chấm dứt'];
  const F = Object.fromEntries(fdiHeader.map((h, i) => [h, i])) as Record<string, number>;
  const fdiRows: RawValue[][] = [['DANH SÁCH DỰ ÁN ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI CÒN HIỆU LỰC'], [], fdiHeader];
  interface Fdi { code: string; cert: number; registered: number; row: number }
  const fdis: Fdi[] = [];
  for (let i = 0; i < opts.fdiProjects; i++) {
    const [investor, c] = rng.pick(INVESTORS);
    const cert = rng.int(ymdToDay(2015, 1, 1), Math.min(today - 30, ymdToDay(2025, 10, 31)));
    const code = i % 5 === 0 ? `${rng.int(100, 999)}043000${String(i).padStart(3, '0')}` : String(2100000000 + i * 7919);
    const registered = rng.int(5, 3000) * 100_000;
    const row = fdiRows.length;
    fdiRows.push([i + 1, code, `Dự án ${investor.replace(/^Công ty (TNHH |CP )?/, '')} ${i + 1}`, investor, country(c), serial(cert),
      vsic(rng.pick(['C', 'C', 'C', 'L', 'F', 'G', 'D'])), PROVINCE_NOW, rng.pick(LOCATIONS), registered, rng.int(20, 5000), fdiStatus('active'), null]);
    fdis.push({ code, cert, registered, row });
  }
  const CHG = 'Điều chỉnh vốn';
  const chgRows: RawValue[][] = [['Mã số dự án', 'Ngày điều chỉnh', 'Loại điều chỉnh', 'Số vốn (USD)', 'Quốc gia, vùng lãnh thổ']];
  const IMPL = 'Vốn thực hiện';
  const implRows: RawValue[][] = [['Mã số dự án', 'Kỳ', 'Vốn thực hiện (USD)']];
  for (const f of fdis) {
    if (rng.next() < 0.5) {
      const day = rng.int(f.cert + 30, Math.max(f.cert + 31, today - 10));
      if (day < today) {
        const kind = rng.pick(['increase', 'increase', 'decrease', 'contribution']);
        chgRows.push([f.code, serial(day), changeKind(kind), rng.int(1, 200) * 50_000, kind === 'contribution' ? country(rng.pick(['SG', 'JP', 'KR'])) : null]);
      }
    }
    const { y: certYear } = dayToYmd(f.cert);
    const { y: nowYear, m: nowMonth } = dayToYmd(today);
    for (let y = Math.max(certYear, 2022); y <= nowYear; y++) {
      const m = y === nowYear ? rng.int(1, Math.max(1, nowMonth - 1)) : rng.int(1, 12);
      if (y === nowYear && nowMonth === 1) continue;
      implRows.push([f.code, `${m}/${y}`, Math.round(f.registered * rng.int(2, 15)) / 100]);
    }
  }

  // ---------------- exchange rates ----------------
  const RATES = 'Tỷ giá';
  const rateRows: RawValue[][] = [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND']];
  const usdVnd: [number, number][] = [[2020, 23_200], [2022, 22_800], [2023, 23_600], [2024, 24_300], [2025, 25_400], [2026, 26_100]];
  for (const [y, r] of usdVnd) rateRows.push(['USD', serial(ymdToDay(y, 1, 1)), null, r]);
  const eurUsd: [number, number][] = [[2020, 1.12], [2022, 1.13], [2023, 1.07], [2024, 1.1], [2025, 1.05], [2026, 1.16]];
  for (const [y, r] of eurUsd) rateRows.push(['EUR', serial(ymdToDay(y, 1, 1)), r, null]);

  const sheets: SampleSheet[] = [
    { name: AID, rows: aidRows, dateCols: [A['Ngày phê duyệt'], A['Ngày bắt đầu'], A['Ngày kết thúc']], moneyCols: [A['Giá trị cam kết']], merges: ['A1:H1', 'A2:T2'] },
    { name: DISB, rows: disbRows, dateCols: [1], moneyCols: [2] },
    { name: FDI, rows: fdiRows, dateCols: [F['Ngày cấp GCNĐKĐT lần đầu'], F['Ngày chấm dứt']], moneyCols: [F['Vốn đăng ký (USD)']], merges: ['A1:M1'] },
    { name: CHG, rows: chgRows, dateCols: [1], moneyCols: [3] },
    { name: IMPL, rows: implRows, dateCols: [], moneyCols: [2] },
    { name: RATES, rows: rateRows, dateCols: [1], moneyCols: [] },
  ];
  // The same kind of register as a province reports it: sections, subtotals, signature block.
  const sectioned = sectionedSheet();
  sheets.push(sectioned.sheet);
  if (opts.plant) plantProblems({ sheets, plant, sectioned, projects, fdis, A, F, today, aidRows, disbRows, fdiRows, chgRows, implRows, rateRows });
  else {
    // A clean file still ends the way users' files do: with a hand-typed totals row that is right.
    appendTotals(fdiRows, F['Vốn đăng ký (USD)'], 3, null);
  }
  return { sheets, planted };
}

function appendTotals(rows: RawValue[][], col: number, firstData: number, override: number | null): number {
  let sum = 0;
  for (let r = firstData; r < rows.length; r++) {
    const v = rows[r][col];
    if (typeof v === 'number') sum += v;
  }
  const row: RawValue[] = [];
  row[1] = 'Tổng cộng';
  row[col] = override ?? sum;
  rows.push(row);
  return rows.length - 1;
}

interface PlantCtx {
  sheets: SampleSheet[];
  sectioned: ReturnType<typeof sectionedSheet>;
  plant: (rule: RuleName, sheet: string, row: number | null, col: number | null) => void;
  projects: { id: string; approval: number; start: number; end: number; currency: string; committed: number; row: number; tranches: number; completed: boolean }[];
  fdis: { code: string; cert: number; registered: number; row: number }[];
  A: Record<string, number>;
  F: Record<string, number>;
  today: number;
  aidRows: RawValue[][]; disbRows: RawValue[][]; fdiRows: RawValue[][]; chgRows: RawValue[][]; implRows: RawValue[][]; rateRows: RawValue[][];
}

/** One instance of every rule, each on a row that is otherwise clean. */
function plantProblems(c: PlantCtx): void {
  const { A, F, plant, aidRows, disbRows, fdiRows, chgRows, implRows, rateRows } = c;
  const AID = 'Dự án viện trợ', DISB = 'Giải ngân', FDI = 'Dự án FDI', CHG = 'Điều chỉnh vốn', IMPL = 'Vốn thực hiện', RATES = 'Tỷ giá';
  const noDisb = c.projects.slice(0, PLANT_ROWS);
  const withDisb = c.projects.filter((p) => p.tranches > 0);
  const take = (list: typeof c.projects) => { const p = list.shift(); if (!p) throw new Error('sample too small to plant every problem'); c.projects.splice(c.projects.indexOf(p), 1); return p; };
  const set = (p: { row: number }, col: string, v: RawValue) => { aidRows[p.row][A[col]] = v; };
  const takeNoDisb = () => take(noDisb);

  // A blank row inside the data (inserted first, so every row index below is final).
  const header = 3;
  const blankAt = Math.floor((header + aidRows.length) / 2);
  aidRows.splice(blankAt, 0, []);
  for (const pr of c.projects) if (pr.row >= blankAt) pr.row++;
  plant('blank-row', AID, blankAt, A['Mã khoản viện trợ']);

  // Table rules on the aid sheet.
  aidRows[header][A['Ghi chú'] + 1] = null;
  plant('blank-header', AID, header, A['Ghi chú'] + 1);
  let p = takeNoDisb();
  aidRows[p.row][A['Ghi chú'] + 1] = 'đã kiểm tra';

  // Cell rules.
  p = takeNoDisb(); set(p, 'Nhà tài trợ', null); plant('required-missing', AID, p.row, A['Nhà tài trợ']);
  p = takeNoDisb(); set(p, 'Giá trị cam kết', 'chưa xác định'); plant('not-a-number', AID, p.row, A['Giá trị cam kết']);
  p = takeNoDisb(); set(p, 'Ngày phê duyệt', '31/02/2023'); set(p, 'Ngày bắt đầu', serial(ymdToDay(2023, 3, 15))); set(p, 'Ngày kết thúc', serial(ymdToDay(2025, 3, 15)));
  plant('not-a-date', AID, p.row, A['Ngày phê duyệt']);
  p = takeNoDisb(); set(p, 'Loại tiền', 'VND'); set(p, 'Giá trị cam kết', '2.345.678.000'); plant('number-as-text', AID, p.row, A['Giá trị cam kết']);
  p = takeNoDisb(); set(p, 'Loại tiền', 'USD'); set(p, 'Giá trị cam kết', '1,250'); plant('ambiguous-number', AID, p.row, A['Giá trị cam kết']);
  p = takeNoDisb(); set(p, 'Lĩnh vực', 'Giao duc - Dao tao'); plant('code-not-canonical', AID, p.row, A['Lĩnh vực']);
  p = takeNoDisb(); set(p, 'Quốc gia tài trợ', 'Mỹ'); plant('code-not-canonical', AID, p.row, A['Quốc gia tài trợ']);
  p = takeNoDisb(); set(p, 'Lĩnh vực', 'Văn hóa - Thể thao'); plant('code-unknown', AID, p.row, A['Lĩnh vực']);
  p = takeNoDisb(); set(p, 'Loại tiền', 'VND'); set(p, 'Giá trị cam kết', 'khoảng 4 tỷ đồng'); plant('approximate-amount', AID, p.row, A['Giá trị cam kết']);
  p = takeNoDisb(); set(p, 'Tên chương trình, dự án', unicodeToLegacy('Nâng cao năng lực y tế cơ sở', 'tcvn3'));
  c.sheets[0].fonts = [{ row: p.row, col: A['Tên chương trình, dự án'], font: '.VnTime' }];
  plant('legacy-encoding', AID, p.row, A['Tên chương trình, dự án']);
  p = takeNoDisb(); set(p, 'Nhà tài trợ', '  ChildFund  '); plant('stray-spaces', AID, p.row, A['Nhà tài trợ']);
  p = takeNoDisb(); set(p, 'Ngày phê duyệt', '15/03/2023'); set(p, 'Ngày bắt đầu', serial(ymdToDay(2023, 4, 1))); set(p, 'Ngày kết thúc', serial(ymdToDay(2025, 4, 1)));
  plant('date-as-text', AID, p.row, A['Ngày phê duyệt']);
  // A year typed where the approval day belongs: read as the year 2022, not as a day of 1905.
  p = takeNoDisb(); set(p, 'Ngày phê duyệt', 2022); set(p, 'Ngày bắt đầu', serial(ymdToDay(2022, 4, 1))); set(p, 'Ngày kết thúc', serial(ymdToDay(2025, 4, 1)));
  plant('date-imprecise', AID, p.row, A['Ngày phê duyệt']);

  // Row rules.
  p = takeNoDisb(); set(p, 'Ngày kết thúc', serial(p.start - 30)); plant('end-before-start', AID, p.row, A['Ngày kết thúc']);
  p = takeNoDisb(); set(p, 'Ngày bắt đầu', serial(p.approval - 20)); plant('approval-after-start', AID, p.row, A['Ngày phê duyệt']);
  p = takeNoDisb(); set(p, 'Ngày kết thúc', serial(Math.min(p.end, c.today - 10))); set(p, 'Tình trạng', aidStatus('completed'));
  plant('completed-not-disbursed', AID, p.row, A['Tình trạng']);
  // Over-disbursed: two tranches adding up to 120% of the commitment.
  p = takeNoDisb();
  for (const share of [0.7, 0.5]) disbRows.push([p.id, serial(Math.min(p.approval + 30, c.today - 1)), p.currency === 'VND' ? Math.round(p.committed * share) : Math.round(p.committed * share * 100) / 100, p.currency, 'Bổ sung']);
  plant('over-disbursed', AID, p.row, A['Giá trị cam kết']);

  // Cross rules on projects.
  const dupOf = takeNoDisb();
  p = takeNoDisb(); set(p, 'Mã khoản viện trợ', dupOf.id); plant('duplicate-id', AID, p.row, A['Mã khoản viện trợ']);
  p = takeNoDisb(); set(p, 'Loại tiền', 'AUD'); plant('missing-rate', AID, p.row, A['Loại tiền']);
  // The AUD amounts (this one and a disbursement below) told once, with their count, for a summary in USD.
  plant('no-rate-to-report', AID, null, null);

  // Units in cells: another currency than the row's, with a rate for its date (converted) and without
  // (left out); đồng typed in a dollar column.
  const euroDated = noDisb.find((x) => x.approval >= ymdToDay(2020, 1, 1));
  if (!euroDated) throw new Error('sample too small to plant every problem');
  p = take([euroDated]); set(p, 'Loại tiền', 'USD'); set(p, 'Giá trị cam kết', '2 triệu EUR'); plant('unit-converted', AID, p.row, A['Giá trị cam kết']);
  noDisb.splice(noDisb.indexOf(euroDated), 1);
  p = takeNoDisb(); set(p, 'Loại tiền', 'USD'); set(p, 'Giá trị cam kết', '1,5 triệu AUD'); plant('unit-conflict', AID, p.row, A['Giá trị cam kết']);
  p = takeNoDisb(); set(p, 'Loại tiền', 'USD'); set(p, 'Giá trị cam kết', 21_000_000_000); plant('implausible-amount', AID, p.row, A['Giá trị cam kết']);

  // The hand-typed totals row at the bottom: mixed currencies, so only its label.
  const totals: RawValue[] = [];
  totals[A['Mã khoản viện trợ']] = 'Tổng cộng';
  aidRows.push(totals);

  // Disbursements.
  disbRows[0].push('Ghi chú');
  plant('duplicate-column', DISB, 0, disbRows[0].length - 1);
  const q = withDisb[0];
  const push = (row: RawValue[]) => { disbRows.push(row); return disbRows.length - 1; };
  let r = push([q.id, serial(Math.max(q.approval, q.start) + 5), -5000, q.currency, 'Hoàn trả']); plant('negative-amount', DISB, r, 2);
  r = push([q.id, serial(c.today + 30), 1000, q.currency, 'Dự kiến']); plant('future-date', DISB, r, 1);
  r = push([q.id, serial(Math.max(q.approval, q.start) + 6), { error: '#N/A' }, q.currency, null]); plant('cell-error', DISB, r, 2);
  const dupRow: RawValue[] = [q.id, serial(Math.max(q.approval, q.start) + 7), q.currency === 'VND' ? 1_000_000 : 100, q.currency, 'Ghi trùng'];
  push(dupRow); r = push([...dupRow]); plant('duplicate-row', DISB, r, 0);
  r = push(['VT-1999-9999', serial(ymdToDay(2024, 5, 5)), 2500, 'USD', null]); plant('unknown-project', DISB, r, 0);
  r = push([q.id, serial(q.approval - 10), q.currency === 'VND' ? 1_000_000 : 100, q.currency, 'Tạm ứng']); plant('disbursed-before-approval', DISB, r, 1);
  r = push([q.id, serial(Math.max(q.approval, q.start) + 8), 100, 'AUD', 'Nhà tài trợ chuyển AUD']); plant('missing-rate', DISB, r, 3);
  // Day and month order: one date typed month first (1/25/…) in this day-first sheet mixes conventions,
  // so a date whose day and month could be swapped (5/1/…) is for a person to settle.
  const after = (from: number, ok: (d: number, m: number) => boolean): { d: number; m: number; y: number } => {
    for (let day = from; ; day++) { const x = dayToYmd(day); if (ok(x.d, x.m)) return x; }
  };
  const base = Math.max(q.approval, q.start) + 9;
  const mf = after(base, (dd) => dd > 12);
  r = push([q.id, `${mf.m}/${mf.d}/${mf.y}`, q.currency === 'VND' ? 1_000_000 : 100, q.currency, 'Chuyển khoản']); plant('date-as-text', DISB, r, 1);
  const am = after(base, (dd, mm) => dd <= 12 && dd !== mm);
  r = push([q.id, `${am.d}/${am.m}/${am.y}`, q.currency === 'VND' ? 1_000_000 : 100, q.currency, 'Chuyển khoản']); plant('ambiguous-date-order', DISB, r, 1);

  // FDI projects.
  const f1 = c.fdis[1];
  fdiRows[f1.row][F['Lao động']] = 12.5; plant('not-an-integer', FDI, f1.row, F['Lao động']);
  const f2 = c.fdis[2];
  fdiRows[f2.row][F['Ngày chấm dứt']] = serial(c.today - 100); plant('active-after-termination', FDI, f2.row, F['Tình trạng']);
  const f3 = c.fdis[3];
  const term = Math.max(f3.cert + 100, ymdToDay(2024, 6, 30));
  fdiRows[f3.row][F['Tình trạng']] = fdiStatus('terminated'); fdiRows[f3.row][F['Ngày chấm dứt']] = serial(term);
  for (let i = chgRows.length - 1; i > 0; i--) if (chgRows[i][0] === f3.code && (chgRows[i][1] as number) > serial(term)) chgRows.splice(i, 1);
  chgRows.push([f3.code, serial(term + 30), changeKind('increase'), 500_000, null]); plant('change-after-termination', CHG, chgRows.length - 1, 1);
  chgRows.push(['9999999999', serial(ymdToDay(2024, 8, 1)), changeKind('increase'), 100_000, null]); plant('unknown-project', CHG, chgRows.length - 1, 0);
  const tr = appendTotals(fdiRows, F['Vốn đăng ký (USD)'], 3, 123_456_789);
  plant('totals-mismatch', FDI, tr, F['Vốn đăng ký (USD)']);
  // Capital changes: a decrease written with a minus under "Giảm vốn", an increase typed as text, and
  // a SUM total that skips both (Excel's SUM ignores numbers stored as text).
  const f4 = c.fdis[4];
  const changeDay = serial(Math.min(f4.cert + 40, c.today - 1));
  chgRows.push([f4.code, changeDay, changeKind('decrease'), '-200.000', null]); plant('sign-repeats-kind', CHG, chgRows.length - 1, 3);
  chgRows.push([f4.code, changeDay + 1, changeKind('increase'), '350.000', null]); plant('number-as-text', CHG, chgRows.length - 1, 3);
  // What Excel's SUM holds: the numbers only.
  const chgSum = chgRows.slice(1).reduce((a, row) => a + (typeof row[3] === 'number' ? row[3] : 0), 0);
  chgRows.push(['Tổng cộng', null, null, chgSum, null]);
  const ct = chgRows.length - 1;
  c.sheets.find((s) => s.name === CHG)!.formulas = [{ row: ct, col: 3, formula: `SUM(D2:D${ct})` }];
  plant('sum-skips-text', CHG, ct, 3);

  // Implemented capital: a subtotal row in the middle of the data, and an unknown project.
  const mid = Math.floor(implRows.length / 2);
  implRows.splice(mid, 0, ['Cộng', null, 0]);
  plant('totals-row-inside-data', IMPL, mid, 0);
  implRows.push(['8888888888', '6/2024', 10_000]); plant('unknown-project', IMPL, implRows.length - 1, 0);

  // Exchange rates.
  rateRows.push(['EUR', serial(ymdToDay(2019, 1, 1)), 0, null]); plant('rate-not-positive', RATES, rateRows.length - 1, 2);
  rateRows.push(['JPY', serial(ymdToDay(2021, 1, 1)), null, null]); plant('rate-missing-values', RATES, rateRows.length - 1, 3);

  // A register missing a required column: last year's implemented capital, without its period.
  const OLD = 'Vốn thực hiện 2021';
  c.sheets.push({ name: OLD, rows: [['Mã số dự án', 'Vốn thực hiện (USD)', 'Ghi chú'], [c.fdis[0].code, 250_000, 'Số liệu cũ']], dateCols: [], moneyCols: [1] });
  plant('missing-column', OLD, null, null);

  // Row roles (the sectioned report sheet): a project left without its sector under the heading that names it.
  const blankSector = c.sectioned.dataRows[1][0];
  c.sectioned.sheet.rows[blankSector][SECTIONED_COLS.sector] = null;
  plant('code-from-section', SECTIONED, blankSector, SECTIONED_COLS.sector);

  // Finding registers: a header that could name the commitment beside "Giá trị cam kết".
  // (The no-register rule cannot be planted in a workbook that holds registers.)
  aidRows[header][A['Ghi chú'] + 2] = 'Số tiền';
  plant('ambiguous-header', AID, header, A['Ghi chú'] + 2);

  // The workbook as a whole: a hidden row and column, a hidden backup copy, a second year sheet.
  plantWorkbookLevel(c, header);
}

function plantWorkbookLevel(c: PlantCtx, header: number): void {
  const { A, plant, aidRows, rateRows } = c;
  // A side calculation beside the rate table, past a blank column: figures no register holds.
  const side = rateRows[0].length + 1;
  for (let r = 1; r <= 3; r++) rateRows[r][side] = 1000 * r;
  plant('figures-outside-registers', 'Tỷ giá', 1, side);
  const AID = 'Dự án viện trợ';
  const aid = c.sheets.find((s) => s.name === AID)!;
  const kept = c.projects.slice(-4);
  aid.hiddenRows = [kept[0].row];
  plant('hidden-rows-counted', AID, null, null);
  aid.hiddenCols = [A['Ghi chú']];
  plant('hidden-columns-read', AID, null, null);
  // The copies end at the notes column: the column after it lost its header (blank-header, above).
  const width = A['Ghi chú'] + 1;
  const copyOf = (p: { row: number }) => aidRows[p.row].slice(0, width);
  const head = aidRows[header].slice(0, width);
  const dateCols = [A['Ngày phê duyệt'], A['Ngày bắt đầu'], A['Ngày kết thúc']], moneyCols = [A['Giá trị cam kết']];
  const COPY = 'Bản sao dự án (cũ)';
  c.sheets.push({ name: COPY, rows: [head, copyOf(kept[1]), copyOf(kept[2])], dateCols, moneyCols, hidden: true });
  plant('hidden-sheet-not-counted', COPY, null, null);
  plant('hidden-sheet-repeats-ids', COPY, null, null);
  const YEAR = 'Dự án viện trợ 2019';
  c.sheets.push({ name: YEAR, rows: [head, copyOf(kept[3])], dateCols, moneyCols });
  plant('duplicate-id-across-sheets', YEAR, 1, A['Mã khoản viện trợ']);
}
