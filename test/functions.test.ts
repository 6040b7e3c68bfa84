// Unit tests of the AID.* functions through their registry (the same path Excel's entry uses).
import { FunctionError } from '../src/functions/errors';
import { envFor, type FnEnv } from '../src/functions/env';
import { langOf } from '../src/core/i18n/lang';
import { aidFunction, AID_FUNCTIONS } from '../src/functions/registry';
import { unicodeToLegacy } from '../src/core/parse/legacy';
import { aidProjectRow, headerOf, serial } from './helpers/registerRows';
import { TODAY } from './helpers/sample';

const VI: FnEnv = envFor('vi-VN', TODAY);
const EN: FnEnv = envFor('en-US', TODAY);

/** Calls AID.name; a scalar result comes back unwrapped, as Excel shows a 1×1 array. */
function call(name: string, args: unknown[], env: FnEnv = VI): unknown {
  const m = aidFunction(name).run(args, env);
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
}
function error(name: string, args: unknown[], env: FnEnv = VI): FunctionError {
  let r: unknown;
  try {
    r = call(name, args, env);
  } catch (e) {
    r = e;
  }
  if (!(r instanceof FunctionError)) throw new Error(`expected an error from AID.${name}, got ${JSON.stringify(r)}`);
  return r;
}

describe('environment', () => {
  test('Vietnamese for vi and vi-VN, English otherwise', () => {
    expect(langOf('vi-VN')).toBe('vi');
    expect(langOf('vi')).toBe('vi');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('fr-FR')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
  test('every function is in the registry once', () => {
    const names = AID_FUNCTIONS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['AMOUNT', 'CURRENCY', 'CONVERT', 'RATE', 'SECTOR', 'COUNTRY', 'PROVINCE', 'CHECK', 'SUMMARY', 'TEXT', 'WORDS', 'UNICODE']);
  });
});

describe('AID.AMOUNT', () => {
  test.each([
    ['3,7 triệu USD', 3_700_000],
    ['2.345.678,5', 2_345_678.5],
    ['1,25 tỷ đồng', 1_250_000_000],
    ['khoảng 500 nghìn USD', 500_000],
    ['$3,500', 3500],
    [1234.5, 1234.5],
  ])('%p → %p', (text, value) => {
    expect(call('AMOUNT', [[[text]]])).toBe(value);
  });
  test('a range spills one result per cell, with an error in place of a bad cell', () => {
    const m = aidFunction('AMOUNT').run([[['3,7 triệu'], ['abc'], ['']]], VI);
    expect(m[0][0]).toBe(3_700_000);
    expect(m[1][0]).toBeInstanceOf(FunctionError);
    expect((m[1][0] as FunctionError).code).toBe('value');
    expect(m[2][0]).toBe('');
  });
  test('text that cannot be read is #VALUE! with a message naming it', () => {
    const e = error('AMOUNT', [[['mười lăm']]]);
    expect(e.code).toBe('value');
    expect(e.message).toContain('mười lăm');
    expect(error('AMOUNT', [[['mười lăm']]], EN).message).toContain('cannot be read as an amount');
  });
  test('mixed separators are refused', () => {
    expect(error('AMOUNT', [[['1.234.5,6,7']]]).code).toBe('value');
  });
  test('an English reading of "1.234" is ambiguous without a currency and certain with VND', () => {
    expect(error('AMOUNT', [[['1.234']]], EN).message).toMatch(/could be/);
    expect(call('AMOUNT', [[['1.234']], 'VND'], EN)).toBe(1234);
    expect(call('AMOUNT', [[['1,234']]], EN)).toBe(1234);
  });
  test('a currency argument that contradicts the text is #VALUE!', () => {
    expect(error('AMOUNT', [[['3,7 triệu USD']], 'VND']).message).toContain('USD');
  });
  test('an unknown currency argument is #N/A', () => {
    expect(error('AMOUNT', [[['5']], 'dinh']).code).toBe('na');
  });
  test('a range as the currency argument is refused', () => {
    expect(error('AMOUNT', [[['5']], [['USD'], ['VND']]]).code).toBe('value');
  });
});

describe('AID.CURRENCY', () => {
  test.each([['đồng', 'VND'], ['VNĐ', 'VND'], ['₫', 'VND'], ['đô la Mỹ', 'USD'], ['Yên', 'JPY'], ['eur', 'EUR']])('%p → %p', (t, c) => {
    expect(call('CURRENCY', [[[t]]])).toBe(c);
  });
  test('unknown text is #N/A, a number #VALUE!', () => {
    expect(error('CURRENCY', [[['rúp giả']]]).code).toBe('na');
    expect(error('CURRENCY', [[[12]]]).code).toBe('value');
  });
});

const RATES = [
  ['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'],
  ['USD', serial(2024, 1, 1), 1, 24_000],
  ['USD', serial(2025, 1, 1), 1, 25_000],
  ['EUR', serial(2024, 1, 1), 1.1, null],
  ['JPY', serial(2024, 1, 1), null, 160],
];

describe('AID.CONVERT', () => {
  test('uses the rate in force on the date', () => {
    expect(call('CONVERT', [[[100]], 'USD', 'VND', serial(2024, 6, 30), RATES])).toBe(2_400_000);
    expect(call('CONVERT', [[[100]], 'USD', 'VND', serial(2025, 3, 1), RATES])).toBe(2_500_000);
  });
  test('bridges through USD/VND when only one column is given', () => {
    expect(call('CONVERT', [[[1000]], 'JPY', 'USD', serial(2024, 6, 30), RATES])).toBeCloseTo(160_000 / 24_000, 9);
    expect(call('CONVERT', [[[10]], 'EUR', 'VND', serial(2024, 6, 30), RATES])).toBeCloseTo(10 * 1.1 * 24_000, 6);
  });
  test('text amounts, currency names and text dates are read', () => {
    expect(call('CONVERT', [[['1 triệu']], 'đô la Mỹ', 'đồng', '15/3/2025', RATES])).toBe(25_000_000_000);
  });
  test('a range of amounts with a range of dates converts pairwise and spills', () => {
    const m = aidFunction('CONVERT').run([[[1], [1]], 'USD', 'VND', [[serial(2024, 2, 1)], [serial(2025, 2, 1)]], RATES], VI);
    expect(m).toEqual([[24_000], [25_000]]);
  });
  test('no rate in force is #N/A naming the date', () => {
    const e = error('CONVERT', [[[1]], 'USD', 'VND', serial(2023, 5, 1), RATES], EN);
    expect(e.code).toBe('na');
    expect(e.message).toContain('2023');
  });
  test('same currency needs no table; a range without a rates table is #VALUE!', () => {
    expect(call('CONVERT', [[[7]], 'USD', 'USD', serial(2023, 5, 1), null])).toBe(7);
    expect(error('CONVERT', [[[7]], 'USD', 'VND', serial(2024, 5, 1), [['a', 'b'], [1, 2]]]).code).toBe('value');
  });
  test('a bad or missing date is #VALUE! saying which', () => {
    expect(error('CONVERT', [[[7]], 'USD', 'VND', '31/02/2024', RATES]).code).toBe('value');
    expect(error('CONVERT', [[[7]], 'USD', 'VND', [[null]], RATES], EN).message).toContain('date is missing');
  });
});

describe('AID.RATE', () => {
  test('disbursed over committed', () => {
    expect(call('RATE', [[[25]], [[100]]])).toBe(0.25);
    expect(call('RATE', [[['1,5 triệu']], [['3 triệu']]])).toBe(0.5);
  });
  test('blank committed → blank; nothing disbursed → 0; both zero → blank', () => {
    expect(call('RATE', [[[50]], [[null]]])).toBe('');
    expect(call('RATE', [[[null]], [[100]]])).toBe(0);
    expect(call('RATE', [[[0]], [[0]]])).toBe('');
  });
  test('disbursed against zero committed is #DIV/0!, negatives #NUM!', () => {
    expect(error('RATE', [[[5]], [[0]]]).code).toBe('div0');
    expect(error('RATE', [[[-5]], [[10]]]).code).toBe('num');
  });
  test('columns spill row by row', () => {
    expect(aidFunction('RATE').run([[[1], [3]], [[4], [4]]], VI)).toEqual([[0.25], [0.75]]);
  });
  test('ranges of different sizes are refused', () => {
    expect(error('RATE', [[[1], [3]], [[4], [4], [5]]]).code).toBe('value');
  });
});

describe('AID.SECTOR, AID.COUNTRY, AID.PROVINCE', () => {
  test('sector: tone marks and aliases, in the display language or as asked', () => {
    expect(call('SECTOR', [[['y te']]])).toBe('Y tế');
    expect(call('SECTOR', [[['Y tế']]], EN)).toBe('Health');
    expect(call('SECTOR', [[['giao duc - dao tao']], 'code'])).toBe('GDDT');
    expect(error('SECTOR', [[['thể thao điện tử']]]).code).toBe('na');
  });
  test('country: Vietnamese abbreviations and English names', () => {
    expect(call('COUNTRY', [[['Hoa Kỳ']], 'code'])).toBe('US');
    expect(call('COUNTRY', [[['Mỹ']], 'en'])).toBe('United States');
    expect(call('COUNTRY', [[['CHDCND Lào']], 'code'])).toBe('LA');
    expect(call('COUNTRY', [[['CH Pháp']], 'alpha3'])).toBe('FRA');
    expect(call('COUNTRY', [[['Japan']]])).toBe('Nhật Bản');
    expect(error('COUNTRY', [[['Atlantis']]]).code).toBe('na');
    expect(error('COUNTRY', [[['Japan']], 'iso9']).code).toBe('value');
  });
  test('province: an old province maps to today\'s', () => {
    expect(call('PROVINCE', [[['Bà Rịa - Vũng Tàu']]])).toBe('TP. Hồ Chí Minh');
    expect(call('PROVINCE', [[['ha noi']]])).toBe('Hà Nội');
    expect(call('PROVINCE', [[['Hà Nội']], 'en'])).toBe('Hanoi');
    expect(call('PROVINCE', [[['Hà Nội']], 'code'])).toBe('01');
    expect(error('PROVINCE', [[['Gotham']]]).code).toBe('na');
  });
  test('blank cells stay blank', () => {
    expect(call('SECTOR', [[['']]])).toBe('');
    expect(call('COUNTRY', [[[null]]])).toBe('');
  });
});

describe('AID.TEXT and AID.WORDS', () => {
  test('report-style text', () => {
    expect(call('TEXT', [[[3_700_000]], 'USD'])).toBe('3,7 triệu USD');
    expect(call('TEXT', [[[2_345_678]], 'USD', 'full'])).toBe('2.345.678 USD');
    expect(call('TEXT', [[[3_700_000]], 'USD'], EN)).toBe('USD 3.7 million');
    expect(call('TEXT', [[[45_300_000_000]]])).toBe('45,3 tỷ đồng');
    expect(call('TEXT', [[[3_700_000]], 'USD', 'short', 'en'])).toBe('USD 3.7 million');
    expect(error('TEXT', [[[1]], 'USD', 'long']).code).toBe('value');
  });
  test('Vietnamese words, as accountants write them', () => {
    expect(call('WORDS', [[[125_000_000]]])).toBe('Một trăm hai mươi lăm triệu đồng');
    expect(call('WORDS', [[[1_005_000]]])).toBe('Một triệu không trăm linh năm nghìn đồng');
    expect(call('WORDS', [[[21]]])).toBe('Hai mươi mốt đồng');
    expect(call('WORDS', [[[15]]])).toBe('Mười lăm đồng');
    expect(call('WORDS', [[[105]]])).toBe('Một trăm linh năm đồng');
    expect(call('WORDS', [[[0]]])).toBe('Không đồng');
    expect(call('WORDS', [[[1_000_000_000_000]]])).toBe('Một nghìn tỷ đồng');
    expect(call('WORDS', [[[2_000_500_000]]])).toBe('Hai tỷ năm trăm nghìn đồng');
    expect(call('WORDS', [[[2_005_000_000]]])).toBe('Hai tỷ không trăm linh năm triệu đồng');
    expect(call('WORDS', [[[1_234_567]]])).toBe('Một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy đồng');
    expect(call('WORDS', [[[3000.5]], 'USD'])).toBe('Ba nghìn đô la Mỹ và năm mươi xu');
    expect(call('WORDS', [[[-2]]])).toBe('Âm hai đồng');
    expect(error('WORDS', [[[1e16]]]).code).toBe('num');
  });
});

describe('AID.UNICODE', () => {
  test('TCVN3 and VNI text come back as Unicode; Unicode text is unchanged', () => {
    const text = 'Dự án nâng cấp trường học';
    expect(call('UNICODE', [[[unicodeToLegacy(text, 'tcvn3')]], '.VnTime'])).toBe(text);
    expect(call('UNICODE', [[[unicodeToLegacy(text, 'vni')]], 'VNI-Times'])).toBe(text);
    expect(call('UNICODE', [[[text]]])).toBe(text);
    expect(call('UNICODE', [[[42]]])).toBe(42);
  });
  test('a font given converts short texts that could also be Unicode ("Y TÕ", "Ghi chó", "Sôn La")', () => {
    expect(call('UNICODE', [[['Y TÕ']], '.VnTime'])).toBe('Y TẾ');
    expect(call('UNICODE', [[['Ghi chó']], '.VnTimeH'])).toBe('GHI CHÚ');
    expect(call('UNICODE', [[['Sôn La']], 'VNI-Times'])).toBe('Sơn La');
    expect(call('UNICODE', [[['Sôn La']]])).toBe('Sôn La');
  });
});

const AID_HEAD = headerOf('aid-projects');
const aidRow = (over: Record<string, unknown>): unknown[] => aidProjectRow(over);

describe('AID.CHECK', () => {
  test('a valid row gives ""', () => {
    expect(call('CHECK', [[aidRow({})], 'aid-projects'])).toBe('');
  });
  test('AID-R201: end before start is reported with the rule id and the column', () => {
    const text = call('CHECK', [[aidRow({ endDate: serial(2024, 1, 1) })], 'aid-projects']) as string;
    expect(text).toMatch(/^AID-R201 /);
    expect(text).toContain('Ngày kết thúc');
  });
  test('AID-C101: a required value missing, in English when Excel runs in English', () => {
    const text = call('CHECK', [[aidRow({ donor: null })], 'aid-projects'], EN) as string;
    expect(text).toContain('AID-C101');
    expect(text).toContain('Donor');
  });
  test('several rows give one answer per row; blank rows stay blank', () => {
    const m = aidFunction('CHECK').run([[aidRow({}), aidRow({}).map(() => null), aidRow({ committed: 'abc', aidId: 'VT-2' })], 'aid-projects'], VI);
    expect(m.map((r) => r[0])).toEqual(['', '', expect.stringContaining('AID-C10')]);
  });
  test('a duplicate id across rows is not judged by a formula (cross rules belong to Validate)', () => {
    const m = aidFunction('CHECK').run([[aidRow({}), aidRow({})], 'aid-projects'], VI);
    expect(m).toEqual([[''], ['']]);
  });
  test('with a header range the columns may be in any order, and the kind is found', () => {
    const order = [3, 0, 1, 4, 6, 11, 12, 15, 16, 17];
    const head = order.map((i) => AID_HEAD[i]);
    const row = order.map((i) => aidRow({ approvalDate: 'ngày 35 tháng 1 năm 2024' })[i]);
    const text = call('CHECK', [[row], null, [head]]) as string;
    expect(text).toMatch(/AID-C10\d/);
    expect(text).toContain('Ngày phê duyệt');
  });
  test('no kind and no header, a wrong kind, or a width mismatch are #VALUE!', () => {
    expect(error('CHECK', [[aidRow({})]]).code).toBe('value');
    expect(call('CHECK', [[aidRow({})], 'aid-projects', [[null]]])).toBe('');
    expect(error('CHECK', [[aidRow({})], 'bogus']).code).toBe('value');
    expect(error('CHECK', [[[1, 2]], 'aid-projects']).message).toContain('2');
  });
});

describe('AID.SUMMARY', () => {
  const table = [AID_HEAD, aidRow({}), aidRow({ aidId: 'VT-002', sector: 'Giáo dục', committed: 300_000, disbursedToDate: 300_000 }),
    aidRow({ aidId: 'VT-003', committed: 'x' })];
  test('by sector: header, one row per sector, a total and the rows left out', () => {
    const m = call('SUMMARY', [table, 'sector']) as unknown[][];
    expect(m[0]).toEqual(['Lĩnh vực', 'Số dự án', 'Vốn cam kết', 'Giải ngân', 'Tỷ lệ giải ngân']);
    const health = m.find((r) => r[0] === 'Y tế')!;
    expect(health.slice(1, 4)).toEqual([1, 100_000, 40_000]);
    expect(health[4]).toBeCloseTo(0.4, 12);
    const total = m.find((r) => r[0] === 'Tổng cộng')!;
    expect(total.slice(1, 4)).toEqual([2, 400_000, 340_000]);
    expect(String(m[m.length - 1][0])).toContain('Không tính 1 dòng');
  });
  test('for a period without a disbursement register the disbursed column stays blank', () => {
    const m = call('SUMMARY', [table, 'lĩnh vực', '2024', null], EN) as unknown[][];
    const total = m.find((r) => r[0] === 'Total')!;
    expect(total.slice(1, 5)).toEqual([2, 400_000, '', '']);
  });
  test('with a disbursement register, disbursements in the period', () => {
    const dis = [['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân'], ['VT-001', serial(2024, 5, 1), 10_000], ['VT-002', serial(2023, 12, 1), 5]];
    const m = call('SUMMARY', [table, 'sector', serial(2024, 1, 1), serial(2024, 12, 31), 'USD', dis], EN) as unknown[][];
    const total = m.find((r) => r[0] === 'Total')!;
    expect(total[3]).toBe(10_000);
  });
  test('bad arguments are #VALUE!', () => {
    expect(error('SUMMARY', [table, 'colour']).code).toBe('value');
    expect(error('SUMMARY', [[['a', 'b'], [1, 2]], 'sector']).code).toBe('value');
    expect(error('SUMMARY', [table, 'sector', '2024-Q9']).code).toBe('value');
    expect(error('SUMMARY', [table, 'sector', null, null, 'EUR']).code).toBe('value');
  });
});
