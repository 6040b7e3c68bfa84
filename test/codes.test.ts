// Code lists: currencies, countries, and how exact and tone-insensitive matches are told apart.
// Provinces, sectors, VSIC, statuses and the other lists are in codes-lists.test.ts.
import {
  AID_FORMS, AID_STATUSES, COUNTRIES, COUNTRY_FOLD_PREFERENCES, CURRENCIES, FDI_CHANGE_KINDS, FDI_STATUSES,
  COUNTRY_VARIANTS, FUNDING_SOURCES, INTERNATIONAL_CODE, countryRewrites, LenientCodeList, PROVINCES, SECTORS, VSIC, compactKey, countryName,
  provinceKey, spellingsOf, type CodeEntry, type CodeList, type CodeMatch,
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
    expect(codeOf(extended.match('Moldova, Republic of'))).toBe('MD');
  });

  // ISO 3166 and CLDR official and variant names, i18n-iso-countries' Vietnamese, the World Bank's,
  // and what Vietnamese registers write.
  it.each([
    ['Taiwan, Province of China', 'TW'], ['Taiwan (Province of China)', 'TW'], ['Đài Loan (TQ)', 'TW'], ['Đài Loan (Trung Quốc)', 'TW'],
    ['Cộng hòa Dân chủ Congo', 'CD'], ['Congo (DRC)', 'CD'], ['Congo, Dem. Rep.', 'CD'], ['Congo (the Democratic Republic of the)', 'CD'],
    ['Congo (Republic)', 'CG'], ['Congo, Rep.', 'CG'], ['Congo (the)', 'CG'], ['Cộng hòa Congo', 'CG'],
    ['Đông Timor', 'TL'], ['Timor-Leste', 'TL'], ['Iran (Islamic Republic of)', 'IR'], ['Iran, Islamic Republic of', 'IR'],
    ['Iran, Islamic Rep.', 'IR'], ['Cộng hòa Hồi giáo Iran', 'IR'],
    ['United Republic of Tanzania', 'TZ'], ['Tanzania, the United Republic of', 'TZ'], ['Cộng hòa Thống nhất Tanzania', 'TZ'],
    ['Moldova, Republic of', 'MD'], ['Moldova (the Republic of)', 'MD'], ['Cộng hoà Moldova', 'MD'],
    ['Korea, Republic of', 'KR'], ['Korea (the Republic of)', 'KR'], ['Korea, Rep.', 'KR'], ['Korea (South)', 'KR'], ['Nam Hàn', 'KR'],
    ["Korea (the Democratic People's Republic of)", 'KP'], ["Korea, Dem. People's Rep.", 'KP'],
    ['Venezuela (Bolivarian Republic of)', 'VE'], ['Bolivia (Plurinational State of)', 'BO'], ['Micronesia, Federated States of', 'FM'],
    ['Palestine, State of', 'PS'], ['Netherlands (the)', 'NL'], ['Netherlands (Kingdom of the)', 'NL'], ['The Republic of North Macedonia', 'MK'],
    ['Virgin Islands, British', 'VG'], ['Virgin Islands, U.S.', 'VI'], ['Quần đảo Virgin, Anh', 'VG'], ['Gambia, The', 'GM'],
    ['Egypt, Arab Rep.', 'EG'], ['Hong Kong SAR, China', 'HK'], ['Hồng Kông (TQ)', 'HK'], ['Holy See (Vatican City State)', 'VA'],
    ['Aotearoa New Zealand', 'NZ'], ['Bosnia', 'BA'], ['Kyrgyz Republic', 'KG'], ['Slovak Republic', 'SK'],
    ['Nhật Bản (Japan)', 'JP'], ['Hàn Quốc (Korea)', 'KR'], ['Samoa (American)', 'AS'],
  ])('variant %s → %s', (text, code) => {
    expect(codeOf(COUNTRIES.match(text))).toBe(code);
  });

  it.each(['Mỹ, Nhật', 'Nhật Bản (Korea)', 'Anh, Pháp, Đức', 'Atlantis (Republic of)', 'Republic, of'])(
    '%j names no single country and stays unknown',
    (text) => expect(COUNTRIES.match(text).kind).toBe('none'),
  );

  it('lists variants only for real codes, none already read without it', () => {
    for (const [code, names] of Object.entries(COUNTRY_VARIANTS)) {
      expect(COUNTRIES.byCode(code)).toBeDefined();
      for (const name of names) expect(codeOf(COUNTRIES.match(name))).toBe(code);
    }
    // The reorderings are read, not listed.
    const listed = Object.values(COUNTRY_VARIANTS).flat();
    expect(listed).not.toContain('Moldova, Republic of');
    expect(countryRewrites('Moldova, Republic of')).toEqual([['Republic of Moldova']]);
    expect(countryRewrites('Iran (Islamic Republic of)')).toEqual([['Islamic Republic of Iran'], ['Iran', 'Islamic Republic of']]);
    expect(countryRewrites('Netherlands (the)')).toEqual([['Netherlands']]);
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
      const spellings = [
        ...spellingsOf(e), ...e.formerNames, ...Object.values(e.formerAliases ?? {}).flat(),
        ...(e.earlierNames ?? []).flatMap((x) => [x.name, ...(x.aliases ?? [])]),
      ];
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
