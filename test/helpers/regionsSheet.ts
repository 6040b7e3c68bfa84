// A sheet as a province keeps it, for the pane's column-matching tests (Office mock and Chromium):
// a title, then two registers side by side, the left one under a two-row header ("Giá trị (USD)"
// merged over "Cam kết | Giải ngân"), the right one (disbursements) a one-row header beside it.
import { a1 } from '../../src/core/base/a1';

export const REGIONS_SHEET = 'Sổ 2024';

/** Excel's day serial of a date. */
const serial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

const LEAD = ['STT', 'Mã dự án', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt'];

/** Rows from A1 as the readers give them: a merged cell's value in each cell it covers. */
export function regionsRows(): (string | number | null)[][] {
  return [
    ['DANH MỤC DỰ ÁN VIỆN TRỢ NĂM 2024'],
    [],
    [...LEAD, 'Giá trị (USD)', 'Giá trị (USD)', null, 'Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền (USD)', 'Ghi chú'],
    [...LEAD, 'Cam kết', 'Giải ngân'],
    [1, 'VT-2024-01', 'Nước sạch cho trường học', 'World Vision', 'Y tế', serial(2024, 3, 1), 250, 100, null, 'VT-2024-01', serial(2024, 4, 1), 100, 'Đợt 1'],
    [2, 'VT-2024-02', 'Học bổng cho học sinh nghèo', 'ChildFund', 'Giáo dục - Đào tạo', serial(2024, 5, 12), 120.5, 60, null, 'VT-2024-02', serial(2024, 6, 1), 60, 'Đợt 1'],
    [3, 'VT-2024-03', 'Trạm y tế xã', 'KOICA', 'Y tế', serial(2024, 8, 20), 1000, 0],
  ];
}

/** The same sheet as Excel holds it: merged areas keep their value in the top-left cell only. */
export function regionsCells(): { cells: Record<string, string | number>; merges: string[] } {
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:H3'];
  const cells: Record<string, string | number> = {};
  regionsRows().forEach((row, r) => row.forEach((v, c) => {
    if (v === null) return;
    // Cells a merge covers beyond its top-left hold nothing.
    if ((r === 3 && c < 6) || (r === 2 && c === 7)) return;
    cells[a1(r, c)] = v;
  }));
  return { cells, merges };
}
