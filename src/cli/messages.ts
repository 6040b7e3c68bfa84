// The CLI's own one-line messages (usage errors, files it cannot read or write), in Vietnamese and
// English. Each says what went wrong and what to do; the caller prints exactly one line and exits 2.
import type { Lang } from '../core/model';
import { visible } from './visible';

type P = Record<string, string | number>;
type Text = (p: P) => string;

const HELP_VI = ' (xem "aidledger help").';
const HELP_EN = ' (see "aidledger help").';

/** Why a write failed, from the system's error code. */
const WRITE_FAILURES: Record<string, { vi: string; en: string }> = {
  ENOSPC: { vi: 'đĩa đầy', en: 'the disk is full' },
  EACCES: { vi: 'không có quyền ghi vào thư mục', en: 'no permission to write in the folder' },
  EPERM: { vi: 'không có quyền ghi vào thư mục', en: 'no permission to write in the folder' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  EDQUOT: { vi: 'hết hạn mức dung lượng', en: 'the disk quota is used up' },
};
const why = (code: string | number, lang: Lang): string => WRITE_FAILURES[String(code)]?.[lang] ?? String(code);

const MESSAGES = {
  'unknown-command': { vi: (p) => `không có lệnh "${p.value}": dùng template, validate, summary, consolidate hoặc demo${HELP_VI}`, en: (p) => `no command "${p.value}": use template, validate, summary, consolidate or demo${HELP_EN}` },
  'unknown-option': { vi: (p) => `lệnh ${p.command} không có tùy chọn --${p.name}${HELP_VI}`, en: (p) => `${p.command} has no option --${p.name}${HELP_EN}` },
  'needs-value': { vi: (p) => `--${p.name} cần một giá trị, ví dụ --${p.name} ${p.example}${HELP_VI}`, en: (p) => `--${p.name} needs a value, e.g. --${p.name} ${p.example}${HELP_EN}` },
  'empty-value': { vi: (p) => `--${p.name} để trống: ghi giá trị sau dấu =, ví dụ --${p.name}=${p.example}`, en: (p) => `--${p.name} is empty: write its value after the =, e.g. --${p.name}=${p.example}` },
  'no-value': { vi: (p) => `--${p.name} không nhận giá trị: bỏ "=${p.value}"`, en: (p) => `--${p.name} takes no value: drop "=${p.value}"` },
  repeated: { vi: (p) => `--${p.name} được ghi hai lần: chỉ ghi một lần`, en: (p) => `--${p.name} is given twice: give it once` },
  conflict: { vi: (p) => `--${p.a} và --${p.b} không dùng cùng nhau: chọn một cách ghi kỳ báo cáo`, en: (p) => `--${p.a} and --${p.b} cannot be used together: give the period one way` },
  'one-of': { vi: (p) => `--${p.name} phải là một trong ${p.allowed} (đang ghi "${p.value}")`, en: (p) => `--${p.name} must be one of ${p.allowed} (got "${p.value}")` },
  'bad-today': { vi: (p) => `--today phải ghi dạng YYYY-MM-DD, ví dụ 2024-12-31 (đang ghi "${p.value}")`, en: (p) => `--today must be YYYY-MM-DD, e.g. 2024-12-31 (got "${p.value}")` },
  'bad-report-date': { vi: (p) => `--report-date phải ghi dạng YYYY-MM-DD, ví dụ 2024-12-31 (đang ghi "${p.value}")`, en: (p) => `--report-date must be YYYY-MM-DD, e.g. 2024-12-31 (got "${p.value}")` },
  'bad-by': { vi: (p) => `--by nhận danh sách cách nhau bởi dấu phẩy gồm ${p.allowed} (đang ghi "${p.value}")`, en: (p) => `--by takes a comma list of ${p.allowed} (got "${p.value}")` },
  'missing-files': { vi: () => `thiếu tệp: ghi một hay nhiều tệp .xlsx, thư mục hoặc mẫu như *.xlsx${HELP_VI}`, en: () => `no file given: name one or more .xlsx files, folders or patterns such as *.xlsx${HELP_EN}` },
  'one-file': { vi: (p) => `lệnh ${p.command} nhận một tệp, đang có ${p.count}${HELP_VI}`, en: (p) => `${p.command} takes one file, got ${p.count}${HELP_EN}` },
  'kind-required': { vi: () => `thiếu --kind aid hoặc --kind fdi${HELP_VI}`, en: () => `--kind aid or --kind fdi is required${HELP_EN}` },
  'out-required': { vi: () => `thiếu --out TỆP.xlsx: tên tệp sẽ ghi${HELP_VI}`, en: () => `--out FILE.xlsx is required: the file to write${HELP_EN}` },
  'out-not-xlsx': { vi: (p) => `--out phải là tệp .xlsx (đang ghi "${p.file}")`, en: (p) => `--out must name an .xlsx file (got "${p.file}")` },
  'out-many': { vi: () => `--out và --pdf cần một sổ duy nhất: để gộp nhiều tệp thành một sổ kèm trang tổng hợp, dùng lệnh consolidate`, en: () => `--out and --pdf need a single workbook: to combine files into one workbook with its summary, use consolidate` },
  'pdf-not-pdf': { vi: (p) => `--pdf phải là tệp .pdf (đang ghi "${p.file}")`, en: (p) => `--pdf must name a .pdf file (got "${p.file}")` },
  'no-libreoffice': { vi: (p) => `--pdf cần LibreOffice để in trang tổng hợp: hãy cài libreoffice-calc hoặc đặt SOFFICE_PATH (${p.why})`, en: (p) => `--pdf needs LibreOffice to print the summary sheet: install libreoffice-calc or set SOFFICE_PATH (${p.why})` },
  'period-bad-year': { vi: (p) => `"${p.value}" không phải là năm: ghi 4 chữ số, ví dụ --year 2024`, en: (p) => `"${p.value}" is not a year: write four digits, e.g. --year 2024` },
  'period-bad-period': { vi: (p) => `"${p.value}" không phải là kỳ: ghi 2024, 2024-H1, 2024-Q3 hoặc 2024-03`, en: (p) => `"${p.value}" is not a period: write 2024, 2024-H1, 2024-Q3 or 2024-03` },
  'period-bad-date': { vi: (p) => `"${p.value}" không phải là ngày: ghi 2024-03-31 hoặc 31/03/2024`, en: (p) => `"${p.value}" is not a date: write 2024-03-31 or 31/03/2024` },
  'period-from-after-to': { vi: (p) => `kỳ ${p.value} bắt đầu sau khi kết thúc: đổi --from và --to cho nhau`, en: (p) => `the period ${p.value} starts after it ends: swap --from and --to` },
  'period-missing-from': { vi: () => `--to cần có --from: ghi cả ngày bắt đầu`, en: () => `--to needs --from: give the first day too` },
  'period-conflict': { vi: (p) => `kỳ "${p.value}" mâu thuẫn với các tùy chọn khác: ghi kỳ báo cáo một cách`, en: (p) => `the period "${p.value}" contradicts the other options: give the period one way` },
  // Files that cannot be read.
  'no-such-file': { vi: (p) => `không tìm thấy "${p.file}": kiểm tra tên và thư mục`, en: (p) => `"${p.file}" not found: check the name and the folder` },
  'no-match': { vi: (p) => `không có tệp nào khớp "${p.file}"`, en: (p) => `no file matches "${p.file}"` },
  'empty-folder': { vi: (p) => `thư mục "${p.file}" không có tệp .xlsx hay .xlsm nào`, en: (p) => `the folder "${p.file}" holds no .xlsx or .xlsm file` },
  'not-regular': { vi: (p) => `"${p.file}" không phải là tệp thông thường (thiết bị, ống dẫn…): chỉ đọc được tệp .xlsx`, en: (p) => `"${p.file}" is not a regular file (a device, a pipe…): only .xlsx files are read` },
  'cannot-open': { vi: (p) => `không mở được "${p.file}" (không có quyền đọc hoặc tệp đang bị khoá): kiểm tra quyền truy cập`, en: (p) => `cannot open "${p.file}" (no permission to read it, or it is locked): check its permissions` },
  'empty-file': { vi: (p) => `"${p.file}" rỗng (0 byte): xin đơn vị gửi lại tệp`, en: (p) => `"${p.file}" is empty (0 bytes): ask the sender for the file again` },
  xls: { vi: (p) => `"${p.file}" là tệp Excel cũ (.xls): mở bằng Excel và lưu thành .xlsx (Tệp > Lưu thành > Sổ làm việc Excel)`, en: (p) => `"${p.file}" is an old Excel file (.xls): open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)` },
  encrypted: { vi: (p) => `"${p.file}" có đặt mật khẩu: mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại`, en: (p) => `"${p.file}" is protected by a password: open it in Excel, remove the password (File > Info > Protect Workbook) and save it` },
  text: { vi: (p) => `"${p.file}" là tệp văn bản (CSV, HTML…), không phải sổ .xlsx: mở bằng Excel và lưu thành .xlsx`, en: (p) => `"${p.file}" is a text file (CSV, HTML…), not an .xlsx workbook: open it in Excel and save it as .xlsx` },
  'not-xlsx': { vi: (p) => `"${p.file}" không phải là sổ .xlsx: mở bằng Excel và lưu thành .xlsx, hoặc xin đơn vị gửi lại`, en: (p) => `"${p.file}" is not an .xlsx workbook: open it in Excel and save it as .xlsx, or ask the sender for it again` },
  damaged: { vi: (p) => `"${p.file}" bị hỏng, không đọc được: mở bằng Excel (Excel có thể sửa) và lưu lại, hoặc xin đơn vị gửi lại`, en: (p) => `"${p.file}" is damaged and cannot be read: open it in Excel (which may repair it) and save it again, or ask the sender for it again` },
  'no-sheets': { vi: (p) => `"${p.file}" không có trang tính nào: không phải sổ Excel, xin đơn vị gửi lại`, en: (p) => `"${p.file}" holds no worksheet: it is not an Excel workbook; ask the sender for it again` },
  unexpected: { vi: (p) => `lỗi không lường trước khi xử lý "${p.file}": hãy báo cho bộ phận hỗ trợ kèm tệp này`, en: (p) => `unexpected failure on "${p.file}": please report it with this file` },
  // Files that are not written.
  'out-exists': { vi: (p) => `"${p.file}" đã có: thêm --force để ghi đè, hoặc chọn tên khác`, en: (p) => `"${p.file}" already exists: add --force to replace it, or choose another name` },
  'out-is-input': { vi: (p) => `"${p.file}" là tệp đang đọc: tệp đầu vào không bao giờ bị ghi, kể cả với --force; chọn tên khác`, en: (p) => `"${p.file}" is an input file: inputs are never written, even with --force; choose another name` },
  'out-not-file': { vi: (p) => `"${p.file}" là thư mục hoặc không phải tệp thông thường: chọn tên tệp .xlsx`, en: (p) => `"${p.file}" is a folder or not a regular file: name an .xlsx file` },
  'out-no-folder': { vi: (p) => `không có thư mục "${p.file}": tạo thư mục trước hoặc chọn nơi khác`, en: (p) => `the folder "${p.file}" does not exist: create it first or choose another place` },
  'write-failed': { vi: (p) => `không ghi được "${p.file}" (${why(p.reason, 'vi')}); tệp cũ (nếu có) vẫn nguyên vẹn`, en: (p) => `could not write "${p.file}" (${why(p.reason, 'en')}); any existing file is left as it was` },
} satisfies Record<string, { vi: Text; en: Text }>;

export type MessageCode = keyof typeof MESSAGES;

/**
 * A failure the CLI reports in one line and exit 2: a usage error, or a file it cannot read or write.
 * `code` is stable (the JSON's per-file `error.code`); the text is rendered in the user's language.
 */
export class CliError extends Error {
  constructor(readonly code: MessageCode, readonly params: P = {}) {
    super(code);
    this.name = 'CliError';
  }

  text(lang: Lang): string {
    const shown: P = {};
    for (const [k, v] of Object.entries(this.params)) shown[k] = typeof v === 'string' ? visible(v) : v;
    return MESSAGES[this.code][lang](shown);
  }
}

/**
 * The language of the system: Vietnamese when the locale (LC_ALL, else LC_MESSAGES, else LANG, as
 * POSIX orders them; where none is set, as on Windows, the runtime's own locale) starts with "vi",
 * English otherwise.
 */
export function systemLang(env: NodeJS.ProcessEnv, runtimeLocale: () => string = intlLocale): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || runtimeLocale();
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

function intlLocale(): string {
  try { return Intl.DateTimeFormat().resolvedOptions().locale; } catch { return ''; }
}
