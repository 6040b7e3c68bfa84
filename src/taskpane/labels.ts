// Labels of the task pane, in Vietnamese and English: one glossary for the pane's own words.
import type { Lang } from '../core/model';

export const PANE_LABELS = {
  title: { vi: 'Sổ viện trợ & FDI', en: 'Aid & FDI Ledger' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  sections: { vi: 'Các phần', en: 'Sections' },
  functions: { vi: 'Hàm', en: 'Functions' },
  functionsIntro: {
    vi: 'Gõ các hàm này vào bất kỳ ô nào, như hàm sẵn có của Excel. Dấu phân cách đối số theo cài đặt vùng của máy (thường là dấu chấm phẩy).',
    en: 'Type these functions into any cell, like Excel\'s own. Arguments are separated by your regional list separator (usually a comma).',
  },
  loadFailed: { vi: 'Không tải được danh sách hàm.', en: 'The function list could not be loaded.' },
  templates: { vi: 'Biểu mẫu', en: 'Templates' },
  templatesIntro: { vi: 'Chèn sổ theo dõi vào trang mới. Trang đã có không bao giờ bị ghi đè.', en: 'Insert a register on new sheets. Existing sheets are never overwritten.' },
  insertAid: { vi: 'Chèn sổ viện trợ', en: 'Insert aid register' },
  insertFdi: { vi: 'Chèn sổ FDI', en: 'Insert FDI register' },
  templateLang: { vi: 'Ngôn ngữ biểu mẫu', en: 'Template language' },
  inserted: { vi: 'Đã chèn các trang: {sheets}.', en: 'Inserted sheets: {sheets}.' },
  renamedNote: { vi: 'Một số tên đã có sẵn nên đã chọn tên mới.', en: 'Some names were taken, so new names were chosen.' },
  validate: { vi: 'Kiểm tra', en: 'Validate' },
  validateIntro: { vi: 'Kiểm tra mọi sổ theo dõi trong tệp, đánh dấu ô có vấn đề và liệt kê theo quy tắc.', en: 'Check every register in the workbook, mark problem cells and list them by rule.' },
  runValidate: { vi: 'Kiểm tra ngay', en: 'Validate now' },
  countHidden: { vi: 'Tính cả trang ẩn', en: 'Count hidden sheets' },
  hiddenNote: {
    vi: 'Mặc định, sổ trên trang ẩn (thường là bản sao cũ) được liệt kê nhưng không kiểm tra, không tính; dòng và cột bị ẩn hoặc lọc trong sổ vẫn được tính và được nêu rõ.',
    en: 'By default a register on a hidden sheet (usually an old copy) is listed but neither checked nor counted; hidden or filtered rows and columns inside a register are counted, and said.',
  },
  hiddenRowsLine: { vi: ' ({n} dòng ẩn vẫn tính)', en: ' ({n} hidden {n:row|rows} counted)' },
  skippedNote: { vi: 'Trang ẩn không tính: {sheets}.', en: 'Hidden sheets not counted: {sheets}.' },
  cancel: { vi: 'Dừng', en: 'Cancel' },
  cancelled: { vi: 'Đã dừng.', en: 'Cancelled.' },
  progress: { vi: 'Đang đọc {done}/{total} dòng…', en: 'Reading {done}/{total} {total:row|rows}…' },
  found: { vi: 'Tìm thấy {tables} bảng, {errors} lỗi, {warnings} cảnh báo.', en: 'Found {tables} {tables:register|registers}, {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}.' },
  noProblems: { vi: 'Không có vấn đề nào.', en: 'No problems found.' },
  fixAll: { vi: 'Sửa tất cả ({n})', en: 'Fix all ({n})' },
  fixRule: { vi: 'Sửa {n} ô', en: 'Fix {n} {n:cell|cells}' },
  fixOne: { vi: 'Sửa', en: 'Fix' },
  confirmFix: { vi: 'Sẽ thay đổi {n} ô. Tiếp tục?', en: '{n} {n:cell|cells} will change. Continue?' },
  confirmYes: { vi: 'Đồng ý', en: 'OK' },
  confirmNo: { vi: 'Thôi', en: 'Cancel' },
  fixed: { vi: 'Đã sửa {n} ô.', en: 'Fixed {n} {n:cell|cells}.' },
  fixSkipped: { vi: 'Không sửa {cells} vì đã được sửa tay sau khi kiểm tra.', en: 'Left {cells} alone: edited since Validate.' },
  undoFix: { vi: 'Hoàn tác lần sửa vừa rồi', en: 'Undo last fix' },
  undone: { vi: 'Đã trả lại giá trị cũ cho {n} ô.', en: 'Put back the previous values of {n} {n:cell|cells}.' },
  undoKept: { vi: 'Giữ nguyên {cells} vì đã được sửa tay sau lần sửa.', en: 'Kept {cells} as edited after the fix.' },
  clearMarks: { vi: 'Xóa đánh dấu', en: 'Clear marks' },
  cleared: { vi: 'Đã xóa mọi đánh dấu.', en: 'All marks cleared.' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  summaryIntro: { vi: 'Thêm trang tổng hợp với số liệu, bảng, biểu đồ và đoạn văn cho báo cáo.', en: 'Add a summary sheet with figures, tables, a chart and a report paragraph.' },
  period: { vi: 'Kỳ (2024, 2024-H1, 2024-Q3)', en: 'Period (2024, 2024-H1, 2024-Q3)' },
  currency: { vi: 'Loại tiền', en: 'Currency' },
  from: { vi: 'Hoặc từ ngày', en: 'Or from' },
  breakdowns: { vi: 'Bảng chi tiết', en: 'Breakdowns' },
  bySector: { vi: 'Viện trợ theo lĩnh vực', en: 'Aid by sector' },
  byDonor: { vi: 'Viện trợ theo nhà tài trợ', en: 'Aid by donor' },
  byDonorCountry: { vi: 'Viện trợ theo quốc gia tài trợ', en: 'Aid by donor country' },
  byProvince: { vi: 'Viện trợ theo tỉnh, thành phố', en: 'Aid by province' },
  byCountry: { vi: 'FDI theo quốc gia, vùng lãnh thổ', en: 'FDI by country or territory' },
  byVsic: { vi: 'FDI theo ngành VSIC', en: 'FDI by VSIC section' },
  to: { vi: 'đến ngày', en: 'to' },
  buildSummary: { vi: 'Lập tổng hợp', en: 'Build summary' },
  signing: { vi: 'Tiêu đề và chữ ký (lưu trong tệp)', en: 'Heading and signatures (kept in the workbook)' },
  signGoverning: { vi: 'Cơ quan chủ quản (UBND tỉnh …)', en: 'Governing body (Provincial People\'s Committee …)' },
  signIssuer: { vi: 'Cơ quan ban hành (Sở Ngoại vụ …)', en: 'Issuing body (Department of Foreign Affairs …)' },
  signReportNo: { vi: 'Kèm theo Báo cáo số', en: 'Attached to report No.' },
  signReportDate: { vi: 'Ngày báo cáo', en: 'Report date' },
  signPlace: { vi: 'Địa danh (nơi ký)', en: 'Place of signing' },
  signPrepared: { vi: 'Người lập biểu', en: 'Prepared by' },
  signHead: { vi: 'Thủ trưởng đơn vị', en: 'Head of agency' },
  totalsFirst: { vi: 'Dòng tổng cộng ngay dưới tiêu đề bảng', en: 'Total row directly under each table\'s header' },
  summaryDone: { vi: 'Đã thêm trang "{sheet}".', en: 'Added sheet "{sheet}".' },
  notCounted: { vi: 'Không tính {n} dòng có lỗi.', en: '{n} {n:row|rows} with errors not counted.' },
  copy: { vi: 'Sao chép đoạn văn', en: 'Copy paragraph' },
  failed: { vi: 'Không thực hiện được: {message}', en: 'Could not complete: {message}' },
  protectedNote: { vi: 'Các trang đang được bảo vệ nên không đánh dấu và không sửa: {sheets}.', en: 'Protected sheets are listed but not marked or fixed: {sheets}.' },
  registersFound: { vi: 'Các sổ tìm thấy ({n}) và cách khớp cột', en: 'Registers found ({n}) and column matching' },
  registerLine: { vi: '{sheet}: {kind}, {rows} dòng, tiêu đề ở dòng {row}', en: '{sheet}: {kind}, {rows} {rows:row|rows}, header in row {row}' },
  registerLines: { vi: '{sheet}: {kind}, {rows} dòng, tiêu đề ở các dòng {row}', en: '{sheet}: {kind}, {rows} {rows:row|rows}, header in rows {row}' },
  regionAt: { vi: ', vùng {range}', en: ', range {range}' },
  registerColumn: { vi: 'Cột của sổ', en: 'Register column' },
  sheetColumn: { vi: 'Cột trong trang', en: 'Column in the sheet' },
  notPresent: { vi: '— không có —', en: '— not present —' },
  resetMapping: { vi: 'Khớp cột tự động lại', en: 'Match columns automatically again' },
  mappingSaved: { vi: 'Đã lưu cách khớp cột của trang "{sheet}" vào tệp và kiểm tra lại.', en: 'Saved the column matching of sheet "{sheet}" in the workbook and validated again.' },
  rechecked: { vi: 'Đã kiểm tra lại sau khi sửa: {errors} lỗi, {warnings} cảnh báo.', en: 'Checked again after your edit: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}.' },
  datePattern: { vi: 'dd/mm/yyyy', en: 'mm/dd/yyyy' },
  dateInvalid: { vi: 'Ngày "{value}" không đọc được. Viết theo dạng ngày/tháng/năm, ví dụ 31/12/2024.', en: 'The date "{value}" cannot be read. Write it as month/day/year, e.g. 12/31/2024.' },
  dateOrder: { vi: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', en: 'The start date must be on or before the end date.' },
  periodInvalid: { vi: 'Kỳ "{value}" không đọc được. Viết như 2024, 2024-H1, 2024-Q3 hoặc 2024-05.', en: 'The period "{value}" cannot be read. Write it as 2024, 2024-H1, 2024-Q3 or 2024-05.' },
  needsExcelApi: {
    vi: 'Phiên bản Excel này chưa hỗ trợ các thao tác trên bảng tính (cần ExcelApi 1.9: Microsoft 365, Excel 2021 trở lên hoặc Excel trên web).',
    en: 'This version of Excel lacks the workbook features the pane needs (ExcelApi 1.9: Microsoft 365, Excel 2021 or later, or Excel on the web).',
  },
  capabilities: { vi: 'Excel này dùng được gì', en: 'What this Excel supports' },
  canPane: { vi: 'Kiểm tra, sửa, hoàn tác, chèn biểu mẫu và lập trang tổng hợp: dùng được.', en: 'Validate, fix, undo, templates and summary sheets: available.' },
  canMerged: { vi: 'Ô gộp trong sổ được đọc cho mọi dòng của ô gộp.', en: 'Merged cells are read for every row they cover.' },
  noMerged: {
    vi: 'Excel này chưa cho đọc ô gộp (cần ExcelApi 1.13): giá trị gộp xuống nhiều dòng chỉ được tính ở dòng đầu; hãy bỏ gộp ô trước khi kiểm tra.',
    en: 'This Excel cannot read merged cells (ExcelApi 1.13 needed): a value merged down several rows counts in its first row only; unmerge before validating.',
  },
  canFunctions: { vi: 'Các hàm AID.* dùng được trong mọi ô.', en: 'The AID.* functions work in any cell.' },
  noFunctions: {
    vi: 'Excel này không có các hàm AID.*: cột kiểm tra của biểu mẫu dùng công thức sẵn có của Excel thay thế; hãy dùng nút Kiểm tra ở đây để kiểm tra đầy đủ.',
    en: 'AID.* functions are not available in this Excel: the check column uses built-in formulas instead; use Validate here for the full check.',
  },
  canShared: { vi: 'Các nút trên thanh Ribbon mở ngăn này và chạy ngay thao tác của nút.', en: 'The ribbon buttons open this pane and run their action.' },
  noShared: {
    vi: 'Các nút trên thanh Ribbon không dùng được trong Excel này: hãy dùng các nút trong ngăn này.',
    en: 'The ribbon buttons do not work in this Excel: use the buttons in this pane.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type PaneLabel = keyof typeof PANE_LABELS;

/**
 * A label with {placeholders} filled in; values are plain text (the pane sets textContent only).
 * `{n:cell|cells}` is the word for the number n: the first form for 1, the second otherwise
 * (English; Vietnamese nouns do not change with the number).
 */
export function label(key: PaneLabel, lang: Lang, params: Record<string, string | number> = {}): string {
  return PANE_LABELS[key][lang].replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (_, k: string, one?: string, many?: string) => {
    if (one === undefined) return String(params[k] ?? `{${k}}`);
    return Number(params[k]) === 1 ? one : many!;
  });
}
