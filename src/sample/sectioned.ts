// The demo's aid projects laid out as a province reports them: a title block, sections by sector
// (Roman STT with the sector's name beside it, the heading carrying its subtotal, or a "Cộng III"
// row), the grand total, notes and the signature block. Its figures add up, so a clean sample raises
// nothing on it; the planted sample leaves one sector blank under its heading (code-from-section).
import { CODE_LISTS } from '../core/codes';
import type { RawValue } from '../core/model';
import { dayToExcelSerial, ymdToDay } from '../core/parse/date';
import type { SampleSheet } from './generate';

export const SECTIONED = 'Báo cáo theo lĩnh vực';

const HEADER = ['STT', 'Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Quốc gia tài trợ', 'Lĩnh vực',
  'Ngày phê duyệt', 'Ngày bắt đầu', 'Ngày kết thúc', 'Loại tiền', 'Giá trị cam kết', 'Tình trạng'];
/** Columns of HEADER the planting and the totals need. */
export const SECTIONED_COLS = { sector: 5, committed: 10 } as const;

const day = (y: number, m: number, d: number) => dayToExcelSerial(ymdToDay(y, m, d));
const sector = (code: string) => CODE_LISTS.sectors.byCode(code)!.vi;
const country = (code: string) => CODE_LISTS.countries.byCode(code)?.vi ?? code;

interface Group { code: string; subtotalRow: boolean; projects: [string, string, string, number][] }
const GROUPS: Group[] = [
  { code: 'YT', subtotalRow: false, projects: [['Nâng cao năng lực y tế cơ sở', 'KOICA', 'KR', 450_000], ['Phòng chống suy dinh dưỡng trẻ em', 'World Vision', 'US', 120_500]] },
  { code: 'GDDT', subtotalRow: false, projects: [['Xây dựng trường mầm non', 'JICA', 'JP', 300_000], ['Học bổng cho học sinh nghèo', 'ChildFund', 'AU', 45_000], ['Hỗ trợ trẻ em khuyết tật', 'HOLT International', 'US', 80_000]] },
  { code: 'NNPTNT', subtotalRow: true, projects: [['Nông nghiệp thích ứng biến đổi khí hậu', 'IFAD', 'INT', 600_000], ['Phát triển sinh kế bền vững', 'Oxfam', 'GB', 95_000]] },
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** The sheet, and the 0-based rows of its data rows, by group. */
export function sectionedSheet(): { sheet: SampleSheet; dataRows: number[][] } {
  const rows: RawValue[][] = [
    ['UBND TỈNH QUẢNG TRỊ', null, null, null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['SỞ NGOẠI VỤ', null, null, null, null, null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
    [],
    ['BIỂU TỔNG HỢP CÁC KHOẢN VIỆN TRỢ THEO LĨNH VỰC NĂM 2023'],
    [],
    HEADER,
  ];
  const dataRows: number[][] = [];
  let total = 0;
  let n = 0;
  GROUPS.forEach((g, gi) => {
    const sum = g.projects.reduce((s, p) => s + p[3], 0);
    total += sum;
    const heading: RawValue[] = [ROMAN[gi], null, sector(g.code)];
    if (!g.subtotalRow) heading[SECTIONED_COLS.committed] = sum;
    rows.push(heading);
    const mine: number[] = [];
    g.projects.forEach(([title, donor, cc, committed], k) => {
      n++;
      mine.push(rows.length);
      rows.push([k + 1, `VT-2023-LV${String(n).padStart(2, '0')}`, title, donor, country(cc), sector(g.code),
        day(2023, 2 + n, 10), day(2023, 3 + n, 1), day(2027, 12, 31), 'USD', committed, 'Đang thực hiện']);
    });
    dataRows.push(mine);
    if (g.subtotalRow) {
      const sub: RawValue[] = [null, null, `Cộng ${ROMAN[gi]}`];
      sub[SECTIONED_COLS.committed] = sum;
      rows.push(sub);
    }
  });
  const grand: RawValue[] = [null, null, 'Tổng cộng'];
  grand[SECTIONED_COLS.committed] = total;
  rows.push(grand);
  const at = (pairs: [number, string][]): RawValue[] => { const r: RawValue[] = []; for (const [c, v] of pairs) r[c] = v; return r; };
  rows.push(
    [],
    ['Ghi chú: giá trị cam kết theo quyết định phê duyệt của UBND tỉnh.'],
    ['Nguồn: Sở Ngoại vụ tổng hợp từ báo cáo của các chủ khoản viện trợ.'],
    [],
    at([[8, 'Quảng Trị, ngày 10 tháng 01 năm 2024']]),
    at([[1, 'NGƯỜI LẬP BIỂU'], [4, 'KẾ TOÁN TRƯỞNG'], [8, 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC']]),
    at([[1, '(Ký, ghi rõ họ tên)'], [4, '(Ký, ghi rõ họ tên)'], [8, '(Ký tên, đóng dấu)']]),
    [], [], [],
    at([[1, 'Nguyễn Văn An'], [4, 'Trần Thị Bình'], [8, 'Lê Văn Cường']]),
  );
  const last = rows.length;
  const sheet: SampleSheet = {
    name: SECTIONED,
    rows,
    dateCols: [6, 7, 8],
    moneyCols: [SECTIONED_COLS.committed],
    merges: ['A1:E1', 'A2:E2', 'I1:L1', 'I2:L2', 'A4:L4', `I${last - 6}:L${last - 6}`],
  };
  return { sheet, dataRows };
}
