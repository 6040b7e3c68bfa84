// Country names as other lists write them: ISO 3166 and CLDR official and variant names, the
// i18n-iso-countries Vietnamese names, the World Bank's ("Korea, Rep."), and what Vietnamese
// registers write ("Đông Timor", "Đài Loan (TQ)", "Nam Hàn"). Checked by hand against CLDR 48 and
// i18n-iso-countries 7.14 (the peers of the reference data); names that only reorder an official
// name ("Moldova, Republic of", "Korea (the Republic of)") are not listed: countryRewrites reads them.

/** Extra spellings by ISO 3166-1 alpha-2 code, merged into the country list's aliases. */
export const COUNTRY_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  AU: ['Ốt-xtrây-li-a'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  BO: ['Plurinational State of Bolivia', 'Nhà nước Đa dân tộc Bô-li-vi-a'],
  BQ: ['Bonaire, Sint Eustatius và Saba'],
  CD: ['Cộng hòa Dân chủ Congo', 'Congo (DRC)', 'Congo, Dem. Rep.', 'Congo (Democratic Republic)', 'CHDC Congo', 'Zaire', 'Dai-a'],
  CG: ['Cộng hòa Congo', 'Congo (Republic)', 'Congo, Rep.', 'Congo (Brazzaville)'],
  CY: ['Cộng hòa Síp', 'Đảo Síp'],
  EG: ['Arab Republic of Egypt', 'Egypt, Arab Rep.', 'Cộng hòa Ả Rập Ai Cập'],
  FK: ['Quần đảo Falkland (Islas Malvinas)', 'Falkland Islands (Islas Malvinas)', 'Quần đảo Falkland (Malvinas)'],
  FM: ['Liên bang Micronesia', 'Micronesia, Fed. Sts.'],
  GB: ['Anh Quốc', 'Liên hiệp Anh', 'Vương quốc Liên hiệp Anh và Bắc Ireland'],
  GF: ['Guyane thuộc Pháp'],
  GM: ['Republic of The Gambia'],
  GS: ['Nam Georgia và Quần đảo Nam Sandwich'],
  HK: ['Hồng Kông (TQ)'],
  HM: ['Đảo Heard và Quần đảo McDonald'],
  ID: ['Republic of Indonesia'],
  IN: ['Republic of India'],
  IR: ['Islamic Republic of Iran', 'Iran, Islamic Rep.', 'Cộng hòa Hồi giáo Iran', 'Cộng hòa Hồi giáo I-ran'],
  KG: ['Kyrgyz Republic'],
  KH: ['Kingdom of Cambodia'],
  KN: ['Saint Kitts và Nevis'],
  KP: ["Korea, Dem. People's Rep.", 'Bắc Hàn'],
  KR: ['Korea, Rep.', 'Nam Hàn', 'Hàn Quốc (Nam Hàn)'],
  LU: ['Luých-xăm-bua', 'Lúc-xem-bua'],
  MD: ['Republic of Moldova', 'Cộng hòa Moldova', 'Cộng hòa Môn-đô-va'],
  MF: ['Saint Martin (phần Pháp)'],
  MK: ['Republic of North Macedonia', 'former Yugoslav Republic of Macedonia', 'FYROM', 'Cộng hòa Bắc Macedonia'],
  MO: ['Ma Cao (TQ)'],
  NL: ['Kingdom of the Netherlands'],
  NZ: ['Aotearoa New Zealand'],
  PF: ['Polynésie thuộc Pháp'],
  PH: ['Republic of the Philippines'],
  PS: ['Lãnh thổ Palestine, bị chiếm đóng', 'Nhà nước Palestine', 'Nhà nước Pa-le-xtin'],
  SK: ['Slovak Republic'],
  SX: ['Sint Maarten (phần Hà Lan)'],
  SY: ['Cộng Hòa Arab Syrian', 'Cộng hòa Ả Rập Xy-ri', 'Cộng hòa Ả Rập Syria'],
  TF: ['Vùng đất phía Nam và châu Nam Cực thuộc Pháp'],
  TH: ['Kingdom of Thailand'],
  TL: ['Đông Timor', 'Democratic Republic of Timor-Leste', 'Cộng hòa Dân chủ Ti-mo Lét-xtê'],
  TW: ['Taiwan, Province of China', 'Taiwan (Province of China)', 'Đài Loan (TQ)'],
  TZ: ['United Republic of Tanzania', 'Cộng hòa Thống nhất Tanzania', 'Cộng hòa Thống nhất Tan-da-ni-a'],
  UM: ['Quần đảo nhỏ hẻo lánh của Hoa Kỳ'],
  VA: ['Tòa Thánh', 'Tòa Thánh (Thành phố Vatican)', 'Holy See (Vatican City State)', 'Vatican City State', 'Va-ti-căng'],
  VC: ['Saint Vincent và Grenadines'],
  VE: ['Bolivarian Republic of Venezuela', 'Venezuela, RB'],
  VG: ['Quần đảo Virgin, Anh', 'Quần đảo Virgin (Anh)'],
  VI: ['Quần đảo Virgin, Hoa Kỳ', 'Quần đảo Virgin (Mỹ)'],
  VN: ['Socialist Republic of Viet Nam', 'Cộng hòa Xã hội Chủ nghĩa Việt Nam', 'CHXHCN Việt Nam'],
  WF: ['Lãnh thổ quần đảo Wallis và Futuna'],
  YE: ['Republic of Yemen', 'Yemen, Rep.'],
};

/** "the Netherlands" → "Netherlands"; anything else unchanged. */
function withoutLeadingThe(s: string): string {
  return s.length > 4 && s.slice(0, 4).toLowerCase() === 'the ' ? s.slice(4).trim() : s;
}

/**
 * Other readings of a country name that matches nothing as written (LenientOptions.rewrites):
 * - ISO's inverted forms read in natural order: "Moldova, Republic of" → "Republic of Moldova",
 *   "Virgin Islands, British" → "British Virgin Islands", "Iran (Islamic Republic of)" → "Islamic
 *   Republic of Iran", "Korea (the Republic of)" → "Republic of Korea", "Netherlands (the)" →
 *   "Netherlands", "Korea (South)" → "South Korea";
 * - a name with its translation in brackets, "Nhật Bản (Japan)": both halves must name one country.
 * One comma or one bracket pair is looked at; a cell naming two countries ("Mỹ, Nhật") reads as
 * neither and stays unknown. Linear: a few searches for one character.
 */
export function countryRewrites(text: string): readonly (readonly string[])[] {
  const t = text.trim();
  const readings: (readonly string[])[] = [];
  const open = t.lastIndexOf('(');
  if (open > 0 && t.endsWith(')')) {
    const outer = t.slice(0, open).trim();
    const inner = t.slice(open + 1, -1).trim();
    if (outer && inner) {
      if (inner.toLowerCase() === 'the') readings.push([outer]);
      else {
        readings.push([withoutLeadingThe(`${inner} ${outer}`)]);
        readings.push([outer, inner]);
      }
    }
    return readings;
  }
  const comma = t.indexOf(',');
  if (comma > 0 && t.indexOf(',', comma + 1) < 0) {
    const head = t.slice(0, comma).trim();
    const tail = t.slice(comma + 1).trim();
    if (head && tail) readings.push([withoutLeadingThe(`${tail} ${head}`)]);
  }
  if (withoutLeadingThe(t) !== t) readings.push([withoutLeadingThe(t)]);
  return readings;
}
