// The 34 provinces and centrally-run cities in force since 1 July 2025 (Resolution 202/2025/QH15),
// and the 63 pre-merger provinces they absorbed. Records dated before the merger name old provinces;
// a register keeps that text while reports group it under today's province, so an old name is
// matched as "former" (with the old name kept) and never as an ordinary alias. Provinces dissolved
// earlier (Hà Tây in 2008, the 1989–1997 splits) are matched the same way when their territory lies in
// one of today's provinces, and as ambiguous when it is now split between several.
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
  /**
   * Provinces dissolved before 2025 whose whole territory lies in this one today (Hà Tây, merged
   * into Hà Nội in 2008). Old records name them; they are matched like the 2025 former names.
   */
  readonly earlierNames?: readonly EarlierProvince[];
}

/** A province dissolved before the 2025 merger. */
export interface EarlierProvince {
  readonly name: string;
  /** The year it ceased to exist (split, merged or renamed). */
  readonly until: number;
  readonly aliases?: readonly string[];
}

/**
 * A province dissolved before 2025 whose territory now lies in several of today's provinces
 * (Hải Hưng became Hải Dương, now in Hải Phòng, and Hưng Yên). Its name alone cannot say which, so
 * it is matched as ambiguous, naming the candidates; the user settles it.
 */
export interface SplitProvince extends EarlierProvince {
  /** Codes of today's provinces that hold its former territory. */
  readonly nowIn: readonly string[];
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

const ENTRIES_2025: readonly ProvinceEntry[] = [
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

/**
 * Provinces dissolved before 2025 that lie wholly inside one of today's provinces, by today's code.
 * From the National Assembly resolutions that split and merged provinces: 1991 (Hà Sơn Bình, Nghệ
 * Tĩnh, Hà Nam Ninh, Hoàng Liên Sơn, Hà Tuyên, Cửu Long…), 1996 (effective 1 January 1997: Hà Bắc,
 * Bắc Thái, Vĩnh Phú, Nam Hà, Minh Hải, Quảng Nam - Đà Nẵng…) and 2008 (Hà Tây into Hà Nội). Hậu
 * Giang (1976–1991) is already a former name of Cần Thơ; provinces that split but kept their name
 * (Lai Châu, Đắk Lắk, Cần Thơ in 2004) need nothing.
 */
const EARLIER: Readonly<Record<string, readonly EarlierProvince[]>> = {
  '01': [{ name: 'Hà Tây', until: 2008 }],
  '08': [{ name: 'Hà Tuyên', until: 1991 }],
  '15': [{ name: 'Hoàng Liên Sơn', until: 1991 }],
  '19': [{ name: 'Bắc Thái', until: 1997 }],
  '24': [{ name: 'Hà Bắc', until: 1997 }],
  '25': [{ name: 'Vĩnh Phú', until: 1997 }],
  '37': [{ name: 'Hà Nam Ninh', until: 1991 }, { name: 'Nam Hà', until: 1997 }],
  '48': [{ name: 'Quảng Nam - Đà Nẵng', until: 1997, aliases: ['Quảng Nam Đà Nẵng', 'QN-ĐN', 'QNĐN'] }],
  '79': [{ name: 'Vũng Tàu - Côn Đảo', until: 1991, aliases: ['Đặc khu Vũng Tàu - Côn Đảo', 'Vũng Tàu Côn Đảo'] }],
  '86': [{ name: 'Cửu Long', until: 1992 }],
  '96': [{ name: 'Minh Hải', until: 1997 }],
};

/** Provinces dissolved before 2025 whose territory is now split between provinces (by today's code). */
export const SPLIT_PROVINCES: readonly SplitProvince[] = [
  { name: 'Cao Lạng', until: 1978, nowIn: ['04', '20'] },
  { name: 'Hà Sơn Bình', until: 1991, nowIn: ['01', '25'] },
  { name: 'Nghệ Tĩnh', until: 1991, nowIn: ['40', '42'] },
  { name: 'Bình Trị Thiên', until: 1989, nowIn: ['44', '46'] },
  { name: 'Nghĩa Bình', until: 1989, nowIn: ['51', '52'] },
  { name: 'Phú Khánh', until: 1989, nowIn: ['56', '66'] },
  { name: 'Thuận Hải', until: 1992, nowIn: ['56', '68'] },
  { name: 'Gia Lai - Kon Tum', until: 1991, nowIn: ['51', '52'], aliases: ['Gia Lai Kon Tum', 'Gia Lai - Kontum'] },
  { name: 'Hải Hưng', until: 1997, nowIn: ['31', '33'] },
  { name: 'Sông Bé', until: 1997, nowIn: ['75', '79'] },
];

const ENTRIES: readonly ProvinceEntry[] = ENTRIES_2025.map((e) => (EARLIER[e.code] ? { ...e, earlierNames: EARLIER[e.code] } : e));

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
export function createProvinceMatcher(
  entries: readonly ProvinceEntry[],
  splits: readonly SplitProvince[] = SPLIT_PROVINCES,
): (text: string) => ProvinceMatch {
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
  const addFormer = (e: ProvinceEntry, former: string, spellings: readonly string[]): void => {
    for (const s of [former, ...spellings]) {
      const key = provinceKey(s);
      // A province that kept its name lists itself as a former name: that is a current match.
      if (currentKeys.has(`${e.code}\u0000${key}`)) continue;
      add(key, { entry: e, former });
    }
  };
  for (const e of entries) {
    for (const former of e.formerNames) addFormer(e, former, e.formerAliases?.[former] ?? []);
    for (const earlier of e.earlierNames ?? []) addFormer(e, earlier.name, earlier.aliases ?? []);
  }
  // Split provinces lead to each province that holds part of them: an ambiguous match by design.
  for (const split of splits) {
    for (const code of split.nowIn) {
      const e = entries.find((x) => x.code === code);
      if (e) addFormer(e, split.name, split.aliases ?? []);
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
 * away on 1 July 2025 or dissolved earlier inside one of today's (kind 'former', with `former` the
 * canonical old name and `entry` its successor), a dissolved province now split between several
 * (kind 'ambiguous', with the candidates), or nothing. Case, tone marks, tone placement, spacing and a leading "tỉnh"/"thành phố"/"TP." do not
 * matter. Addresses with a commune ("Xã X, tỉnh Quảng Nam") are not province names and give 'none'.
 */
export const matchProvince: (text: string) => ProvinceMatch = createProvinceMatcher(ENTRIES);
