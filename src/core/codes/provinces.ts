// The 34 provinces and centrally-run cities in force since 1 July 2025 (Resolution 202/2025/QH15),
// and the 63 pre-merger provinces they absorbed. Records dated before the merger name old provinces;
// a register keeps that text while reports group it under today's province, so an old name is
// matched as "former" (with the old name kept) and never as an ordinary alias.
//
// Codes are the official 2-digit codes of Decision 19/2025/QĐ-TTg (list of administrative units from
// 1 July 2025). A merged province took the old code of the unit where its new administrative centre
// sits, which is why Lào Cai is 15 (old Yên Bái) and Tây Ninh 80 (old Long An). They are codes, not
// numbers: keep the leading zero ("01", "04", "08").
import { CodeEntry, CodeList } from './codeList';
import { fold, nfc } from '../base/text';

export interface ProvinceEntry extends CodeEntry {
  /**
   * Canonical names of the pre-1 July 2025 provinces that now form this one. A province that kept
   * its name lists itself, so the list always holds every old province it covers.
   */
  readonly formerNames: readonly string[];
  /** Other spellings of a former name, keyed by that canonical former name ("BR-VT", "Vũng Tàu"). */
  readonly formerAliases?: Readonly<Record<string, readonly string[]>>;
}

export interface ProvinceMatch {
  readonly kind: 'current' | 'former' | 'ambiguous' | 'none';
  /** Today's province (current and former matches). */
  readonly entry?: ProvinceEntry;
  /** Canonical old province name, for a former match: the text named a province merged away. */
  readonly former?: string;
  /** True when the text is today's canonical name as is (NFC, trimmed): nothing to correct. */
  readonly exact: boolean;
  /** The provinces an ambiguous text could mean. */
  readonly candidates?: readonly ProvinceEntry[];
}

function p(
  code: string,
  vi: string,
  en: string,
  aliases: readonly string[],
  absorbed: readonly string[] = [],
  formerAliases?: Readonly<Record<string, readonly string[]>>,
): ProvinceEntry {
  return { code, vi, en, aliases, formerNames: [vi, ...absorbed], ...(formerAliases ? { formerAliases } : {}) };
}

const ENTRIES: readonly ProvinceEntry[] = [
  p('01', 'Hà Nội', 'Hanoi', ['Thủ đô Hà Nội', 'Ha Noi City', 'Hanoi City']),
  p('04', 'Cao Bằng', 'Cao Bang', []),
  p('08', 'Tuyên Quang', 'Tuyen Quang', [], ['Hà Giang']),
  p('11', 'Điện Biên', 'Dien Bien', []),
  p('12', 'Lai Châu', 'Lai Chau', []),
  p('14', 'Sơn La', 'Son La', []),
  p('15', 'Lào Cai', 'Lao Cai', [], ['Yên Bái']),
  p('19', 'Thái Nguyên', 'Thai Nguyen', [], ['Bắc Kạn'], { 'Bắc Kạn': ['Bắc Cạn'] }),
  p('20', 'Lạng Sơn', 'Lang Son', []),
  p('22', 'Quảng Ninh', 'Quang Ninh', []),
  p('24', 'Bắc Ninh', 'Bac Ninh', [], ['Bắc Giang']),
  p('25', 'Phú Thọ', 'Phu Tho', [], ['Vĩnh Phúc', 'Hòa Bình']),
  p('31', 'Hải Phòng', 'Hai Phong', ['Haiphong'], ['Hải Dương']),
  p('33', 'Hưng Yên', 'Hung Yen', [], ['Thái Bình']),
  p('37', 'Ninh Bình', 'Ninh Binh', [], ['Hà Nam', 'Nam Định']),
  p('38', 'Thanh Hóa', 'Thanh Hoa', []),
  p('40', 'Nghệ An', 'Nghe An', []),
  p('42', 'Hà Tĩnh', 'Ha Tinh', []),
  p('44', 'Quảng Trị', 'Quang Tri', [], ['Quảng Bình']),
  // Thừa Thiên Huế became the city of Huế on 1 January 2025 without merging: the old province
  // was called Thừa Thiên Huế, so that is its only former name.
  {
    ...p('46', 'Huế', 'Hue', ['Hue City', 'Cố đô Huế'], [], { 'Thừa Thiên Huế': ['Thừa Thiên - Huế', 'TT Huế', 'TT-Huế', 'TTH'] }),
    formerNames: ['Thừa Thiên Huế'],
  },
  p('48', 'Đà Nẵng', 'Da Nang', ['Danang'], ['Quảng Nam']),
  p('51', 'Quảng Ngãi', 'Quang Ngai', [], ['Kon Tum'], { 'Kon Tum': ['Kontum'] }),
  p('52', 'Gia Lai', 'Gia Lai', [], ['Bình Định']),
  p('56', 'Khánh Hòa', 'Khanh Hoa', [], ['Ninh Thuận']),
  p('66', 'Đắk Lắk', 'Dak Lak', ['Đắc Lắc', 'Daklak', 'Darlac'], ['Phú Yên']),
  p('68', 'Lâm Đồng', 'Lam Dong', [], ['Đắk Nông', 'Bình Thuận'], { 'Đắk Nông': ['Đắc Nông', 'Daknong'] }),
  p('75', 'Đồng Nai', 'Dong Nai', [], ['Bình Phước']),
  p('79', 'TP. Hồ Chí Minh', 'Ho Chi Minh City', [
    'Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh', 'Hồ Chí Minh', 'TP HCM', 'TP.HCM', 'TPHCM', 'HCM', 'HCMC',
    'Sài Gòn', 'Saigon', 'Ho Chi Minh',
  ], ['Bình Dương', 'Bà Rịa - Vũng Tàu'], {
    'Bà Rịa - Vũng Tàu': ['Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT', 'Vũng Tàu', 'Ba Ria Vung Tau'],
  }),
  p('80', 'Tây Ninh', 'Tay Ninh', [], ['Long An']),
  p('82', 'Đồng Tháp', 'Dong Thap', [], ['Tiền Giang']),
  p('86', 'Vĩnh Long', 'Vinh Long', [], ['Bến Tre', 'Trà Vinh']),
  p('91', 'An Giang', 'An Giang', [], ['Kiên Giang']),
  p('92', 'Cần Thơ', 'Can Tho', [], ['Sóc Trăng', 'Hậu Giang']),
  p('96', 'Cà Mau', 'Ca Mau', [], ['Bạc Liêu']),
];

/** Today's provinces as a code list (current names and aliases only; old names go through matchProvince). */
export const PROVINCES: CodeList<ProvinceEntry> = new CodeList('provinces', ENTRIES);

// "Tỉnh Quảng Ninh", "Thành phố Huế", "TP. Hà Nội", "Can Tho City": the unit word is not part of the name.
const LEADING_UNIT = /^(?:tinh|thanh pho|tp)\s+/;
const TRAILING_UNIT = /\s+(?:province|city)$/;

/**
 * Matching key of a province name: folded, unit words removed, then spaces removed, because
 * "Hanoi"/"Ha Noi", "Daklak"/"Đắk Lắk" and "Kontum"/"Kon Tum" are all common.
 */
export function provinceKey(text: string): string {
  return fold(text).replace(LEADING_UNIT, '').replace(TRAILING_UNIT, '').replace(/ /g, '');
}

interface Hit {
  readonly entry: ProvinceEntry;
  readonly former?: string;
}

/** Builds a matcher over a list of provinces (a workbook may extend the list). */
export function createProvinceMatcher(entries: readonly ProvinceEntry[]): (text: string) => ProvinceMatch {
  const index = new Map<string, Hit[]>();
  const add = (key: string, hit: Hit): void => {
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [hit]);
    else if (!list.some((h) => h.entry === hit.entry && h.former === hit.former)) list.push(hit);
  };
  const currentKeys = new Set<string>();
  for (const e of entries) {
    for (const s of [e.code, e.vi, e.en, ...(e.aliases ?? [])]) {
      const key = provinceKey(s);
      currentKeys.add(`${e.code}\u0000${key}`);
      add(key, { entry: e });
    }
  }
  for (const e of entries) {
    for (const former of e.formerNames) {
      for (const s of [former, ...(e.formerAliases?.[former] ?? [])]) {
        const key = provinceKey(s);
        // A province that kept its name lists itself as a former name: that is a current match.
        if (currentKeys.has(`${e.code}\u0000${key}`)) continue;
        add(key, { entry: e, former });
      }
    }
  }

  const memo = new Map<string, ProvinceMatch>();
  const compute = (text: string): ProvinceMatch => {
    const hits = index.get(provinceKey(text));
    if (!hits) return { kind: 'none', exact: false };
    if (hits.length > 1) {
      const candidates = [...new Set(hits.map((h) => h.entry))];
      return { kind: 'ambiguous', exact: false, candidates };
    }
    const { entry, former } = hits[0];
    if (former !== undefined) return { kind: 'former', entry, former, exact: false };
    return { kind: 'current', entry, exact: nfc(text).trim() === entry.vi };
  };
  return (text: string): ProvinceMatch => {
    const hit = memo.get(text);
    if (hit) return hit;
    const result = compute(text);
    if (memo.size < 50_000) memo.set(text, result);
    return result;
  };
}

/**
 * Matches a province name as typed in a register: today's name (kind 'current'), a province merged
 * away on 1 July 2025 (kind 'former', with `former` the canonical old name and `entry` its successor),
 * or nothing. Case, tone marks, tone placement, spacing and a leading "tỉnh"/"thành phố"/"TP." do not
 * matter. Addresses with a commune ("Xã X, tỉnh Quảng Nam") are not province names and give 'none'.
 */
export const matchProvince: (text: string) => ProvinceMatch = createProvinceMatcher(ENTRIES);
