// Messages our functions show on their error values, in Vietnamese and English. Kept apart from the
// engine's rule messages: these talk about function arguments, not register cells.
import type { Lang } from '../core/model';

type Msg = (p: Record<string, string | number>) => string;
const M: Record<string, { vi: Msg; en: Msg }> = {
  'amount-empty': { vi: () => 'Ô trống: không có số tiền để đọc.', en: () => 'The cell is empty: there is no amount to read.' },
  'amount-not-a-number': { vi: (p) => `Không đọc được "${p.text}" thành số tiền.`, en: (p) => `"${p.text}" cannot be read as an amount.` },
  'amount-ambiguous-separators': { vi: (p) => `"${p.text}" dùng dấu chấm và dấu phẩy lẫn lộn; không rõ đâu là phần thập phân.`, en: (p) => `"${p.text}" mixes dots and commas; the decimal part is unclear.` },
  'amount-multiple-numbers': { vi: (p) => `"${p.text}" chứa nhiều hơn một số.`, en: (p) => `"${p.text}" holds more than one number.` },
  'amount-bad-magnitude': { vi: (p) => `"${p.text}": đơn vị (nghìn, triệu, tỷ) không đúng chỗ.`, en: (p) => `"${p.text}": the magnitude word (thousand, million, billion) is misplaced.` },
  'amount-not-finite': { vi: (p) => `"${p.text}" không phải một số hữu hạn (vô cực hoặc vượt quá khả năng tính của máy).`, en: (p) => `"${p.text}" is not a finite number (infinite, or beyond what a computer can count).` },
  'amount-too-large': { vi: (p) => `"${p.text}" vượt quá 2^53 (9.007.199.254.740.991): máy tính và Excel không giữ đúng từng đơn vị của số này.`, en: (p) => `"${p.text}" is beyond 2^53 (9,007,199,254,740,991): neither a computer nor Excel holds every unit of it exactly.` },
  'amount-ambiguous': { vi: (p) => `"${p.text}" có thể là ${p.value} hoặc ${p.alternative}; hãy ghi rõ (ví dụ thêm loại tiền).`, en: (p) => `"${p.text}" could be ${p.value} or ${p.alternative}; write it unambiguously (for example with its currency).` },
  'amount-currency-conflict': { vi: (p) => `"${p.text}" ghi loại tiền ${p.found}, nhưng đối số yêu cầu ${p.wanted}.`, en: (p) => `"${p.text}" is in ${p.found}, but the argument asks for ${p.wanted}.` },
  'single-cell': { vi: (p) => `Đối số ${p.name} phải là một ô, không phải một vùng.`, en: (p) => `Argument ${p.name} must be a single cell, not a range.` },
  'shape-mismatch': { vi: (p) => `Hai vùng phải cùng kích thước (${p.a} và ${p.b}).`, en: (p) => `The two ranges must have the same size (${p.a} and ${p.b}).` },
  'not-text': { vi: (p) => `Cần văn bản, nhận được ${p.value}.`, en: (p) => `Text expected, got ${p.value}.` },
  'not-a-number': { vi: (p) => `Cần một số, nhận được "${p.value}".`, en: (p) => `A number is expected, got "${p.value}".` },
  'currency-unknown': { vi: (p) => `"${p.text}" không phải loại tiền nào đã biết (mã ISO 4217, tên hoặc ký hiệu).`, en: (p) => `"${p.text}" is not a known currency (ISO 4217 code, name or symbol).` },
  'ambiguous-code': { vi: (p) => `"${p.text}" có thể là: ${p.candidates}.`, en: (p) => `"${p.text}" could be: ${p.candidates}.` },
  'sector-unknown': { vi: (p) => `"${p.text}" không thuộc danh mục lĩnh vực.`, en: (p) => `"${p.text}" is not in the sector list.` },
  'country-unknown': { vi: (p) => `"${p.text}" không phải quốc gia, vùng lãnh thổ nào đã biết.`, en: (p) => `"${p.text}" is not a known country or territory.` },
  'province-unknown': { vi: (p) => `"${p.text}" không phải tỉnh, thành phố nào (kể cả tên trước sáp nhập).`, en: (p) => `"${p.text}" is not a province or city (old names included).` },
  'bad-option': { vi: (p) => `Đối số ${p.name} không hợp lệ: "${p.value}"; dùng một trong: ${p.allowed}.`, en: (p) => `Invalid ${p.name} "${p.value}"; use one of: ${p.allowed}.` },
  'rate-negative': { vi: () => 'Giá trị giải ngân và cam kết không được âm.', en: () => 'Disbursed and committed values cannot be negative.' },
  'rate-zero-committed': { vi: (p) => `Cam kết bằng 0 nhưng đã giải ngân ${p.disbursed}: không tính được tỷ lệ.`, en: (p) => `Nothing committed but ${p.disbursed} disbursed: no rate can be computed.` },
  'date-missing': { vi: () => 'Thiếu ngày: cần ngày giao dịch để chọn tỷ giá.', en: () => 'The date is missing: the transaction date picks the exchange rate.' },
  'date-bad': { vi: (p) => `Không đọc được "${p.text}" thành ngày.`, en: (p) => `"${p.text}" cannot be read as a date.` },
  'rates-no-table': { vi: () => 'Vùng tỷ giá không có bảng tỷ giá (cần các cột Loại tiền, Áp dụng từ ngày và Tỷ giá quy đổi).', en: () => 'The rates range holds no exchange-rate table (columns Currency, Valid from and a Rate column are needed).' },
  'rates-missing': { vi: (p) => `Không có tỷ giá ${p.from}→${p.to} áp dụng vào ngày ${p.date}.`, en: (p) => `No ${p.from}→${p.to} rate is in force on ${p.date}.` },
  'words-range': { vi: () => 'Số tiền quá lớn để đọc thành chữ (tối đa 15 chữ số).', en: () => 'The amount is too large to write in words (15 digits at most).' },
  'table-none': { vi: () => 'Không tìm thấy bảng đăng ký trong vùng: vùng cần có dòng tiêu đề (ví dụ Mã khoản viện trợ, Lĩnh vực, Giá trị cam kết).', en: () => 'No register found in the range: it needs a header row (for example Aid ID, Sector, Committed amount).' },
  'table-kind': { vi: (p) => `Vùng là bảng "${p.found}", cần bảng "${p.wanted}".`, en: (p) => `The range is a "${p.found}" register; a "${p.wanted}" one is needed.` },
  'period-bad': { vi: (p) => `Kỳ không hợp lệ: ${p.reason}`, en: (p) => `Invalid period: ${p.reason}` },
  'check-kind-needed': { vi: () => 'Cần đối số kind (ví dụ "aid-projects") hoặc header (dòng tiêu đề) để biết các cột.', en: () => 'Give kind (for example "aid-projects") or header (the header row) so that the columns are known.' },
  'check-width': { vi: (p) => `Dòng có ${p.got} cột nhưng tiêu đề có ${p.want} cột.`, en: (p) => `The row has ${p.got} ${p.got === 1 ? 'column' : 'columns'} but the header has ${p.want}.` },
};

export function fnMessage(id: keyof typeof M | string, lang: Lang, params: Record<string, string | number> = {}): string {
  const m = M[id];
  if (!m) throw new Error(`no function message ${id}`);
  return m[lang](params);
}
