import {
  AID_FORMS, AID_STATUSES, CODE_LISTS, COUNTRIES, COUNTRY_FOLD_PREFERENCES, CURRENCIES, FDI_CHANGE_KINDS,
  FDI_STATUSES, FUNDING_SOURCES, INTERNATIONAL_CODE, LenientCodeList, PROVINCES, SECTORS, VSIC,
  compactKey, countryName, matchProvince, matchVsic, provinceKey, spellingsOf, vsicSectionOfDivision,
  type CodeEntry, type CodeList, type CodeMatch,
} from '../src/core/codes';
import { fold } from '../src/core/base/text';

function codeOf(m: CodeMatch): string | undefined {
  return m.kind === 'exact' || m.kind === 'matched' ? m.entry.code : undefined;
}

/** Keys (by a key function) that more than one entry of a list produces. */
function sharedKeys(list: CodeList<CodeEntry>, key: (s: string) => string): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const e of list.entries) {
    for (const s of spellingsOf(e)) {
      const k = key(s);
      if (!k) continue;
      const set = owners.get(k) ?? new Set<string>();
      set.add(e.code);
      owners.set(k, set);
    }
  }
  const shared = new Map<string, string[]>();
  for (const [k, set] of owners) if (set.size > 1) shared.set(k, [...set].sort());
  return shared;
}

describe('currencies', () => {
  it.each([
    ['VND', 'VND'], ['VNĐ', 'VND'], ['vnd', 'VND'], ['đồng', 'VND'], ['Đồng', 'VND'], ['đ', 'VND'], ['₫', 'VND'],
    ['Đồng Việt Nam', 'VND'], ['dong', 'VND'],
    ['USD', 'USD'], ['US$', 'USD'], ['$', 'USD'], ['đô', 'USD'], ['đô la', 'USD'], ['Đô la Mỹ', 'USD'], ['đô la mỹ', 'USD'],
    ['do la my', 'USD'], ['US dollar', 'USD'],
    ['EUR', 'EUR'], ['€', 'EUR'], ['Euro', 'EUR'], ['euro', 'EUR'],
    ['JPY', 'JPY'], ['¥', 'JPY'], ['Yên', 'JPY'], ['yên nhật', 'JPY'], ['Japanese yen', 'JPY'],
    ['KRW', 'KRW'], ['₩', 'KRW'], ['Won', 'KRW'], ['Won Hàn Quốc', 'KRW'], ['South Korean won', 'KRW'],
    ['GBP', 'GBP'], ['£', 'GBP'], ['bảng Anh', 'GBP'],
    ['CNY', 'CNY'], ['nhân dân tệ', 'CNY'], ['tệ', 'CNY'], ['RMB', 'CNY'],
    ['AUD', 'AUD'], ['đô la Úc', 'AUD'], ['CAD', 'CAD'], ['SGD', 'SGD'], ['Đô la Singapore', 'SGD'],
    ['THB', 'THB'], ['Bạt Thái Lan', 'THB'], ['LAK', 'LAK'], ['Kíp Lào', 'LAK'], ['CHF', 'CHF'], ['XDR', 'XDR'], ['SDR', 'XDR'],
    ['TWD', 'TWD'], ['HKD', 'HKD'], ['NZD', 'NZD'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'],
    // Words the amount parser knew and the list lacked, now one vocabulary (vocab/currencies.ts).
    ['Mỹ kim', 'USD'], ['đô Mỹ', 'USD'], ['Vietnam dong', 'VND'], ['Tân Đài tệ', 'TWD'], ['bạt Thái', 'THB'],
    ['rupee', 'INR'], ['rupees', 'INR'], ['Swiss francs', 'CHF'], ['Australian dollars', 'AUD'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(CURRENCIES.match(text))).toBe(code);
  });

  it.each([
    ['VND', 0], ['JPY', 0], ['KRW', 0], ['USD', 2], ['EUR', 2], ['GBP', 2], ['CNY', 2], ['AUD', 2], ['THB', 2], ['LAK', 2],
    ['KWD', 3], ['BHD', 3], ['OMR', 3], ['TND', 3], ['CLP', 0], ['ISK', 0], ['XOF', 0], ['XAF', 0], ['XDR', 2],
  ])('%s has %i minor units', (code, units) => {
    expect(CURRENCIES.byCode(code)?.minorUnits).toBe(units);
  });

  it('holds about 150 ISO 4217 codes, each once, with names and sane minor units', () => {
    const codes = CURRENCIES.entries.map((e) => e.code);
    expect(codes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of CURRENCIES.entries) {
      expect(e.code).toMatch(/^[A-Z]{3}$/);
      expect(e.vi && e.en).toBeTruthy();
      expect([0, 2, 3]).toContain(e.minorUnits);
    }
  });

  it.each([
    // Currencies of donor and investor countries a province meets (country → currency).
    ['KR', 'KRW'], ['JP', 'JPY'], ['SG', 'SGD'], ['TW', 'TWD'], ['HK', 'HKD'], ['CN', 'CNY'], ['US', 'USD'], ['VG', 'USD'],
    ['KY', 'KYD'], ['WS', 'WST'], ['TH', 'THB'], ['MY', 'MYR'], ['LA', 'LAK'], ['KH', 'KHR'], ['AU', 'AUD'], ['NZ', 'NZD'],
    ['GB', 'GBP'], ['FR', 'EUR'], ['DE', 'EUR'], ['NL', 'EUR'], ['CH', 'CHF'], ['SE', 'SEK'], ['NO', 'NOK'], ['DK', 'DKK'],
    ['CA', 'CAD'], ['IN', 'INR'], ['ID', 'IDR'], ['PH', 'PHP'], ['RU', 'RUB'], ['MU', 'MUR'], ['SC', 'SCR'], ['BM', 'BMD'],
    ['IL', 'ILS'], ['TR', 'TRY'], ['AE', 'AED'], ['MM', 'MMK'], ['BN', 'BND'], ['MO', 'MOP'], ['KP', 'KPW'], ['MN', 'MNT'],
  ])('country %s has its currency %s in the list', (country, currency) => {
    expect(COUNTRIES.byCode(country)).toBeDefined();
    expect(CURRENCIES.byCode(currency)).toBeDefined();
  });
});

describe('countries', () => {
  it.each([
    ['Hoa Kỳ', 'US'], ['Mỹ', 'US'], ['mỹ', 'US'], ['My', 'US'], ['USA', 'US'], ['US', 'US'], ['United States', 'US'],
    ['United States of America', 'US'], ['U.S.A.', 'US'],
    ['Hàn Quốc', 'KR'], ['han quoc', 'KR'], ['Korea', 'KR'], ['South Korea', 'KR'], ['Republic of Korea', 'KR'], ['Đại Hàn', 'KR'], ['KOR', 'KR'],
    ['Nhật Bản', 'JP'], ['Nhật', 'JP'], ['Japan', 'JP'], ['JPN', 'JP'],
    ['CHDCND Lào', 'LA'], ['Lào', 'LA'], ['Lao', 'LA'], ['Laos', 'LA'], ['Lao PDR', 'LA'],
    ['CH Pháp', 'FR'], ['Cộng hòa Pháp', 'FR'], ['Cộng hoà Pháp', 'FR'], ['Pháp', 'FR'], ['France', 'FR'],
    ['Anh', 'GB'], ['UK', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'], ['Vương quốc Anh', 'GB'], ['United Kingdom', 'GB'], ['GBR', 'GB'],
    ['Singapore', 'SG'], ['Xin-ga-po', 'SG'], ['Xinh-ga-po', 'SG'], ['Xingapo', 'SG'], ['SGP', 'SG'],
    ['Đài Loan', 'TW'], ['Đài Loan (Trung Quốc)', 'TW'], ['Taiwan', 'TW'], ['Chinese Taipei', 'TW'],
    ['Trung Quốc', 'CN'], ['China', 'CN'], ['PRC', 'CN'],
    ['Hồng Kông (Trung Quốc)', 'HK'], ['Hồng Kông', 'HK'], ['Hong Kong', 'HK'], ['Hongkong', 'HK'],
    ['Úc', 'AU'], ['Australia', 'AU'], ['Ô-xtrây-li-a', 'AU'], ['Ôxtrâylia', 'AU'],
    ['Thụy Điển', 'SE'], ['Thuỵ Điển', 'SE'], ['Na Uy', 'NO'], ['Đan Mạch', 'DK'], ['Phần Lan', 'FI'],
    ['Niu Di-lân', 'NZ'], ['New Zealand', 'NZ'], ['Ấn Độ', 'IN'], ['In-đô-nê-xi-a', 'ID'], ['Indonesia', 'ID'],
    ['Phi-líp-pin', 'PH'], ['Philippines', 'PH'], ['Nga', 'RU'], ['Liên bang Nga', 'RU'], ['Russia', 'RU'], ['NGA', 'RU'],
    ['BVI', 'VG'], ['Quần đảo Virgin thuộc Anh', 'VG'], ['British Virgin Islands', 'VG'],
    ['Xa-moa', 'WS'], ['Samoa', 'WS'], ['Quần đảo Cayman', 'KY'], ['Cayman Islands', 'KY'], ['Bermuda', 'BM'],
    ['Thái Lan', 'TH'], ['Thailand', 'TH'], ['Ma-lai-xi-a', 'MY'], ['Malaysia', 'MY'], ['Malaixia', 'MY'],
    ['Căm-pu-chia', 'KH'], ['Campuchia', 'KH'], ['Đức', 'DE'], ['Germany', 'DE'], ['Hà Lan', 'NL'], ['Netherlands', 'NL'],
    ['Thụy Sĩ', 'CH'], ['Switzerland', 'CH'], ['Bỉ', 'BE'], ['Belgium', 'BE'], ['Canada', 'CA'], ['Ca-na-đa', 'CA'],
    ['Áo', 'AT'], ['Austria', 'AT'], ['Ý', 'IT'], ['Italy', 'IT'], ['Triều Tiên', 'KP'], ['DPRK', 'KP'],
    ['Việt Nam', 'VN'], ['Vietnam', 'VN'], ['Viet Nam', 'VN'], ['Nigeria', 'NG'],
    ['Tổ chức quốc tế', 'INT'], ['quốc tế', 'INT'], ['đa phương', 'INT'], ['multilateral', 'INT'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(COUNTRIES.match(text))).toBe(code);
  });

  it('lists every ISO 3166-1 code once, plus the pseudo-entry for international organisations', () => {
    const iso = COUNTRIES.entries.filter((e) => e.code !== INTERNATIONAL_CODE);
    expect(iso).toHaveLength(249);
    expect(new Set(iso.map((e) => e.code)).size).toBe(249);
    expect(new Set(iso.map((e) => e.alpha3)).size).toBe(249);
    for (const e of iso) {
      expect(e.code).toMatch(/^[A-Z]{2}$/);
      expect(e.alpha3).toMatch(/^[A-Z]{3}$/);
    }
    expect(COUNTRIES.byCode('INT')?.vi).toBe('Tổ chức quốc tế');
  });

  it('gives an ISO code typed as is to its own entry, even where a short name folds the same', () => {
    expect(COUNTRIES.match('MY')).toMatchObject({ kind: 'exact', entry: { code: 'MY' } });
    expect(COUNTRIES.match('AO')).toMatchObject({ kind: 'exact', entry: { code: 'AO' } });
    expect(COUNTRIES.match('BI')).toMatchObject({ kind: 'exact', entry: { code: 'BI' } });
    expect(COUNTRIES.match('Mỹ')).toMatchObject({ kind: 'matched', entry: { code: 'US' } });
    expect(COUNTRIES.match('Áo')).toMatchObject({ kind: 'exact', entry: { code: 'AT' } });
  });

  it('shares no folded key between two entries except the deliberate, resolved ones', () => {
    const shared = sharedKeys(COUNTRIES, fold);
    expect(Object.fromEntries(shared)).toEqual({ ao: ['AO', 'AT'], bi: ['BE', 'BI'], my: ['MY', 'US'] });
    for (const [key, codes] of shared) expect(codes).toContain(COUNTRY_FOLD_PREFERENCES[key]);
    // The space-free keys used as a fallback must not add collisions of their own.
    const compact = [...sharedKeys(COUNTRIES, compactKey).keys()].sort();
    expect(compact).toEqual(['ao', 'bi', 'my']);
  });

  it('names a code in either language', () => {
    expect(countryName('KR', 'vi')).toBe('Hàn Quốc');
    expect(countryName('kr', 'en')).toBe('South Korea');
    expect(countryName('VG', 'vi')).toBe('Quần đảo Virgin thuộc Anh');
    expect(countryName('INT', 'en')).toBe('International organisation');
    expect(countryName('ZZ', 'vi')).toBeUndefined();
  });

  it('keeps its preferences and compact matching when a workbook extends it', () => {
    const extended = COUNTRIES.extend([{ code: 'XK', vi: 'Cô-xô-vô', en: 'Kosovo' }]);
    expect(extended).toBeInstanceOf(LenientCodeList);
    expect(codeOf(extended.match('Mỹ'))).toBe('US');
    expect(codeOf(extended.match('Coxovo'))).toBe('XK');
  });
});

describe('exact versus matched', () => {
  it.each([
    [COUNTRIES, 'Hàn Quốc', 'exact'],
    [COUNTRIES, 'Hàn Quốc'.normalize('NFD'), 'exact'],
    [COUNTRIES, ' KR ', 'exact'],
    [COUNTRIES, 'han quoc', 'matched'],
    [COUNTRIES, 'HÀN QUỐC', 'matched'],
    [COUNTRIES, 'Korea', 'matched'],
    [CURRENCIES, 'USD', 'exact'],
    [CURRENCIES, 'usd', 'matched'],
    [CURRENCIES, 'Đô la Mỹ', 'exact'],
    [SECTORS, 'Y tế', 'exact'],
    [SECTORS, 'y te', 'matched'],
    [VSIC, 'C', 'exact'],
    [VSIC, 'Manufacturing', 'exact'],
    [VSIC, 'manufacturing', 'matched'],
    [COUNTRIES, 'Atlantis', 'none'],
  ] as const)('%#: %s is %s', (list, text, kind) => {
    expect((list as CodeList<CodeEntry>).match(text).kind).toBe(kind);
  });

  it('reports the typed text as `via` for a fold or alias match', () => {
    expect(COUNTRIES.match('Hoa Ky')).toEqual({ kind: 'matched', entry: COUNTRIES.byCode('US'), via: 'Hoa Ky' });
  });
});

describe('fold collisions in the other lists', () => {
  it.each([
    ['currencies', CURRENCIES], ['sectors', SECTORS], ['vsic', VSIC], ['aidStatuses', AID_STATUSES],
    ['fdiStatuses', FDI_STATUSES], ['aidForms', AID_FORMS], ['fundingSources', FUNDING_SOURCES],
    ['fdiChangeKinds', FDI_CHANGE_KINDS], ['provinces', PROVINCES],
  ] as const)('%s: no key shared by two entries', (_id, list) => {
    expect(Object.fromEntries(sharedKeys(list as CodeList<CodeEntry>, fold))).toEqual({});
  });

  it('provinces: no matching key (current or former) leads to two places', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of PROVINCES.entries) {
      const spellings = [...spellingsOf(e), ...e.formerNames, ...Object.values(e.formerAliases ?? {}).flat()];
      for (const s of spellings) {
        const set = owners.get(provinceKey(s)) ?? new Set<string>();
        set.add(e.code);
        owners.set(provinceKey(s), set);
      }
    }
    const shared = [...owners].filter(([, set]) => set.size > 1).map(([k]) => k);
    expect(shared).toEqual([]);
  });
});

describe('provinces', () => {
  const CURRENT = [
    'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
    'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
    'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'TP. Hồ Chí Minh', 'Đồng Nai',
    'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
  ];

  it('has exactly the 34 provinces and cities in force since 1 July 2025', () => {
    expect(PROVINCES.entries).toHaveLength(34);
    expect(PROVINCES.entries.map((e) => e.vi).sort()).toEqual([...CURRENT].sort());
    const codes = PROVINCES.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(34);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
  });

  it.each(CURRENT)('%s matches itself exactly', (name) => {
    expect(matchProvince(name)).toMatchObject({ kind: 'current', exact: true, entry: { vi: name } });
  });

  it.each([
    ['01', 'Hà Nội'], ['31', 'Hải Phòng'], ['46', 'Huế'], ['48', 'Đà Nẵng'], ['79', 'TP. Hồ Chí Minh'], ['92', 'Cần Thơ'],
    ['15', 'Lào Cai'], ['80', 'Tây Ninh'], ['96', 'Cà Mau'],
  ])('code %s is %s', (code, name) => {
    expect(PROVINCES.byCode(code)?.vi).toBe(name);
  });

  const MERGERS: readonly (readonly [string, readonly string[]])[] = [
    ['Tuyên Quang', ['Hà Giang']], ['Lào Cai', ['Yên Bái']], ['Thái Nguyên', ['Bắc Kạn']],
    ['Phú Thọ', ['Vĩnh Phúc', 'Hòa Bình']], ['Bắc Ninh', ['Bắc Giang']], ['Hưng Yên', ['Thái Bình']],
    ['Hải Phòng', ['Hải Dương']], ['Ninh Bình', ['Hà Nam', 'Nam Định']], ['Quảng Trị', ['Quảng Bình']],
    ['Đà Nẵng', ['Quảng Nam']], ['Quảng Ngãi', ['Kon Tum']], ['Gia Lai', ['Bình Định']], ['Khánh Hòa', ['Ninh Thuận']],
    ['Lâm Đồng', ['Đắk Nông', 'Bình Thuận']], ['Đắk Lắk', ['Phú Yên']],
    ['TP. Hồ Chí Minh', ['Bình Dương', 'Bà Rịa - Vũng Tàu']], ['Đồng Nai', ['Bình Phước']], ['Tây Ninh', ['Long An']],
    ['Cần Thơ', ['Sóc Trăng', 'Hậu Giang']], ['Vĩnh Long', ['Bến Tre', 'Trà Vinh']], ['Đồng Tháp', ['Tiền Giang']],
    ['Cà Mau', ['Bạc Liêu']], ['An Giang', ['Kiên Giang']],
  ];

  it('records the 23 mergers, covering all 63 old provinces', () => {
    expect(MERGERS).toHaveLength(23);
    const all = PROVINCES.entries.flatMap((e) => e.formerNames);
    expect(new Set(all).size).toBe(all.length);
    // 34 provinces list themselves (Huế as Thừa Thiên Huế) and 29 absorbed ones.
    expect(all).toHaveLength(63);
  });

  it.each(MERGERS.flatMap(([current, olds]) => olds.map((old) => [old, current] as const)))(
    'former %s → %s, old name kept',
    (old, current) => {
      const m = matchProvince(old);
      expect(m).toMatchObject({ kind: 'former', former: old, exact: false, entry: { vi: current } });
      expect(PROVINCES.entries.find((e) => e.vi === current)?.formerNames).toContain(old);
      // An old name is not an alias of the plain code list.
      expect(PROVINCES.match(old).kind).toBe('none');
    },
  );

  it.each([
    ['hoà bình', 'Hòa Bình', 'Phú Thọ'], ['HOA BINH', 'Hòa Bình', 'Phú Thọ'], ['Hòa  Bình', 'Hòa Bình', 'Phú Thọ'],
    ['Hoà Bình'.normalize('NFD'), 'Hòa Bình', 'Phú Thọ'], ['Tỉnh Hòa Bình', 'Hòa Bình', 'Phú Thọ'],
    ['tỉnh Quảng Nam', 'Quảng Nam', 'Đà Nẵng'], ['Quang Nam', 'Quảng Nam', 'Đà Nẵng'],
    ['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'], ['Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'],
    ['BR-VT', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'], ['Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh'],
    ['Thừa Thiên Huế', 'Thừa Thiên Huế', 'Huế'], ['Thừa Thiên - Huế', 'Thừa Thiên Huế', 'Huế'], ['tinh Thua Thien Hue', 'Thừa Thiên Huế', 'Huế'],
    ['Kontum', 'Kon Tum', 'Quảng Ngãi'], ['Đắc Nông', 'Đắk Nông', 'Lâm Đồng'], ['Bắc Cạn', 'Bắc Kạn', 'Thái Nguyên'],
    ['Binh Duong province', 'Bình Dương', 'TP. Hồ Chí Minh'],
  ])('%s → former %s of %s', (text, former, current) => {
    expect(matchProvince(text)).toMatchObject({ kind: 'former', former, exact: false, entry: { vi: current } });
  });

  it.each([
    ['TP. Hồ Chí Minh', 'TP. Hồ Chí Minh', true], ['TP Hồ Chí Minh', 'TP. Hồ Chí Minh', false],
    ['TP HCM', 'TP. Hồ Chí Minh', false], ['TP.HCM', 'TP. Hồ Chí Minh', false], ['HCM', 'TP. Hồ Chí Minh', false],
    ['Sài Gòn', 'TP. Hồ Chí Minh', false], ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', false],
    ['Ho Chi Minh City', 'TP. Hồ Chí Minh', false], ['tp ho chi minh', 'TP. Hồ Chí Minh', false],
    ['Hà Nội', 'Hà Nội', true], ['TP. Hà Nội', 'Hà Nội', false], ['Thành phố Hà Nội', 'Hà Nội', false], ['Hanoi', 'Hà Nội', false],
    ['Da Nang', 'Đà Nẵng', false], ['Danang', 'Đà Nẵng', false], ['Hue', 'Huế', false], ['Thành phố Huế', 'Huế', false],
    ['Can Tho City', 'Cần Thơ', false], ['Hai Phong', 'Hải Phòng', false], ['Thanh Hoá', 'Thanh Hóa', false],
    ['  Thanh Hóa ', 'Thanh Hóa', true], ['Tỉnh Quảng Ninh', 'Quảng Ninh', false], ['Đắc Lắc', 'Đắk Lắk', false],
    ['Daklak', 'Đắk Lắk', false], ['KHANH HOA', 'Khánh Hòa', false], ['Phú Thọ', 'Phú Thọ', true],
  ])('%s → current %s (exact: %s)', (text, name, exact) => {
    expect(matchProvince(text)).toMatchObject({ kind: 'current', exact, entry: { vi: name } });
  });

  it.each(['Xã X, tỉnh Quảng Nam', 'Phường Bến Nghé', '', '   ', 'Tỉnh', 'Atlantis'])('%j is not a province', (text) => {
    expect(matchProvince(text)).toEqual({ kind: 'none', exact: false });
  });
});

describe('sectors', () => {
  it.each([
    ['Phát triển kinh tế - xã hội', 'KTXH'], ['Phat trien kinh te xa hoi', 'KTXH'], ['Kinh tế - xã hội', 'KTXH'],
    ['Giáo dục - Đào tạo', 'GDDT'], ['Giáo dục', 'GDDT'], ['GD-ĐT', 'GDDT'], ['giao duc dao tao', 'GDDT'], ['education', 'GDDT'],
    ['Y tế', 'YT'], ['Y te', 'YT'], ['health', 'YT'], ['healthcare', 'YT'],
    ['Tài nguyên - Môi trường', 'TNMT'], ['Môi trường', 'TNMT'], ['environment', 'TNMT'],
    ['Giải quyết các vấn đề xã hội', 'XH'], ['Xã hội', 'XH'],
    ['Cứu trợ khẩn cấp', 'CTKC'], ['Cứu trợ', 'CTKC'], ['emergency relief', 'CTKC'],
    ['Nông nghiệp - Phát triển nông thôn', 'NNPTNT'], ['Nông nghiệp', 'NNPTNT'], ['agriculture', 'NNPTNT'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(SECTORS.match(text))).toBe(code);
  });

  it('holds the seven reporting sectors with DAC purpose codes', () => {
    expect(SECTORS.entries.map((e) => [e.code, e.oecdDac])).toEqual([
      ['KTXH', '43010'], ['GDDT', '11110'], ['YT', '12110'], ['TNMT', '41010'], ['XH', '16010'], ['CTKC', '72010'], ['NNPTNT', '31110'],
    ]);
  });
});

describe('VSIC', () => {
  it.each([
    ['C', 'C'], ['c', 'C'], ['Công nghiệp chế biến, chế tạo', 'C'], ['CN chế biến chế tạo', 'C'], ['CN chế biến, chế tạo', 'C'],
    ['chế biến chế tạo', 'C'], ['manufacturing', 'C'], ['Kinh doanh bất động sản', 'L'], ['bất động sản', 'L'],
    ['real estate', 'L'], ['xây dựng', 'F'], ['construction', 'F'], ['điện', 'D'], ['Nông nghiệp, lâm nghiệp và thủy sản', 'A'],
    ['Vận tải kho bãi', 'H'], ['Vận tải, kho bãi', 'H'], ['Bán buôn và bán lẻ', 'G'], ['Y tế và hoạt động trợ giúp xã hội', 'Q'],
    ['C - Công nghiệp chế biến, chế tạo', 'C'], ['C. Công nghiệp chế biến, chế tạo', 'C'], ['C: CN chế biến', 'C'],
    ['C Công nghiệp chế biến, chế tạo', 'C'], ['C – Sản xuất linh kiện điện tử', 'C'], ['L-Kinh doanh bất động sản', 'L'],
    ['C2610', 'C'], ['1010 - Chế biến thịt', 'C'], ['6810', 'L'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(matchVsic(text))).toBe(code);
  });

  it.each([
    ['01', 'A'], ['03', 'A'], ['05', 'B'], ['09', 'B'], ['10', 'C'], ['33', 'C'], ['35', 'D'], ['36', 'E'], ['39', 'E'],
    ['41', 'F'], ['43', 'F'], ['45', 'G'], ['47', 'G'], ['49', 'H'], ['53', 'H'], ['55', 'I'], ['56', 'I'], ['58', 'J'],
    ['63', 'J'], ['64', 'K'], ['66', 'K'], ['68', 'L'], ['69', 'M'], ['75', 'M'], ['77', 'N'], ['82', 'N'], ['84', 'O'],
    ['85', 'P'], ['86', 'Q'], ['88', 'Q'], ['90', 'R'], ['93', 'R'], ['94', 'S'], ['96', 'S'], ['97', 'T'], ['98', 'T'],
    ['99', 'U'], ['011', 'A'], ['0111', 'A'], ['01110', 'A'], ['2610', 'C'], ['26100', 'C'], ['4101', 'F'], ['8510', 'P'],
  ])('VSIC code %s is in section %s', (digits, section) => {
    expect(matchVsic(digits)).toMatchObject({ kind: 'matched', entry: { code: section } });
    expect(vsicSectionOfDivision(Number(digits.slice(0, 2)))).toBe(section);
  });

  it.each(['04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89', '00', '1', '123456', 'V', 'Z - Khác', 'Atlantis'])(
    '%s is no VSIC section',
    (text) => {
      expect(matchVsic(text).kind).toBe('none');
    },
  );

  it('reports a letter or code that contradicts the name as ambiguous', () => {
    const m = matchVsic('C - Xây dựng');
    expect(m.kind).toBe('ambiguous');
    if (m.kind === 'ambiguous') expect(m.entries.map((e) => e.code)).toEqual(['C', 'F']);
    expect(matchVsic('4100 - Bất động sản').kind).toBe('ambiguous');
  });

  it('lists the 21 sections A to U with names', () => {
    expect(VSIC.entries.map((e) => e.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(VSIC.byCode('E')?.vi).toBe('Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải');
  });
});

describe('statuses', () => {
  it.each([
    ['Chuẩn bị', 'pipeline'], ['Pipeline', 'pipeline'],
    ['Đang thực hiện', 'implementation'], ['đang triển khai', 'implementation'], ['ongoing', 'implementation'], ['active', 'implementation'],
    ['In progress', 'implementation'], ['Dang thuc hien', 'implementation'],
    ['Đang kết thúc', 'finalisation'], ['Finalising', 'finalisation'],
    ['Đã hoàn thành', 'completed'], ['hoàn thành', 'completed'], ['kết thúc', 'completed'], ['closed', 'completed'], ['đã kết thúc', 'completed'],
    ['Đã hủy', 'cancelled'], ['hủy', 'cancelled'], ['huỷ', 'cancelled'], ['Cancelled', 'cancelled'],
    ['Tạm dừng', 'suspended'], ['Suspended', 'suspended'],
  ])('aid status %s → %s', (text, code) => {
    expect(codeOf(AID_STATUSES.match(text))).toBe(code);
  });

  it('carries IATI activity-status codes', () => {
    expect(AID_STATUSES.entries.map((e) => [e.code, e.iati])).toEqual([
      ['pipeline', 1], ['implementation', 2], ['finalisation', 3], ['completed', 4], ['cancelled', 5], ['suspended', 6],
    ]);
  });

  it.each([
    ['Đang hoạt động', 'active', true], ['Đang xây dựng', 'under-construction', true],
    ['Tạm ngừng hoạt động', 'suspended', true], ['Chấm dứt hoạt động', 'terminated', false],
    ['Đã chấm dứt', 'terminated', false], ['Terminated', 'terminated', false], ['Revoked', 'terminated', false],
    ['thu hồi', 'terminated', false],
  ])('FDI status %s → %s (valid: %s)', (text, code, valid) => {
    const m = FDI_STATUSES.match(text);
    expect(codeOf(m)).toBe(code);
    if (m.kind === 'exact' || m.kind === 'matched') expect(m.entry.valid).toBe(valid);
  });
});

describe('aid forms, funding sources, FDI change kinds', () => {
  it.each([
    [AID_FORMS, 'Chương trình', 'programme'], [AID_FORMS, 'Dự án', 'project'], [AID_FORMS, 'du an', 'project'],
    [AID_FORMS, 'Phi dự án', 'non-project'], [AID_FORMS, 'Cứu trợ khẩn cấp', 'emergency'],
    [FUNDING_SOURCES, 'Viện trợ PCPNN', 'ngo'], [FUNDING_SOURCES, 'PCPNN', 'ngo'], [FUNDING_SOURCES, 'phi chính phủ', 'ngo'],
    [FUNDING_SOURCES, 'NGO', 'ngo'], [FUNDING_SOURCES, 'phi chính phủ nước ngoài', 'ngo'],
    [FUNDING_SOURCES, 'ODA không hoàn lại', 'oda-grant'], [FUNDING_SOURCES, 'Vốn vay ODA', 'oda-loan'],
    [FUNDING_SOURCES, 'Vốn vay ưu đãi', 'concessional'], [FUNDING_SOURCES, 'Khác', 'other'],
    [FDI_CHANGE_KINDS, 'Tăng vốn', 'increase'], [FDI_CHANGE_KINDS, 'điều chỉnh tăng', 'increase'], [FDI_CHANGE_KINDS, 'tăng', 'increase'],
    [FDI_CHANGE_KINDS, 'Giảm vốn', 'decrease'], [FDI_CHANGE_KINDS, 'giảm', 'decrease'], [FDI_CHANGE_KINDS, 'điều chỉnh giảm', 'decrease'],
    [FDI_CHANGE_KINDS, 'Góp vốn, mua cổ phần', 'contribution'], [FDI_CHANGE_KINDS, 'góp vốn', 'contribution'],
    [FDI_CHANGE_KINDS, 'mua cổ phần', 'contribution'], [FDI_CHANGE_KINDS, 'GVMCP', 'contribution'],
    [FDI_CHANGE_KINDS, 'capital contribution', 'contribution'], [FDI_CHANGE_KINDS, 'share purchase', 'contribution'],
  ] as const)('%#: %s → %s', (list, text, code) => {
    expect(codeOf((list as CodeList<CodeEntry>).match(text))).toBe(code);
  });
});

describe('CODE_LISTS', () => {
  it('exposes every built-in list under its id', () => {
    expect(Object.keys(CODE_LISTS).sort()).toEqual([
      'aidForms', 'aidStatuses', 'countries', 'currencies', 'fdiChangeKinds', 'fdiStatuses', 'fundingSources', 'provinces', 'sectors', 'vsic',
    ]);
    expect(CODE_LISTS.countries).toBe(COUNTRIES);
    expect(CODE_LISTS.provinces).toBe(PROVINCES);
    for (const list of Object.values(CODE_LISTS)) {
      for (const e of list.entries) expect(e.vi.normalize('NFC')).toBe(e.vi);
    }
  });
});
