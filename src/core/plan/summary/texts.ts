// The words of the summary sheet, in Vietnamese and English: labels, the reasons rows were not
// counted, blank-group and chart titles. Figures and formulas live elsewhere; this file is what a
// translator or a reviewer of the wording reads.
import { groupLabel as sharedGroupLabel, type GroupDimension } from '../../i18n/groupLabels';
import type { Lang } from '../../model';
import { RULES } from '../../rules/catalog';
import { reasonWords } from '../../summary/words';

export interface Texts { vi: string; en: string }
export const T = {
  title: { vi: 'TỔNG HỢP VIỆN TRỢ NƯỚC NGOÀI VÀ ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI)', en: 'FOREIGN AID AND FOREIGN DIRECT INVESTMENT (FDI) SUMMARY' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  currency: { vi: 'Đơn vị tiền', en: 'Currency' },
  generated: { vi: 'Ngày lập', en: 'Generated on' },
  motto: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  mottoSub: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  attached: { vi: '(Kèm theo Báo cáo số {no} ngày {date})', en: '(Attached to Report No. {no} dated {date})' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  legend: {
    vi: 'Số liệu trên nền xám do công cụ tính từ các sổ (không phải công thức); các số liệu khác là công thức SUMIFS/COUNTIFS trên các sổ, tự cập nhật khi sổ thay đổi.',
    en: 'Figures on grey were computed by the tool from the registers (not formulas); the others are SUMIFS/COUNTIFS formulas over the registers and update when the registers change.',
  },
  preparer: { vi: 'NGƯỜI LẬP BIỂU', en: 'PREPARED BY' },
  head: { vi: 'THỦ TRƯỞNG ĐƠN VỊ', en: 'HEAD OF AGENCY' },
  signName: { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  signSeal: { vi: '(Ký tên, đóng dấu)', en: '(Signature and seal)' },
  aid: { vi: 'I. VIỆN TRỢ NƯỚC NGOÀI', en: 'I. FOREIGN AID' },
  fdi: { vi: 'II. ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI)', en: 'II. FOREIGN DIRECT INVESTMENT (FDI)' },
  paragraph: { vi: 'III. ĐOẠN VĂN BÁO CÁO', en: 'III. REPORT PARAGRAPH' },
  charts: { vi: 'Biểu đồ số liệu tại mục I và II', en: 'Charts of the figures in sections I and II' },
  /** Over the copy of a chart's rows beside the print area ({title}: the chart's). */
  chartCopy: {
    vi: 'Số liệu của biểu đồ "{title}", lấy từ bảng (bảng được chia trang nên biểu đồ đọc bản sao liền mạch này)',
    en: 'Figures of the chart "{title}", read from its table (the table is split across pages, so the chart reads this unbroken copy)',
  },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  current: { vi: 'Kỳ báo cáo', en: 'This period' },
  previous: { vi: 'Cùng kỳ năm trước', en: 'Same period last year' },
  change: { vi: 'So với cùng kỳ', en: 'Change' },
  aidProjects: { vi: 'Số khoản viện trợ được phê duyệt', en: 'Aid projects approved' },
  committed: { vi: 'Giá trị cam kết', en: 'Committed' },
  disbursed: { vi: 'Giải ngân trong kỳ', en: 'Disbursed in the period' },
  rate: { vi: 'Tỷ lệ giải ngân trong kỳ (giải ngân / cam kết của các khoản được giải ngân)', en: 'Disbursement rate (disbursed / committed value of the projects paid)' },
  committedOfPaid: { vi: 'Cam kết của các khoản được giải ngân trong kỳ', en: 'Committed value of the projects paid in the period' },
  notKnown: { vi: 'không xác định (không có bảng giải ngân)', en: 'not known (no disbursement register)' },
  cumDisbursedToDate: { vi: 'Lũy kế giải ngân (theo cột Giải ngân lũy kế)', en: 'Cumulative disbursed (from the Disbursed to date column)' },
  approxNote: {
    vi: '(≈) Số liệu gồm giá trị ghi ước tính (khoảng, trên, gần…): xem đoạn văn báo cáo.',
    en: '(≈) The figure includes amounts written as approximate (about, over, nearly…): see the report paragraph.',
  },
  overNote: {
    vi: '(!) Giải ngân trong kỳ vượt giá trị cam kết của các khoản được giải ngân: cần kiểm tra.',
    en: '(!) Disbursed in the period exceeds the committed value of the projects paid: to be checked.',
  },
  undisbursed: { vi: 'Chưa giải ngân của các khoản phê duyệt trong kỳ', en: 'Undisbursed balance of the period\'s projects' },
  cumCommitted: { vi: 'Lũy kế cam kết đến cuối kỳ', en: 'Cumulative committed to the period end' },
  cumDisbursed: { vi: 'Lũy kế giải ngân đến cuối kỳ', en: 'Cumulative disbursed to the period end' },
  cumRate: { vi: 'Tỷ lệ giải ngân lũy kế', en: 'Cumulative disbursement rate' },
  notCounted: { vi: 'Số dòng không được tính', en: 'Rows not counted' },
  approximate: { vi: 'Số liệu ghi ước tính (trên, gần, khoảng…)', en: 'Figures written as approximate (over, nearly, about…)' },
  bySector: { vi: 'Theo lĩnh vực', en: 'By sector' },
  byDonor: { vi: 'Theo nhà tài trợ', en: 'By donor' },
  byDonorCountry: { vi: 'Theo quốc gia tài trợ', en: 'By donor country' },
  byProvince: { vi: 'Theo tỉnh, thành phố', en: 'By province' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  donor: { vi: 'Nhà tài trợ', en: 'Donor' },
  donorCountry: { vi: 'Quốc gia tài trợ', en: 'Donor country' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  projects: { vi: 'Số khoản viện trợ', en: 'Projects' },
  committedCol: { vi: 'Cam kết', en: 'Committed' },
  disbursedCol: { vi: 'Giải ngân', en: 'Disbursed' },
  rateCol: { vi: 'Tỷ lệ giải ngân', en: 'Rate' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  /** Rows whose group is blank or in error (UNKNOWN_GROUP): they stay in the table, under this name. */
  blank: { vi: '(không xác định)', en: '(unknown)' },
  none: { vi: '(không có số liệu)', en: '(no data)' },
  fdiNew: { vi: '1. Dự án cấp mới (số dự án)', en: '1. New projects (count)' },
  fdiNewCap: { vi: '    Vốn đăng ký cấp mới', en: '    Registered capital of new projects' },
  fdiAdj: { vi: '2. Điều chỉnh vốn (số lượt)', en: '2. Capital adjustments (times)' },
  fdiAdjCap: { vi: '    Vốn đăng ký tăng thêm (ròng)', en: '    Capital added (net)' },
  fdiContrib: { vi: '3. Góp vốn, mua cổ phần (số lượt)', en: '3. Capital contributions and share purchases (count)' },
  fdiContribCap: { vi: '    Giá trị góp vốn, mua cổ phần', en: '    Value of contributions and share purchases' },
  fdiTotal: { vi: '4. Tổng vốn đăng ký (1 + 2 + 3)', en: '4. Total registered capital (1 + 2 + 3)' },
  fdiImpl: { vi: '5. Vốn thực hiện', en: '5. Implemented capital' },
  fdiValid: { vi: '6. Lũy kế dự án còn hiệu lực đến cuối kỳ', en: '6. Valid projects at the period end' },
  fdiValidCap: { vi: '    Vốn đăng ký lũy kế', en: '    Their registered capital' },
  byCountry: { vi: 'Theo quốc gia, vùng lãnh thổ', en: 'By country or territory' },
  byVsic: { vi: 'Theo ngành (VSIC)', en: 'By sector (VSIC)' },
  country: { vi: 'Quốc gia, vùng lãnh thổ', en: 'Country or territory' },
  vsic: { vi: 'Ngành (VSIC)', en: 'Sector (VSIC)' },
  newProjects: { vi: 'Số dự án cấp mới', en: 'New projects' },
  registered: { vi: 'Vốn đăng ký', en: 'Registered' },
  implemented: { vi: 'Vốn thực hiện', en: 'Implemented' },
} satisfies Record<string, Texts>;

export function reasonLabel(rule: string, lang: Lang): string {
  const def = RULES.get(rule);
  if (def) return `${rule}: ${lang === 'vi' ? def.titleVi : def.titleEn}`;
  return reasonWords(rule, lang) ?? rule;
}

/** Shared display names, except that the summary sheet's own wording names a blank group. */
export function groupLabel(field: GroupDimension, key: string, lang: Lang): string {
  return key === '' ? T.blank[lang] : sharedGroupLabel(field, key, lang);
}

/** Titles of the two charts: the aid table by sector, the FDI table by country. */
export const CHART_TITLES = {
  aid: { vi: 'Cam kết và giải ngân theo lĩnh vực', en: 'Committed vs disbursed by sector' },
  fdi: { vi: 'Vốn đăng ký và vốn thực hiện theo quốc gia', en: 'Registered vs implemented capital by country' },
  /** Without an implemented-capital register: registered capital alone. */
  fdiRegistered: { vi: 'Vốn đăng ký theo quốc gia', en: 'Registered capital by country' },
} as const;
