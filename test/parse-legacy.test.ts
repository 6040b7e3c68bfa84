import {
  detectLegacy,
  encodingFromFont,
  legacyToUnicode,
  repairLegacy,
  unicodeToLegacy,
  type LegacyEncoding,
} from '../src/core/parse/legacy';

// TCVN3 writes ư as U+00AD (soft hyphen); spelled out so the test source stays readable.
const SHY = '\u00ad';

const TCVN3_SAMPLES: Array<[string, string]> = [
  ['Gi¸o dôc', 'Giáo dục'],
  ['Y tÕ', 'Y tế'],
  ['Ph¸t triÓn kinh tÕ - x· héi', 'Phát triển kinh tế - xã hội'],
  ['N«ng nghiÖp', 'Nông nghiệp'],
  ['Hµ Néi', 'Hà Nội'],
  ['§µ N½ng', 'Đà Nẵng'],
  ['Tæng céng', 'Tổng cộng'],
  ['ViÖn trî', 'Viện trợ'],
  ['Qu¶ng TrÞ', 'Quảng Trị'],
  [`Th${SHY}¬ng m¹i`, 'Thương mại'],
  ['Q§ sè 123/Q§-UBND ngµy 5/3/2010', 'QĐ số 123/QĐ-UBND ngày 5/3/2010'],
];

const VNI_SAMPLES: Array<[string, string]> = [
  ['Giaùo duïc', 'Giáo dục'],
  ['Vieät Nam', 'Việt Nam'],
  ['Haø Noäi', 'Hà Nội'],
  ['Ñaø Naüng', 'Đà Nẵng'],
  ['Toång coäng', 'Tổng cộng'],
  ['Quaûng Trò', 'Quảng Trị'],
  ['Thöông maïi vaø ñaàu tö', 'Thương mại và đầu tư'],
  ['QÑ soá 123/QÑ-UBND ngaøy 5/3/2010', 'QĐ số 123/QĐ-UBND ngày 5/3/2010'],
];

describe('encodingFromFont', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.vnarial', 'tcvn3'],
    ['.VnArial NarrowH', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['vni-helve-condense', 'vni'],
    ['VNI-Helve', 'vni'],
    ['Times New Roman', null],
    ['Calibri', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%s → %s', (font, enc) => {
    expect(encodingFromFont(font)).toBe(enc);
  });
});

describe.each([
  ['tcvn3', TCVN3_SAMPLES, '.VnTime'],
  ['vni', VNI_SAMPLES, 'VNI-Times'],
] as Array<[LegacyEncoding, Array<[string, string]>, string]>)('%s samples', (enc, samples, font) => {
  it.each(samples)('%s → %s', (legacy, unicode) => {
    expect(legacyToUnicode(legacy, enc)).toBe(unicode);
    expect(detectLegacy(legacy)).toBe(enc);
    expect(detectLegacy(legacy, font)).toBe(enc);
    expect(repairLegacy(legacy)).toEqual({ encoding: enc, text: unicode });
    expect(repairLegacy(legacy, font)).toEqual({ encoding: enc, text: unicode });
  });

  it.each(samples)('encodes %s from %s', (legacy, unicode) => {
    expect(unicodeToLegacy(unicode, enc)).toBe(legacy);
  });
});

describe('TCVN3 capitals', () => {
  it('upper-cases text in an H font', () => {
    expect(legacyToUnicode('GI¸O DôC', 'tcvn3', '.VnTimeH')).toBe('GIÁO DỤC');
    expect(repairLegacy('GI¸O DôC', '.VnTimeH')).toEqual({ encoding: 'tcvn3', text: 'GIÁO DỤC' });
    expect(repairLegacy('gi¸o dôc', '.VnArialH')).toEqual({ encoding: 'tcvn3', text: 'GIÁO DỤC' });
  });

  it('keeps lower case in the ordinary fonts', () => {
    expect(legacyToUnicode('Gi¸o dôc', 'tcvn3', '.VnTime')).toBe('Giáo dục');
  });

  it('reads all-capital text as capitals even without the font', () => {
    expect(repairLegacy('GI¸O DôC')).toEqual({ encoding: 'tcvn3', text: 'GIÁO DỤC' });
    expect(repairLegacy('UBND TØNH QU¶NG TRÞ')?.text).toBe('UBND TỈNH QUẢNG TRỊ');
  });

  it('VNI has real capitals', () => {
    expect(repairLegacy('VIEÄT NAM')).toEqual({ encoding: 'vni', text: 'VIỆT NAM' });
    expect(legacyToUnicode('ÑAØ NAÜNG', 'vni')).toBe('ĐÀ NẴNG');
  });
});

describe('no false positives', () => {
  const good = [
    'Giáo dục',
    'Hoà Bình',
    'Hòa Bình',
    'Đà Nẵng',
    'Lê Văn Tâm',
    'Tây Ninh',
    'Cà Mau',
    'Café',
    'Müller',
    'São Paulo',
    '50 €',
    '½',
    'Zürich',
    'Noël à Paris',
    'élève, hôtel, naïve, goût',
    'Köln, Größe, schön',
    'España, señor, año',
    'Crème brûlée',
    '',
  ];
  it.each(good)('%s is not legacy', (text) => {
    expect(detectLegacy(text)).toBeNull();
    expect(repairLegacy(text)).toBeNull();
  });

  it('plain ASCII is never legacy, even in a legacy font', () => {
    expect(detectLegacy('ADB', '.VnTime')).toBeNull();
    expect(detectLegacy('Nam Dinh 2010', 'VNI-Times')).toBeNull();
    expect(repairLegacy('ADB', '.VnTimeH')).toBeNull();
  });

  it('Unicode typed into a legacy-font cell is left alone', () => {
    expect(detectLegacy('Giáo dục', '.VnTime')).toBeNull();
    expect(detectLegacy('Hoà Bình', '.VnTime')).toBeNull();
    expect(detectLegacy('Hoà Bình', 'VNI-Times')).toBeNull();
    expect(detectLegacy('Đà Nẵng', 'VNI-Times')).toBeNull();
  });

  it('text in other fonts is judged by its characters', () => {
    expect(detectLegacy('Café', 'Calibri')).toBeNull();
    expect(detectLegacy('Gi¸o dôc', 'Calibri')).toBe('tcvn3');
  });
});

describe('ambiguous codes', () => {
  it('picks the table whose reading is natural Vietnamese', () => {
    // VNI would read "vÒ" as "vỊ" and "Ngheä" as TCVN3 "Ngheọ" (tone on a glide): both rejected.
    expect(repairLegacy('vÒ')).toEqual({ encoding: 'tcvn3', text: 'về' });
    expect(repairLegacy('Ngheä An')).toEqual({ encoding: 'vni', text: 'Nghệ An' });
    expect(repairLegacy('§¾k L¾k')).toEqual({ encoding: 'tcvn3', text: 'Đắk Lắk' });
  });

  it('leaves words that are already valid Unicode Vietnamese without a font; the font settles them', () => {
    // "dù" is a real word and also TCVN3 for "dự"; only the font can settle it.
    expect(detectLegacy('dù')).toBeNull();
    expect(repairLegacy('dù', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'dự' });
    expect(repairLegacy('Dù ¸n')).toEqual({ encoding: 'tcvn3', text: 'Dự án' });
  });
});

describe('short texts in a known legacy font', () => {
  // Each reads as Unicode Vietnamese as written, so the characters alone cannot tell; the font can.
  it.each([
    ['Y TÕ', '.VnTime', 'Y TẾ'], ['Y TÕ', '.VnTimeH', 'Y TẾ'], ['Y TÕ', '.VnArial', 'Y TẾ'], ['Ghi chó', '.VnTime', 'Ghi chú'],
    ['Ghi chó', '.VnArial Narrow', 'Ghi chú'], ['Sôn La', 'VNI-Times', 'Sơn La'], ['Sôn La', 'VNI-Helve', 'Sơn La'],
    ['chó', '.VnTime', 'chú'], ['Lª', '.VnTime', 'Lê'],
  ])('%s in %s is %s', (text, font, fixed) => {
    expect(repairLegacy(text, font)?.text).toBe(fixed);
  });

  it.each(['Y TÕ', 'Ghi chó', 'Sôn La'])('%s without a font (or in another font) is left alone', (text) => {
    expect(repairLegacy(text)).toBeNull();
    expect(repairLegacy(text, 'Times New Roman')).toBeNull();
  });

  it('keeps Unicode in an old template when its conversion is not Vietnamese, or it is a name the lists know', () => {
    expect(repairLegacy('Hoà Bình', '.VnTime')).toBeNull(); // would be "Hoà Bỡnh"
    expect(repairLegacy('Café', '.VnTime')).toBeNull(); // would be "Cafộ"
    expect(repairLegacy('Hoà Bình', 'VNI-Times')).toBeNull(); // would be "Hồ Bình": a province as the lists write it
    expect(repairLegacy('Khánh Hoà', 'VNI-Times')).toBeNull();
    expect(repairLegacy('Thái Bình', '.VnTime')).toBeNull();
  });
});

describe('font outweighs characters', () => {
  it('trusts the font for codes that cannot be Unicode Vietnamese', () => {
    expect(repairLegacy('§T', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'ĐT' });
    expect(repairLegacy('ÑT', 'VNI-Times')).toEqual({ encoding: 'vni', text: 'ĐT' });
  });
});

// Words and phrases covering every vowel, mark and tone, plus typical register vocabulary.
const PHRASES = [
  'Giáo dục và đào tạo',
  'Y tế',
  'Phát triển kinh tế - xã hội',
  'Nông nghiệp và phát triển nông thôn',
  'Hà Nội',
  'Đà Nẵng',
  'Tổng cộng',
  'Viện trợ không hoàn lại',
  'Quảng Trị',
  'Thừa Thiên Huế',
  'Bà Rịa - Vũng Tàu',
  'Cần Thơ',
  'Hải Phòng',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Ngãi',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Điện Biên',
  'Lạng Sơn',
  'Bắc Giang',
  'Thái Nguyên',
  'Nguyễn Thị Minh Khai',
  'Trần Hưng Đạo',
  'Ủy ban nhân dân tỉnh',
  'Sở Ngoại vụ',
  'Dự án hỗ trợ kỹ thuật',
  'Nước sạch và vệ sinh môi trường',
  'Cơ sở hạ tầng giao thông',
  'Tổ chức phi chính phủ nước ngoài',
  'Vốn đối ứng',
  'Đầu tư trực tiếp nước ngoài',
  'Giấy chứng nhận đăng ký đầu tư',
  'Khuyến nông, khuyến lâm',
  'Người khuyết tật',
  'Quyết định phê duyệt',
  'Hợp tác quốc tế',
  'Bảo vệ rừng ngập mặn',
  'Xóa đói giảm nghèo',
  'Chương trình mục tiêu quốc gia',
  'Dạy nghề cho thanh niên',
  'Ưu tiên',
  'Ẩm thực',
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
];

describe.each(['tcvn3', 'vni'] as LegacyEncoding[])('%s round trip', (enc) => {
  it.each(PHRASES)('%s', (phrase) => {
    const legacy = unicodeToLegacy(phrase, enc);
    expect(legacy).not.toBe(phrase);
    // Everything Excel shows for a legacy cell sits in Windows-1252's Latin-1 half.
    expect(legacy).toMatch(/^[\x20-\xff]*$/);
    expect(detectLegacy(legacy)).toBe(enc);
    // TCVN3 has no toned capitals: mixed-case phrases starting with one come back lower-case.
    const expected =
      enc === 'tcvn3' && /^[ẠẢÃÀÁẰẲẴẮẶẦẨẪẤẬẸẺẼÈÉỀỂỄẾỆỊỈĨÌÍỌỎÕÒÓỒỔỖỐỘỜỞỠỚỢỤỦŨÙÚỪỬỮỨỰỴỶỸỲÝ]/.test(phrase) &&
      phrase !== phrase.toUpperCase()
        ? phrase[0].toLowerCase() + phrase.slice(1)
        : phrase;
    expect(repairLegacy(legacy)?.text).toBe(expected);
  });
});

describe('tables', () => {
  const letters =
    'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
  const all = [...letters, ...letters.toUpperCase()].filter((c) => !/[aeiouyAEIOUY]/.test(c));

  it('covers all 134 Vietnamese letters in VNI, both ways', () => {
    expect(all).toHaveLength(134);
    const spellings = all.map((ch) => unicodeToLegacy(ch, 'vni'));
    expect(new Set(spellings).size).toBe(134);
    for (let i = 0; i < all.length; i++) {
      // Only ì and í keep their Unicode look: VNI reuses those two Latin-1 codes as themselves.
      if (!'ìíÌÍ'.includes(all[i])) expect(spellings[i]).not.toBe(all[i]);
      expect(spellings[i]).toMatch(/^[A-Za-z\u00c0-\u00ff]{1,2}$/);
      expect(legacyToUnicode(spellings[i], 'vni')).toBe(all[i]);
    }
  });

  it('covers every lowercase letter in TCVN3 with a distinct single code', () => {
    const lower = all.filter((c) => c === c.toLowerCase());
    const codes = lower.map((c) => unicodeToLegacy(c, 'tcvn3'));
    expect(new Set(codes).size).toBe(67);
    for (let i = 0; i < lower.length; i++) {
      expect(codes[i]).toHaveLength(1);
      expect(legacyToUnicode(codes[i], 'tcvn3')).toBe(lower[i]);
    }
    expect(legacyToUnicode('¡¢£¤¥¦§', 'tcvn3')).toBe('ĂÂÊÔƠƯĐ');
  });
});

describe('ASCII fast path', () => {
  // Timing belongs in bench/; here only the behaviour: ASCII text in a legacy font needs no repair.
  it('returns null for ASCII text even in a TCVN3 font', () => {
    for (let i = 0; i < 1000; i++) expect(detectLegacy(`Project ${i} ADB loan`, '.VnTime')).toBeNull();
  });
});
