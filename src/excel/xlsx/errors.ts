// Why a file could not be read as a workbook: a code a host can test, the file's facts, and one line in
// Vietnamese or English that says what to do. The CLI prints the line and exits 2; the pane shows it.
import type { Lang } from '../../core/model';

export type XlsxErrorCode =
  | 'not-file'        // a folder, a device, a pipe: only regular files are read
  | 'xls'             // an Excel 97–2003 workbook (OLE compound file)
  | 'encrypted'       // a password-protected .xlsx (a compound file holding EncryptedPackage)
  | 'text'            // a text file: CSV, TSV, HTML or XML saved with an .xlsx name
  | 'not-zip'         // anything else that is not a zip archive
  | 'corrupt-zip'     // a zip archive whose directory or data cannot be read
  | 'no-workbook'     // a zip holding no workbook part (a .docx, an .ods, a plain zip)
  | 'no-sheets'       // a workbook with no worksheet
  | 'corrupt-sheet'   // a sheet (or a part it needs) whose XML is broken
  | 'zip-bomb'        // a part that unpacks far beyond what its packed size allows
  | 'too-large'       // more unpacked bytes than the limit
  | 'too-many-cells'; // more cells than the limit

/** Facts a message names: the part or sheet, the limit that was passed. */
export interface XlsxErrorFacts { sheet?: string; part?: string; limit?: number; detail?: string; file?: string }

const fmt = (n: number | undefined, lang: Lang): string =>
  n === undefined ? '?' : n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
const mb = (n: number | undefined): string => (n === undefined ? '?' : String(Math.round(n / 2 ** 20)));

const MESSAGES: Record<XlsxErrorCode, Record<Lang, (f: XlsxErrorFacts) => string>> = {
  'not-file': {
    vi: () => 'không phải là một tệp (thư mục, thiết bị hoặc luồng): hãy chỉ ra tệp .xlsx.',
    en: () => 'is not a regular file (a folder, device or pipe): name an .xlsx file.',
  },
  xls: {
    vi: () => 'là sổ Excel 97–2003 (.xls): hãy mở trong Excel và lưu lại dạng .xlsx (Tệp › Lưu thành › Sổ làm việc Excel).',
    en: () => 'is an Excel 97–2003 workbook (.xls): open it in Excel and save it as .xlsx (File › Save As › Excel Workbook).',
  },
  encrypted: {
    vi: () => 'được bảo vệ bằng mật khẩu: hãy mở trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi lưu lại.',
    en: () => 'is password-protected: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it.',
  },
  text: {
    vi: () => 'là tệp văn bản (CSV?), không phải .xlsx: hãy mở trong Excel và lưu thành .xlsx (Tệp › Lưu thành › Sổ làm việc Excel).',
    en: () => 'is a text file (CSV?), not an .xlsx workbook: open it in Excel and save it as .xlsx (File › Save As › Excel Workbook).',
  },
  'not-zip': {
    vi: () => 'không phải là sổ Excel .xlsx: hãy mở trong Excel và lưu lại dạng .xlsx.',
    en: () => 'is not an .xlsx workbook: open it in Excel and save it as .xlsx.',
  },
  'corrupt-zip': {
    // What exactly is broken (facts.detail) is for a developer, not a line a user can act on.
    vi: () => 'bị hỏng, không đọc được: hãy xin lại tệp hoặc mở trong Excel để Excel sửa rồi lưu lại.',
    en: () => 'is damaged and cannot be read: ask for the file again, or let Excel repair it and save it.',
  },
  'no-workbook': {
    vi: () => 'là tệp nén nhưng không chứa sổ Excel (tệp Word, OpenDocument?): hãy mở trong Excel và lưu thành .xlsx.',
    en: () => 'is a zip archive holding no Excel workbook (a Word or OpenDocument file?): open it in Excel and save it as .xlsx.',
  },
  'no-sheets': {
    vi: () => 'là sổ Excel không có trang tính nào: hãy kiểm tra lại tệp đã gửi.',
    en: () => 'is a workbook without any worksheet: check that the right file was sent.',
  },
  'corrupt-sheet': {
    vi: (f) => `có trang tính “${f.sheet ?? f.part ?? '?'}” bị hỏng, không đọc được: hãy mở trong Excel để Excel sửa rồi lưu lại.`,
    en: (f) => `has a damaged sheet "${f.sheet ?? f.part ?? '?'}" that cannot be read: let Excel repair it and save it again.`,
  },
  'zip-bomb': {
    vi: (f) => `có phần “${f.part ?? '?'}” giải nén lớn bất thường so với kích thước nén (tệp độc hại hoặc hỏng): tệp không được đọc.`,
    en: (f) => `has a part "${f.part ?? '?'}" that unpacks far beyond its packed size (a malicious or damaged file): it was not read.`,
  },
  'too-large': {
    vi: (f) => `giải nén vượt quá ${mb(f.limit)} MB, giới hạn của công cụ: hãy chia sổ thành nhiều tệp nhỏ hơn.`,
    en: (f) => `unpacks to more than ${mb(f.limit)} MB, the tool's limit: split the workbook into smaller files.`,
  },
  'too-many-cells': {
    vi: (f) => `có hơn ${fmt(f.limit, 'vi')} ô, giới hạn của công cụ: hãy chia sổ thành nhiều tệp nhỏ hơn.`,
    en: (f) => `has more than ${fmt(f.limit, 'en')} cells, the tool's limit: split the workbook into smaller files.`,
  },
};

/** A file the reader refuses. `message` is English; `say(lang)` gives the line in either language. */
export class XlsxReadError extends Error {
  readonly code: XlsxErrorCode;
  readonly facts: XlsxErrorFacts;

  constructor(code: XlsxErrorCode, facts: XlsxErrorFacts = {}) {
    super(MESSAGES[code].en(facts));
    this.name = 'XlsxReadError';
    this.code = code;
    this.facts = facts;
  }

  /** The sentence after the file's name: `"${file}" ${say(lang)}`. */
  say(lang: Lang): string {
    return MESSAGES[this.code][lang](this.facts);
  }

  /** The whole line, with the file's name when the reader was given a path (src/cli/load.ts reads `text`). */
  text(lang: Lang): string {
    return unreadableLine(this.facts.file ?? (lang === 'vi' ? 'tệp' : 'file'), this, lang);
  }
}

/** One line for a file the reader refused: the file, then what is wrong and what to do. */
export function unreadableLine(file: string, e: XlsxReadError, lang: Lang): string {
  return lang === 'vi' ? `Tệp "${file}" ${e.say('vi')}` : `"${file}" ${e.say('en')}`;
}
