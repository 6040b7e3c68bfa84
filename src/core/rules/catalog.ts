// Every rule the engine applies: a stable id (never reused), a short name in the spirit of
// Frictionless Table Schema's error vocabulary, a severity, and its message in Vietnamese and English.
// Errors leave the row out of every total; warnings do not.
import type { Severity } from '../model';

export type RuleScope = 'table' | 'cell' | 'row' | 'cross';

/** Message parameters: `where` (cell and sheet), `column` (localised label), and rule-specific ones. */
export type MsgParams = Record<string, string | number>;

export interface RuleDef {
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** One-line description for the README and the task pane's rule list. */
  readonly titleVi: string;
  readonly titleEn: string;
  readonly vi: (p: MsgParams) => string;
  readonly en: (p: MsgParams) => string;
}

const q = (s: string | number | undefined): string => `"${String(s ?? '')}"`;

const RULE_LIST: RuleDef[] = [
  // ---- table ----
  {
    id: 'AID-T001', name: 'missing-column', severity: 'error', scope: 'table',
    titleVi: 'Thiếu cột bắt buộc', titleEn: 'Required column missing',
    vi: (p) => `Trang ${q(p.sheet)}, bảng "${p.register}" (tiêu đề ở dòng ${p.headerRow}): thiếu cột bắt buộc "${p.column}"; cần thêm cột có tiêu đề "${p.column}".`,
    en: (p) => `Sheet ${q(p.sheet)}, register "${p.register}" (header on row ${p.headerRow}): required column "${p.column}" is missing; add a column headed "${p.column}".`,
  },
  {
    id: 'AID-T002', name: 'duplicate-column', severity: 'error', scope: 'table',
    titleVi: 'Cột bị trùng', titleEn: 'Duplicate column',
    vi: (p) => `${p.where}: cột "${p.header}" trùng với cột "${p.column}" ở ô ${p.first}; chỉ cột đầu tiên được dùng, cần xóa hoặc đổi tên cột này.`,
    en: (p) => `${p.where}: column "${p.header}" duplicates "${p.column}" at ${p.first}; only the first is used, so remove or rename this one.`,
  },
  {
    id: 'AID-T003', name: 'blank-header', severity: 'warning', scope: 'table',
    titleVi: 'Cột có dữ liệu nhưng không có tiêu đề', titleEn: 'Data under a blank header',
    vi: (p) => `${p.where}: cột này có dữ liệu nhưng không có tiêu đề; dữ liệu bị bỏ qua, cần ghi tiêu đề cho cột.`,
    en: (p) => `${p.where}: this column holds data but has no header; its data is ignored, so give it a header.`,
  },
  {
    id: 'AID-T004', name: 'blank-row', severity: 'warning', scope: 'table',
    titleVi: 'Dòng trống giữa dữ liệu', titleEn: 'Blank row inside the data',
    vi: (p) => `${p.where}: dòng ${p.row} trống nằm giữa các dòng dữ liệu; nên xóa dòng trống.`,
    en: (p) => `${p.where}: row ${p.row} is blank but lies between data rows; delete the blank row.`,
  },
  {
    id: 'AID-T005', name: 'totals-row-inside-data', severity: 'warning', scope: 'table',
    titleVi: 'Dòng tổng cộng nằm giữa dữ liệu', titleEn: 'Totals row inside the data',
    vi: (p) => `${p.where}: dòng ${p.row} là dòng tổng cộng nhưng bên dưới vẫn còn dữ liệu; dòng này không được tính, nên chuyển nó xuống cuối bảng.`,
    en: (p) => `${p.where}: row ${p.row} is a totals row but data follows it; it is left out, so move it to the bottom.`,
  },
  {
    id: 'AID-T006', name: 'totals-mismatch', severity: 'error', scope: 'table',
    titleVi: 'Dòng tổng cộng không khớp', titleEn: 'Totals row does not match',
    vi: (p) => `${p.where}: dòng tổng cộng ghi ${p.column} là ${p.stated} nhưng tổng các dòng phía trên là ${p.computed} (chênh lệch ${p.diff}).`,
    en: (p) => `${p.where}: the totals row states ${p.column} as ${p.stated} but the rows above add up to ${p.computed} (a difference of ${p.diff}).`,
  },
  // ---- cell ----
  {
    id: 'AID-C101', name: 'required-missing', severity: 'error', scope: 'cell',
    titleVi: 'Thiếu giá trị bắt buộc', titleEn: 'Required value missing',
    vi: (p) => `${p.where}: thiếu "${p.column}"; ô này bắt buộc phải có giá trị.`,
    en: (p) => `${p.where}: "${p.column}" is missing; this cell must have a value.`,
  },
  {
    id: 'AID-C102', name: 'not-a-number', severity: 'error', scope: 'cell',
    titleVi: 'Không phải số', titleEn: 'Not a number',
    vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" không đọc được thành số; cần một số như 1.250.000 hoặc "3,7 triệu USD".`,
    en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" cannot be read as a number; expected a number such as 1,250,000 or "3.7 million USD".`,
  },
  {
    id: 'AID-C103', name: 'not-a-date', severity: 'error', scope: 'cell',
    titleVi: 'Không phải ngày hợp lệ', titleEn: 'Not a valid date',
    vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" không phải ngày hợp lệ (${p.reason}); cần ngày dạng ngày/tháng/năm, ví dụ 29/4/2022.`,
    en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" is not a valid date (${p.reason}); expected day/month/year, e.g. 29/4/2022.`,
  },
  {
    id: 'AID-C104', name: 'number-as-text', severity: 'warning', scope: 'cell',
    titleVi: 'Số lưu dạng văn bản', titleEn: 'Number stored as text',
    vi: (p) => `${p.where}: ${q(p.value)} là số nhưng lưu dạng văn bản, Excel sẽ không cộng được; sửa thành số ${p.fixText}.`,
    en: (p) => `${p.where}: ${q(p.value)} is a number stored as text, which Excel cannot add up; fix: the number ${p.fixText}.`,
  },
  {
    id: 'AID-C105', name: 'ambiguous-number', severity: 'error', scope: 'cell',
    titleVi: 'Số có thể hiểu hai cách', titleEn: 'Ambiguous number',
    vi: (p) => `${p.where}: ${q(p.value)} có thể là ${p.reading} hoặc ${p.alternative}; cần người nhập xác định và ghi lại rõ ràng.`,
    en: (p) => `${p.where}: ${q(p.value)} could be ${p.reading} or ${p.alternative}; only a person can tell, so retype it unambiguously.`,
  },
  {
    id: 'AID-C106', name: 'code-not-canonical', severity: 'warning', scope: 'cell',
    titleVi: 'Giá trị chưa đúng tên chuẩn', titleEn: 'Value not in its canonical form',
    vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" được hiểu là ${q(p.canonical)}; sửa thành tên chuẩn ${q(p.canonical)}.`,
    en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" is read as ${q(p.canonical)}; fix: the canonical ${q(p.canonical)}.`,
  },
  {
    id: 'AID-C107', name: 'code-unknown', severity: 'error', scope: 'cell',
    titleVi: 'Giá trị ngoài danh mục', titleEn: 'Value outside its code list',
    vi: (p) => `${p.where}: ${q(p.value)} không có trong danh mục "${p.column}"${p.candidates ? ` (có thể là: ${p.candidates})` : ''}; cần chọn một giá trị trong danh mục, ví dụ ${q(p.example)}.`,
    en: (p) => `${p.where}: ${q(p.value)} is not in the "${p.column}" list${p.candidates ? ` (could be: ${p.candidates})` : ''}; expected a listed value such as ${q(p.example)}.`,
  },
  {
    id: 'AID-C108', name: 'negative-amount', severity: 'error', scope: 'cell',
    titleVi: 'Số tiền âm', titleEn: 'Negative amount',
    vi: (p) => `${p.where}: "${p.column}" là số âm (${p.value}); cần số không âm (giảm vốn ghi số dương với loại "Giảm vốn").`,
    en: (p) => `${p.where}: "${p.column}" is negative (${p.value}); expected zero or more (record a decrease as a positive amount of kind "Decrease").`,
  },
  {
    id: 'AID-C109', name: 'future-date', severity: 'error', scope: 'cell',
    titleVi: 'Ngày ở tương lai', titleEn: 'Date in the future',
    vi: (p) => `${p.where}: "${p.column}" là ${p.value}, sau ngày hôm nay (${p.today}); ngày này không thể ở tương lai.`,
    en: (p) => `${p.where}: "${p.column}" is ${p.value}, after today (${p.today}); this date cannot lie in the future.`,
  },
  {
    id: 'AID-C110', name: 'approximate-amount', severity: 'warning', scope: 'cell',
    titleVi: 'Số tiền ước tính', titleEn: 'Approximate amount',
    vi: (p) => `${p.where}: ${q(p.value)} là số ước tính (${p.approx}); được tính là ${p.reading} và ghi nhận là số gần đúng, nên thay bằng số chính xác.`,
    en: (p) => `${p.where}: ${q(p.value)} is approximate (${p.approx}); it is counted as ${p.reading} and flagged as approximate, so enter the exact figure.`,
  },
  {
    id: 'AID-C111', name: 'legacy-encoding', severity: 'warning', scope: 'cell',
    titleVi: 'Chữ mã cũ (TCVN3/VNI)', titleEn: 'Legacy-encoded text (TCVN3/VNI)',
    vi: (p) => `${p.where}: ${q(p.value)} là chữ mã ${p.encoding}; sửa thành Unicode ${q(p.fixText)}.`,
    en: (p) => `${p.where}: ${q(p.value)} is ${p.encoding} text; fix: the Unicode ${q(p.fixText)}.`,
  },
  {
    id: 'AID-C112', name: 'stray-spaces', severity: 'warning', scope: 'cell',
    titleVi: 'Khoảng trắng thừa', titleEn: 'Stray spaces',
    vi: (p) => `${p.where}: ${q(p.value)} có khoảng trắng thừa; sửa thành ${q(p.fixText)}.`,
    en: (p) => `${p.where}: ${q(p.value)} has stray spaces; fix: ${q(p.fixText)}.`,
  },
  {
    id: 'AID-C113', name: 'cell-error', severity: 'error', scope: 'cell',
    titleVi: 'Ô có lỗi công thức', titleEn: 'Formula error in cell',
    vi: (p) => `${p.where}: ô có lỗi ${p.value}; cần sửa công thức hoặc nhập giá trị.`,
    en: (p) => `${p.where}: the cell holds the error ${p.value}; fix the formula or type the value.`,
  },
  {
    id: 'AID-C114', name: 'date-as-text', severity: 'warning', scope: 'cell',
    titleVi: 'Ngày lưu dạng văn bản', titleEn: 'Date stored as text',
    vi: (p) => `${p.where}: ${q(p.value)} là ngày nhưng lưu dạng văn bản, Excel không lọc, so sánh được; sửa thành ngày ${p.fixText}.`,
    en: (p) => `${p.where}: ${q(p.value)} is a date stored as text, which Excel cannot filter or compare; fix: the date ${p.fixText}.`,
  },
  {
    id: 'AID-C115', name: 'not-an-integer', severity: 'error', scope: 'cell',
    titleVi: 'Không phải số nguyên', titleEn: 'Not a whole number',
    vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" phải là số nguyên không âm.`,
    en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" must be a whole number, zero or more.`,
  },
  {
    id: 'AID-C116', name: 'rate-not-positive', severity: 'error', scope: 'cell',
    titleVi: 'Tỷ giá không hợp lệ', titleEn: 'Exchange rate not positive',
    vi: (p) => `${p.where}: tỷ giá ${q(p.value)} phải là số dương.`,
    en: (p) => `${p.where}: the exchange rate ${q(p.value)} must be a positive number.`,
  },
  // ---- row ----
  {
    id: 'AID-R201', name: 'end-before-start', severity: 'error', scope: 'row',
    titleVi: 'Ngày kết thúc trước ngày bắt đầu', titleEn: 'End before start',
    vi: (p) => `${p.where}: ngày kết thúc ${p.end} trước ngày bắt đầu ${p.start}; cần kiểm tra lại hai ngày này.`,
    en: (p) => `${p.where}: end date ${p.end} is before start date ${p.start}; check both dates.`,
  },
  {
    id: 'AID-R202', name: 'approval-after-start', severity: 'warning', scope: 'row',
    titleVi: 'Phê duyệt sau ngày bắt đầu', titleEn: 'Approved after start',
    vi: (p) => `${p.where}: ngày phê duyệt ${p.approval} sau ngày bắt đầu ${p.start}; khoản viện trợ thường chỉ bắt đầu sau khi được phê duyệt.`,
    en: (p) => `${p.where}: approval date ${p.approval} is after start date ${p.start}; aid normally starts only once approved.`,
  },
  {
    id: 'AID-R203', name: 'over-disbursed', severity: 'warning', scope: 'row',
    titleVi: 'Giải ngân vượt cam kết', titleEn: 'Disbursed more than committed',
    vi: (p) => `${p.where}: đã giải ngân ${p.disbursed} ${p.currency}, vượt giá trị cam kết ${p.committed} ${p.currency}.`,
    en: (p) => `${p.where}: ${p.disbursed} ${p.currency} disbursed to date, more than the ${p.committed} ${p.currency} committed.`,
  },
  {
    id: 'AID-R204', name: 'completed-not-disbursed', severity: 'warning', scope: 'row',
    titleVi: 'Đã hoàn thành nhưng chưa giải ngân', titleEn: 'Completed with nothing disbursed',
    vi: (p) => `${p.where}: tình trạng "Đã hoàn thành" nhưng chưa có khoản giải ngân nào.`,
    en: (p) => `${p.where}: status is "Completed" but nothing has been disbursed.`,
  },
  {
    id: 'AID-R205', name: 'change-after-termination', severity: 'error', scope: 'row',
    titleVi: 'Điều chỉnh vốn sau khi chấm dứt', titleEn: 'Capital change after termination',
    vi: (p) => `${p.where}: dự án ${q(p.project)} đã chấm dứt ngày ${p.terminated} nhưng có điều chỉnh vốn ngày ${p.date}.`,
    en: (p) => `${p.where}: project ${q(p.project)} was terminated on ${p.terminated} but has a capital change dated ${p.date}.`,
  },
  {
    id: 'AID-R206', name: 'active-after-termination', severity: 'warning', scope: 'row',
    titleVi: 'Còn hoạt động sau ngày chấm dứt', titleEn: 'Active after termination date',
    vi: (p) => `${p.where}: có ngày chấm dứt ${p.terminated} nhưng tình trạng vẫn là ${q(p.status)}; cần cập nhật tình trạng "Chấm dứt hoạt động".`,
    en: (p) => `${p.where}: termination date is ${p.terminated} but the status is still ${q(p.status)}; set the status to "Terminated".`,
  },
  {
    id: 'AID-R207', name: 'rate-missing-values', severity: 'error', scope: 'row',
    titleVi: 'Dòng tỷ giá không có tỷ giá', titleEn: 'Exchange-rate row without a rate',
    vi: (p) => `${p.where}: dòng tỷ giá ${q(p.currency)} không có tỷ giá quy đổi USD hay VND.`,
    en: (p) => `${p.where}: the ${q(p.currency)} rate row has neither a USD nor a VND rate.`,
  },
  // ---- across rows and tables ----
  {
    id: 'AID-X301', name: 'duplicate-id', severity: 'error', scope: 'cross',
    titleVi: 'Mã bị trùng', titleEn: 'Duplicate id',
    vi: (p) => `${p.where}: mã ${q(p.value)} đã có ở dòng ${p.firstRow}; mỗi mã chỉ được dùng một lần.`,
    en: (p) => `${p.where}: id ${q(p.value)} already appears on row ${p.firstRow}; each id must be unique.`,
  },
  {
    id: 'AID-X302', name: 'duplicate-row', severity: 'warning', scope: 'cross',
    titleVi: 'Dòng bị trùng', titleEn: 'Duplicate row',
    vi: (p) => `${p.where}: dòng ${p.row} giống hệt dòng ${p.firstRow}; có thể đã nhập hai lần.`,
    en: (p) => `${p.where}: row ${p.row} is identical to row ${p.firstRow}; it may have been entered twice.`,
  },
  {
    id: 'AID-X303', name: 'unknown-project', severity: 'error', scope: 'cross',
    titleVi: 'Mã dự án không tồn tại', titleEn: 'Unknown project id',
    vi: (p) => `${p.where}: mã ${q(p.value)} không có trong bảng "${p.register}"; cần mã của một dự án đã đăng ký.`,
    en: (p) => `${p.where}: id ${q(p.value)} is not in the "${p.register}" register; expected the id of a registered project.`,
  },
  {
    id: 'AID-X304', name: 'disbursed-before-approval', severity: 'warning', scope: 'cross',
    titleVi: 'Giải ngân trước ngày phê duyệt', titleEn: 'Disbursed before approval',
    vi: (p) => `${p.where}: giải ngân ngày ${p.date}, trước ngày phê duyệt ${p.approval} của khoản viện trợ ${q(p.value)}.`,
    en: (p) => `${p.where}: disbursed on ${p.date}, before aid ${q(p.value)} was approved on ${p.approval}.`,
  },
  {
    id: 'AID-X305', name: 'missing-rate', severity: 'error', scope: 'cross',
    titleVi: 'Thiếu tỷ giá', titleEn: 'No exchange rate',
    vi: (p) => `${p.where}: không có tỷ giá ${p.currency} áp dụng cho ngày ${p.date}; cần thêm vào bảng tỷ giá một dòng ${p.currency} có "Áp dụng từ ngày" không muộn hơn ${p.date}.`,
    en: (p) => `${p.where}: no ${p.currency} exchange rate is valid on ${p.date}; add a row for ${p.currency} to the exchange-rate table valid from ${p.date} or earlier.`,
  },
];

export const RULES: ReadonlyMap<string, RuleDef> = new Map(RULE_LIST.map((r) => [r.id, r]));
export const RULE_IDS: readonly string[] = RULE_LIST.map((r) => r.id);

export function rule(id: string): RuleDef {
  const r = RULES.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}
