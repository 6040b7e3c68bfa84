// VSIC 2018 (Decision 27/2018/QĐ-TTg) sections A–U, the level FDI registers and national FDI reports
// classify projects by. Vietnamese names are the official ones; English names follow ISIC Rev.4,
// which VSIC 2018 is built on. Aliases are the short forms FDI reports print ("CN chế biến, chế tạo",
// "Kinh doanh bất động sản") and plain English words.
import { CodeEntry, CodeList, CodeMatch } from './codeList';
import { nfc } from '../base/text';

export type VsicEntry = CodeEntry;

const ENTRIES: readonly VsicEntry[] = [
  {
    code: 'A', vi: 'Nông nghiệp, lâm nghiệp và thủy sản', en: 'Agriculture, forestry and fishing',
    aliases: ['Nông, lâm nghiệp và thủy sản', 'Nông, lâm, thủy sản', 'Nông lâm thủy sản', 'Nông lâm ngư nghiệp', 'Nông nghiệp', 'agriculture', 'agriculture, forestry and fishery'],
  },
  {
    code: 'B', vi: 'Khai khoáng', en: 'Mining and quarrying',
    aliases: ['Khai thác mỏ', 'Khai thác khoáng sản', 'mining'],
  },
  {
    code: 'C', vi: 'Công nghiệp chế biến, chế tạo', en: 'Manufacturing',
    aliases: ['CN chế biến, chế tạo', 'CN chế biến chế tạo', 'CNCB, CT', 'CNCBCT', 'Chế biến, chế tạo', 'Chế biến chế tạo', 'Công nghiệp chế biến chế tạo', 'Công nghiệp chế biến'],
  },
  {
    code: 'D', vi: 'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí', en: 'Electricity, gas, steam and air conditioning supply',
    aliases: ['Sản xuất, phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí', 'Sản xuất, phân phối điện', 'Sản xuất và phân phối điện', 'SX, phân phối điện, khí, nước, điều hòa', 'Điện, khí đốt', 'Điện', 'Năng lượng', 'electricity', 'electricity, gas', 'energy'],
  },
  {
    code: 'E', vi: 'Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải', en: 'Water supply; sewerage, waste management and remediation activities',
    aliases: ['Cung cấp nước, xử lý chất thải', 'Cung cấp nước; xử lý rác thải, nước thải', 'Cấp nước, xử lý rác thải, nước thải', 'Cung cấp nước', 'Cấp nước', 'Xử lý rác thải', 'water supply', 'waste management'],
  },
  {
    code: 'F', vi: 'Xây dựng', en: 'Construction',
    aliases: [],
  },
  {
    code: 'G', vi: 'Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác', en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    aliases: ['Bán buôn, bán lẻ; sửa chữa ô tô, xe máy', 'Bán buôn và bán lẻ', 'Bán buôn, bán lẻ', 'Thương mại', 'wholesale and retail', 'wholesale and retail trade', 'trade'],
  },
  {
    code: 'H', vi: 'Vận tải kho bãi', en: 'Transportation and storage',
    aliases: ['Vận tải, kho bãi', 'Vận tải và kho bãi', 'Vận tải', 'Logistics', 'transportation', 'transport', 'transport and storage'],
  },
  {
    code: 'I', vi: 'Dịch vụ lưu trú và ăn uống', en: 'Accommodation and food service activities',
    aliases: ['Lưu trú và ăn uống', 'Dịch vụ lưu trú, ăn uống', 'Khách sạn, nhà hàng', 'accommodation', 'accommodation and food services', 'hospitality'],
  },
  {
    code: 'J', vi: 'Thông tin và truyền thông', en: 'Information and communication',
    aliases: ['Thông tin, truyền thông', 'Thông tin truyền thông', 'ICT', 'information and communications'],
  },
  {
    code: 'K', vi: 'Hoạt động tài chính, ngân hàng và bảo hiểm', en: 'Financial and insurance activities',
    aliases: ['Tài chính, ngân hàng và bảo hiểm', 'Tài chính, ngân hàng, bảo hiểm', 'Hoạt động tài chính, ngân hàng, bảo hiểm', 'Tài chính, ngân hàng', 'Tài chính', 'finance', 'financial services', 'finance and insurance'],
  },
  {
    code: 'L', vi: 'Hoạt động kinh doanh bất động sản', en: 'Real estate activities',
    aliases: ['Kinh doanh bất động sản', 'Bất động sản', 'BĐS', 'real estate'],
  },
  {
    code: 'M', vi: 'Hoạt động chuyên môn, khoa học và công nghệ', en: 'Professional, scientific and technical activities',
    aliases: ['Hoạt động chuyên môn, khoa học công nghệ', 'Hoạt động chuyên môn, KH&CN', 'Chuyên môn, khoa học và công nghệ', 'Khoa học và công nghệ', 'Khoa học công nghệ', 'KHCN', 'science and technology', 'professional services'],
  },
  {
    code: 'N', vi: 'Hoạt động hành chính và dịch vụ hỗ trợ', en: 'Administrative and support service activities',
    aliases: ['Hành chính và dịch vụ hỗ trợ', 'Hoạt động hành chính, dịch vụ hỗ trợ', 'Dịch vụ hỗ trợ', 'administrative and support services'],
  },
  {
    code: 'O', vi: 'Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc', en: 'Public administration and defence; compulsory social security',
    aliases: ['Quản lý nhà nước, an ninh quốc phòng; bảo đảm xã hội bắt buộc', 'Quản lý nhà nước, an ninh quốc phòng', 'Quản lý nhà nước', 'public administration', 'public administration and defense'],
  },
  {
    code: 'P', vi: 'Giáo dục và đào tạo', en: 'Education',
    aliases: ['Giáo dục - Đào tạo', 'Giáo dục, đào tạo', 'Giáo dục', 'education and training'],
  },
  {
    code: 'Q', vi: 'Y tế và hoạt động trợ giúp xã hội', en: 'Human health and social work activities',
    aliases: ['Y tế và trợ giúp xã hội', 'Y tế, trợ giúp xã hội', 'Y tế', 'health', 'healthcare', 'human health and social work'],
  },
  {
    code: 'R', vi: 'Nghệ thuật, vui chơi và giải trí', en: 'Arts, entertainment and recreation',
    aliases: ['Nghệ thuật, vui chơi, giải trí', 'Vui chơi giải trí', 'Vui chơi, giải trí', 'Giải trí', 'entertainment', 'arts and entertainment'],
  },
  {
    code: 'S', vi: 'Hoạt động dịch vụ khác', en: 'Other service activities',
    aliases: ['Dịch vụ khác', 'Các hoạt động dịch vụ khác', 'other services'],
  },
  {
    code: 'T', vi: 'Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch vụ tự tiêu dùng của hộ gia đình', en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    aliases: ['Hoạt động làm thuê các công việc trong các hộ gia đình', 'Hoạt động làm thuê trong các hộ gia đình', 'Làm thuê trong hộ gia đình', 'household activities', 'activities of households'],
  },
  {
    code: 'U', vi: 'Hoạt động của các tổ chức và cơ quan quốc tế', en: 'Activities of extraterritorial organizations and bodies',
    aliases: ['Tổ chức và cơ quan quốc tế', 'Hoạt động của tổ chức quốc tế', 'extraterritorial organizations', 'extraterritorial organisations'],
  },
];

export const VSIC: CodeList<VsicEntry> = new CodeList('vsic', ENTRIES);

// Division (first two digits of a 2–5 digit VSIC code) ranges of each section. Numbers in the gaps
// (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89) are not VSIC divisions.
const DIVISIONS: readonly (readonly [number, number, string])[] = [
  [1, 3, 'A'], [5, 9, 'B'], [10, 33, 'C'], [35, 35, 'D'], [36, 39, 'E'], [41, 43, 'F'], [45, 47, 'G'],
  [49, 53, 'H'], [55, 56, 'I'], [58, 63, 'J'], [64, 66, 'K'], [68, 68, 'L'], [69, 75, 'M'], [77, 82, 'N'],
  [84, 84, 'O'], [85, 85, 'P'], [86, 88, 'Q'], [90, 93, 'R'], [94, 96, 'S'], [97, 98, 'T'], [99, 99, 'U'],
];

/** Section letter of a VSIC division number (10 → 'C'), or undefined outside the classification. */
export function vsicSectionOfDivision(division: number): string | undefined {
  return DIVISIONS.find(([from, to]) => division >= from && division <= to)?.[2];
}

/** Section of a 2–5 digit VSIC code ("10", "1010", "10101"): its first two digits are the division. */
function sectionOfDigits(digits: string): VsicEntry | undefined {
  if (!/^\d{2,5}$/.test(digits)) return undefined;
  const letter = vsicSectionOfDivision(Number(digits.slice(0, 2)));
  return letter === undefined ? undefined : VSIC.byCode(letter);
}

// "C - Công nghiệp…", "C. …", "C: …", "C) …", "C Công nghiệp…", "C1010". Only an upper-case letter
// counts, so that ordinary words ("e-commerce") are not read as a section letter.
const LETTER_WITH_SEPARATOR = /^([A-U])\s*[-–—.:)]\s*(.*)$/su;
const LETTER_WITH_SPACE = /^([A-U])\s+(.+)$/su;
const LETTER_WITH_DIGITS = /^([A-U])(\d{2,5})$/u;
// "1010", "1010 - Chế biến thịt", "10: …".
const DIGITS_FIRST = /^(\d{2,5})(?:\s*[-–—.:)]\s*(.*)|\s+(.+))?$/su;

function sectionOfRest(rest: string): VsicEntry | undefined {
  if (!rest) return undefined;
  const digits = sectionOfDigits(rest);
  if (digits) return digits;
  const m = VSIC.match(rest);
  return m.kind === 'exact' || m.kind === 'matched' ? m.entry : undefined;
}

/**
 * Matches a VSIC section as registers write it: the letter, the name (any accepted spelling), the
 * letter followed by a separator and a name ("C - Công nghiệp chế biến, chế tạo"), or a 2–5 digit VSIC
 * code, optionally followed by its name ("1010 - Chế biến thịt"). When the letter or code and the name
 * name different sections, the result is ambiguous rather than a silent pick.
 */
export function matchVsic(text: string): CodeMatch<VsicEntry> {
  const whole = VSIC.match(text);
  if (whole.kind !== 'none') return whole;
  const t = nfc(text).trim();
  let lead: VsicEntry | undefined;
  let rest = '';
  const letter = LETTER_WITH_DIGITS.exec(t) ?? LETTER_WITH_SEPARATOR.exec(t) ?? LETTER_WITH_SPACE.exec(t);
  if (letter) {
    lead = VSIC.byCode(letter[1]);
    rest = letter[2] ?? '';
  } else {
    const digits = DIGITS_FIRST.exec(t);
    if (digits) {
      lead = sectionOfDigits(digits[1]);
      rest = digits[2] ?? digits[3] ?? '';
    }
  }
  if (!lead) return { kind: 'none' };
  const other = sectionOfRest(rest.trim());
  if (other && other !== lead) return { kind: 'ambiguous', entries: [lead, other] };
  return { kind: 'matched', entry: lead, via: text };
}
