// The AID.* functions evaluated inside a real formula engine (HyperFormula, GPL-3.0, dev dependency
// only), nested in Excel functions, reading ranges of other sheets, spilling arrays and recalculating
// when an input changes. The plugin (test/helpers/hyperformulaAid.ts) is generated from the registry
// and from the metadata Excel gets, so these formulas call the functions the way Excel does.
import { DetailedCellError, HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { registerDef, templateDef } from '../src/core/schema/registers';
import { type FnEnv } from '../src/functions/env';
import { aidFunction, AID_FUNCTIONS } from '../src/functions/registry';
import { aidProjectRow, headerOf, serial } from './helpers/registerRows';
import { aidConfig, aidEnv, excelMetadata, NAMESPACE, registerAidFunctions } from './helpers/hyperformulaAid';

const VI: FnEnv = aidEnv('vi-VN');

// ---- Data: an aid-projects register (header in Vietnamese, columns A:T), disbursements, rates ----

const AID_COLUMNS = templateDef(registerDef('aid-projects')).columns;
const AID_HEAD = headerOf('aid-projects');
/** The shared valid project (helpers/registerRows.ts), with a longer title and an end date still ahead. */
const aidRow = (over: Record<string, RawCellContent>): RawCellContent[] =>
  aidProjectRow<RawCellContent>({ title: 'Nâng cấp trạm y tế xã', endDate: serial(2027, 12, 31), ...over });
const PROJECTS: RawCellContent[][] = [
  AID_HEAD,
  aidRow({}),
  aidRow({ aidId: 'VT-002', title: 'Xây trường tiểu học', donor: 'KOICA', donorCountry: 'Hàn Quốc', sector: 'Giáo dục - Đào tạo', province: 'Hà Nội', committed: 300_000, disbursedToDate: 300_000 }),
  aidRow({ aidId: 'VT-003', title: 'Phòng khám lưu động', donor: 'USAID', donorCountry: 'Hoa Kỳ', committed: 250_000, disbursedToDate: 50_000 }),
  aidRow({ aidId: 'VT-004', title: 'Đào tạo giáo viên', donor: 'AFD', donorCountry: 'Pháp', sector: 'Giáo dục - Đào tạo', province: 'Hà Nội', committed: 120_000, disbursedToDate: 60_000 }),
  // AID-R201: ends before it starts, so it is left out of every summary.
  aidRow({ aidId: 'VT-005', title: 'Nước sạch nông thôn', endDate: serial(2024, 1, 1), committed: 500_000, disbursedToDate: 10_000 }),
];
const col = (key: string): string => String.fromCharCode(65 + AID_COLUMNS.findIndex((c) => c.key === key));
const LAST_COL = String.fromCharCode(64 + AID_COLUMNS.length); // T

const DISBURSEMENTS: RawCellContent[][] = [
  ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'],
  ['VT-001', serial(2024, 5, 1), 10_000, 'USD'],
  ['VT-002', serial(2024, 8, 15), 100_000, 'USD'],
  ['VT-003', serial(2025, 2, 1), 20_000, 'USD'],
  ['VT-004', serial(2024, 11, 30), 5_000, 'USD'],
];

const RATES: RawCellContent[][] = [
  ['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'],
  ['USD', serial(2024, 1, 1), 1, 24_000],
  ['USD', serial(2025, 1, 1), 1, 25_000],
  ['EUR', serial(2024, 1, 1), 1.1, null],
  ['EUR', serial(2025, 1, 1), 1.05, null],
];

// The ledger: amounts as typed, committed (B) and disbursed (C), EUR amounts (D) on dates (E).
const EUR = [1_000, 2_000, 500];
const EUR_DATES = [serial(2024, 6, 30), serial(2025, 3, 1), serial(2024, 12, 31)];
const LEDGER: RawCellContent[][] = [
  ['Số tiền', 'Cam kết', 'Giải ngân', 'Số tiền EUR', 'Ngày', 'Tỷ lệ giải ngân', 'Số tiền (số)', 'Tổng USD'],
  ['3,7 triệu USD', 100_000, 40_000, EUR[0], EUR_DATES[0], '=AID.RATE(C2,B2)', '=ROUND(AID.AMOUNT(A2),0)', '=SUM(AID.CONVERT(D2:D4,"EUR","USD",E2:E4,Rates!A1:D5))'],
  ['1,25 tỷ đồng', null, 5_000, EUR[1], EUR_DATES[1], '=AID.RATE(C3,B3)', '=AID.AMOUNT(A3)*2'],
  // A date typed through an Excel function: HyperFormula keeps it as a date-typed number; Excel passes the serial.
  [null, 0, 5_000, EUR[2], '=DATE(2024,12,31)', '=AID.RATE(C4,B4)'],
  [null, 0, 0, null, null, '=AID.RATE(C5,B5)'],
  [null, '3 triệu', '1,5 triệu', null, null, '=AID.RATE(C6,B6)'],
];

const SUMMARY_FORMULA = `=AID.SUMMARY(Projects!A1:${LAST_COL}6,"sector")`;

// Data sheets come first: HyperFormula sizes a spilled formula when it reads it, from the values
// already there (see the helper).
function workbook(): Record<string, RawCellContent[][]> {
  return {
    Projects: PROJECTS,
    Disbursements: DISBURSEMENTS,
    Rates: RATES,
    Ledger: LEDGER,
    Summary: [[SUMMARY_FORMULA]],
    Checks: [
      [`=AID.CHECK(Projects!A2:${LAST_COL}2,"aid-projects")`],
      [`=AID.CHECK(Projects!A6:${LAST_COL}6,"aid-projects")`],
      ['=AID.CHECK(Projects!A2:R2,,Projects!A1:R1)'],
      ['=AID.CHECK(Projects!A2:R2,"aid-projects")'],
      [`=AID.CHECK(Projects!A2:${LAST_COL}6,"aid-projects")`],
    ],
    Text: [
      ['=IFERROR(AID.PROVINCE("Gotham"),"?")'],
      ['=AID.PROVINCE("Bà Rịa - Vũng Tàu")'],
      ['=AID.WORDS(125000000)'],
      ['=AID.TEXT(3700000,"USD")'],
      ['=AID.AMOUNT("abc")'],
      ['=AID.PROVINCE("Gotham")'],
      ['=AID.SECTOR("giao duc","code")&"/"&AID.COUNTRY("Hoa Kỳ","code")&"/"&AID.CURRENCY("đồng")'],
      ['=AID.AMOUNT("5",B9)'],
      ['=AID.UNICODE("Dự án")'],
    ],
    PeriodSummary: [[`=AID.SUMMARY(Projects!A1:${LAST_COL}6,"sector","2024",,"USD",Disbursements!A1:D5)`]],
  };
}

let hf: HyperFormula;
beforeAll(async () => {
  await registerAidFunctions();
});
beforeEach(() => {
  hf = HyperFormula.buildFromSheets(workbook(), aidConfig('vi-VN'));
});
afterEach(() => {
  hf.destroy();
});

/** "Sheet!A1" → address. */
function at(ref: string): SimpleCellAddress {
  const [sheetName, cell] = ref.split('!');
  const m = /^([A-Z])(\d+)$/.exec(cell);
  const sheet = hf.getSheetId(sheetName);
  if (!m || sheet === undefined) throw new Error(`bad reference ${ref}`);
  return { sheet, col: m[1].charCodeAt(0) - 65, row: Number(m[2]) - 1 };
}
const value = (ref: string): unknown => hf.getCellValue(at(ref));
function errorAt(ref: string): DetailedCellError {
  const v = value(ref);
  if (!(v instanceof DetailedCellError)) throw new Error(`${ref}: expected an error, got ${JSON.stringify(v)}`);
  return v;
}
/**
 * A registry result as HyperFormula exports it: numbers to 10 significant digits (its
 * precisionRounding), so they are compared to 9 decimals; everything else exactly.
 */
const exported = (m: unknown[][]): unknown[][] => m.map((r) => r.map((v) => (typeof v === 'number' ? expect.closeTo(v, 9) : v)));
/** The spilled block whose top-left cell is `ref`, `rows`×`cols`. */
function block(ref: string, rows: number, cols: number): unknown[][] {
  const a = at(ref);
  return hf.getRangeValues({ start: a, end: { sheet: a.sheet, col: a.col + cols - 1, row: a.row + rows - 1 } });
}

describe('the plugin', () => {
  test('every registry function is registered as AID.<NAME>', () => {
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const fn of AID_FUNCTIONS) expect(names).toContain(`${NAMESPACE}.${fn.name}`);
  });

  test('matrix parameters come from the metadata Excel gets (custom-functions-metadata)', async () => {
    const meta = await excelMetadata();
    const matrix = Object.fromEntries([...meta].map(([name, params]) => [name, params.filter((p) => p.matrix).map((p) => p.name)]));
    expect(matrix).toEqual({
      AMOUNT: ['text'], CURRENCY: ['text'], CONVERT: ['amount', 'date', 'rates'], RATE: ['disbursed', 'committed'],
      SECTOR: ['text'], COUNTRY: ['text'], PROVINCE: ['text'], CHECK: ['row', 'header', 'codes'],
      SUMMARY: ['table', 'related', 'rates'], TEXT: ['amount'], WORDS: ['amount'], UNICODE: ['text'],
    });
  });
});

describe('AID.RATE in a column, one formula per row', () => {
  test('disbursed ÷ committed', () => {
    expect(value('Ledger!F2')).toBe(0.4);
    expect(value('Ledger!F6')).toBe(0.5);
  });
  test('a blank committed gives "", as do nothing committed and nothing disbursed', () => {
    expect(value('Ledger!F3')).toBe('');
    expect(value('Ledger!F5')).toBe('');
  });
  test('zero committed with disbursements is #DIV/0! with its message', () => {
    const e = errorAt('Ledger!F4');
    expect(e.type).toBe('DIV_BY_ZERO');
    expect(e.value).toBe('#DIV/0!');
    expect(e.message).toContain('Cam kết bằng 0');
  });
});

describe('AID.AMOUNT nested in Excel arithmetic', () => {
  test('=ROUND(AID.AMOUNT(A2),0) on "3,7 triệu USD"', () => {
    expect(value('Ledger!G2')).toBe(3_700_000);
  });
  test('=AID.AMOUNT(A3)*2 on "1,25 tỷ đồng"', () => {
    expect(value('Ledger!G3')).toBe(2_500_000_000);
  });
  test('an unreadable amount is #VALUE! whose message names the text', () => {
    const e = errorAt('Text!A5');
    expect(e.type).toBe('VALUE');
    expect(e.message).toContain('abc');
  });
  test('a scalar argument given as a cell reference (an empty one) counts as omitted', () => {
    expect(value('Text!A8')).toBe(5);
  });
});

describe('AID.CONVERT inside SUM', () => {
  test('the sum of the per-row conversions at the rate in force on each date', () => {
    // 2024-06-30 and 2024-12-31: EUR→USD 1.1; 2025-03-01: 1.05.
    const byHand = EUR[0] * 1.1 + EUR[1] * 1.05 + EUR[2] * 1.1;
    expect(byHand).toBeCloseTo(3_750, 9);
    expect(value('Ledger!H2')).toBeCloseTo(byHand, 9);
  });
  test('a single amount and a DATE() argument (matrix parameters given single values)', () => {
    hf.setCellContents(at('Ledger!H3'), [['=AID.CONVERT(100,"USD","VND",DATE(2024,6,30),Rates!A1:D5)']]);
    expect(value('Ledger!H3')).toBe(2_400_000);
  });
  test('the same figures as the registry called directly with the same values', () => {
    const direct = aidFunction('CONVERT').run([EUR.map((x) => [x]), 'EUR', 'USD', EUR_DATES.map((d) => [d]), RATES], VI);
    const sum = direct.flat().reduce((s: number, x) => s + (x as number), 0);
    expect(value('Ledger!H2')).toBeCloseTo(sum, 9);
  });
});

describe('AID.SUMMARY spills a matrix', () => {
  // By hand: disbursed is each project's "disbursed to date". VT-005's end date before its start
  // (AID-R201) makes no figure uncertain, so it is counted (README "Summaries", issue 17).
  const HEALTH = { projects: 3, committed: 100_000 + 250_000 + 500_000, disbursed: 40_000 + 50_000 + 10_000 };
  const EDUCATION = { projects: 2, committed: 300_000 + 120_000, disbursed: 300_000 + 60_000 };
  const TOTAL = { projects: HEALTH.projects + EDUCATION.projects, committed: HEALTH.committed + EDUCATION.committed, disbursed: HEALTH.disbursed + EDUCATION.disbursed };

  const direct = (): unknown[][] => aidFunction('SUMMARY').run([PROJECTS, 'sector', null, null, null, null, null], VI);
  const spilled = (): unknown[][] => block('Summary!A1', direct().length, 5);
  const rowOf = (m: unknown[][], label: string): unknown[] => {
    const r = m.find((x) => x[0] === label);
    if (!r) throw new Error(`no row ${label} in ${JSON.stringify(m)}`);
    return r;
  };

  test('the spilled block equals the registry\'s SUMMARY on the same values, and nothing spills beyond it', () => {
    const m = direct();
    expect(m).toHaveLength(4); // header, two sectors, total (no row left out)
    expect(spilled()).toEqual(exported(m));
    expect(value('Summary!A5')).toBeNull();
    expect(value('Summary!F1')).toBeNull();
  });
  test('header row', () => {
    expect(spilled()[0]).toEqual(['Lĩnh vực', 'Số dự án', 'Vốn cam kết', 'Giải ngân', 'Tỷ lệ giải ngân']);
  });
  test('a group row equals the hand-computed figures', () => {
    const health = rowOf(spilled(), 'Y tế');
    expect(health.slice(1, 4)).toEqual([HEALTH.projects, HEALTH.committed, HEALTH.disbursed]);
    expect(health[4]).toBeCloseTo(HEALTH.disbursed / HEALTH.committed, 9);
    const education = rowOf(spilled(), 'Giáo dục - Đào tạo');
    expect(education.slice(1, 4)).toEqual([EDUCATION.projects, EDUCATION.committed, EDUCATION.disbursed]);
  });
  test('the total row equals the hand-computed figures; a row whose only error is its end date (AID-R201) is counted', () => {
    const total = rowOf(spilled(), 'Tổng cộng');
    expect(total.slice(1, 4)).toEqual([TOTAL.projects, TOTAL.committed, TOTAL.disbursed]);
    expect(total[4]).toBeCloseTo(TOTAL.disbursed / TOTAL.committed, 9);
    expect(spilled()).toHaveLength(4);
  });
  test('Excel functions read the spilled cells', () => {
    hf.setCellContents(at('Summary!H1'), [['=SUM(C2:C3)'], ['=INDEX(A1:E5,4,3)']]);
    expect(value('Summary!H1')).toBe(TOTAL.committed);
    expect(value('Summary!H2')).toBe(TOTAL.committed);
  });
  test('with a disbursement register and a period (an omitted "to" argument): disbursements in 2024', () => {
    const args = [PROJECTS, 'sector', '2024', null, 'USD', DISBURSEMENTS, null];
    const m = aidFunction('SUMMARY').run(args, VI);
    expect(block('PeriodSummary!A1', m.length, 5)).toEqual(exported(m));
    const total = rowOf(m, 'Tổng cộng');
    expect(total[3]).toBe(10_000 + 100_000 + 5_000); // VT-003's disbursement is in 2025
  });
});

describe('AID.CHECK on register rows', () => {
  test('a good row gives ""', () => {
    expect(value('Checks!A1')).toBe('');
  });
  test('AID-R201: a row ending before it starts gives text starting with the rule id', () => {
    const text = value('Checks!A2');
    expect(typeof text).toBe('string');
    expect(text as string).toMatch(/^AID-R201 /);
    expect(text as string).toContain('Ngày kết thúc');
  });
  test('with a header row and the kind omitted (,,): the columns are found by their names', () => {
    expect(value('Checks!A3')).toBe('');
  });
  test('a row narrower than the template (A:R of A:T) with only the kind is #VALUE! saying so', () => {
    const e = errorAt('Checks!A4');
    expect(e.type).toBe('VALUE');
    expect(e.message).toBe(`Dòng có 18 cột nhưng tiêu đề có ${AID_COLUMNS.length} cột.`);
  });
  test('several rows spill one answer per row', () => {
    const m = block('Checks!A5', 5, 1).map((r) => r[0]);
    expect(m.slice(0, 4)).toEqual(['', '', '', '']);
    expect(m[4]).toMatch(/^AID-R201 /);
  });
});

describe('AID.PROVINCE, AID.WORDS, AID.TEXT and the code functions in Vietnamese Excel', () => {
  test('AID.PROVINCE: IFERROR catches #N/A for an unknown place; an old province maps to today\'s', () => {
    expect(value('Text!A1')).toBe('?');
    expect(value('Text!A2')).toBe('TP. Hồ Chí Minh');
    const e = errorAt('Text!A6');
    expect(e.type).toBe('NA');
    expect(e.message).toContain('Gotham');
  });
  test('AID.WORDS: an amount in Vietnamese words', () => {
    expect(value('Text!A3')).toBe('Một trăm hai mươi lăm triệu đồng');
  });
  test('AID.TEXT: an amount as reports write it', () => {
    expect(value('Text!A4')).toBe('3,7 triệu USD');
  });
  test('AID.SECTOR, AID.COUNTRY, AID.CURRENCY joined with &', () => {
    expect(value('Text!A7')).toBe('GDDT/US/VND');
  });
  test('AID.UNICODE: Unicode text is unchanged', () => {
    expect(value('Text!A9')).toBe('Dự án');
  });
  test('the language option: the same formulas in English Excel', () => {
    const en = HyperFormula.buildFromSheets({ Projects: PROJECTS, S: [['=AID.TEXT(3700000,"USD")'], [SUMMARY_FORMULA]] }, aidConfig('en-US'));
    try {
      const s = en.getSheetId('S')!;
      expect(en.getCellValue({ sheet: s, col: 0, row: 0 })).toBe('USD 3.7 million');
      expect(en.getCellValue({ sheet: s, col: 0, row: 1 })).toBe('Sector');
      expect(en.getCellValue({ sheet: s, col: 1, row: 1 })).toBe('Projects');
    } finally {
      en.destroy();
    }
  });
});

describe('recalculation: the functions are pure, so changing an input updates the AID formulas', () => {
  test('AID.RATE follows the disbursed cell', () => {
    hf.setCellContents(at('Ledger!C2'), [[60_000]]);
    expect(value('Ledger!F2')).toBe(0.6);
    hf.setCellContents(at('Ledger!B4'), [[10_000]]);
    expect(value('Ledger!F4')).toBe(0.5);
  });
  test('AID.AMOUNT follows the text it reads', () => {
    hf.setCellContents(at('Ledger!A2'), [['5,25 triệu USD']]);
    expect(value('Ledger!G2')).toBe(5_250_000);
  });
  test('AID.CONVERT follows the rates table', () => {
    hf.setCellContents(at('Rates!C5'), [[1.2]]); // EUR from 2025-01-01
    expect(value('Ledger!H2')).toBeCloseTo(EUR[0] * 1.1 + EUR[1] * 1.2 + EUR[2] * 1.1, 9);
  });
  test('AID.SUMMARY follows the register, in place', () => {
    hf.setCellContents(at(`Projects!${col('committed')}2`), [[150_000]]);
    const total = block('Summary!A1', 4, 5).find((r) => r[0] === 'Tổng cộng')!;
    expect(total.slice(1, 3)).toEqual([5, 1_320_000]);
    const projects = hf.getRangeValues({ start: at('Projects!A1'), end: at(`Projects!${LAST_COL}6`) });
    expect(block('Summary!A1', 4, 5)).toEqual(exported(aidFunction('SUMMARY').run([projects, 'sector', null, null, null, null, null], VI)));
  });
  test('AID.CHECK follows a corrected date (AID-R201 goes away)', () => {
    hf.setCellContents(at(`Projects!${col('endDate')}6`), [[serial(2026, 6, 30)]]);
    expect(value('Checks!A2')).toBe('');
  });
  test('AID.SUMMARY placed before the register it reads is sized on empty cells: #SPILL! until entered again', () => {
    const early = HyperFormula.buildFromSheets({ Summary: [[SUMMARY_FORMULA]], Projects: PROJECTS }, aidConfig('vi-VN'));
    try {
      const s = early.getSheetId('Summary')!;
      const e = early.getCellValue({ sheet: s, col: 0, row: 0 });
      expect(e).toBeInstanceOf(DetailedCellError);
      expect((e as DetailedCellError).type).toBe('SPILL');
      early.setCellContents({ sheet: s, col: 0, row: 0 }, [[SUMMARY_FORMULA]]);
      expect(early.getCellValue({ sheet: s, col: 0, row: 3 })).toBe('Tổng cộng');
    } finally {
      early.destroy();
    }
  });
  test('AID.SUMMARY: a result that outgrows its spill area is #SPILL! until the formula is entered again', () => {
    hf.setCellContents(at(`Projects!${col('sector')}5`), [['Nông nghiệp - Phát triển nông thôn']]);
    const e = errorAt('Summary!A1');
    expect(e.type).toBe('SPILL');
    expect(e.message).toContain('enter it again');
    hf.setCellContents(at('Summary!A1'), [[SUMMARY_FORMULA]]);
    const m = block('Summary!A1', 6, 5);
    expect(m.map((r) => r[0])).toEqual(expect.arrayContaining(['Y tế', 'Giáo dục - Đào tạo', 'Nông nghiệp - Phát triển nông thôn', 'Tổng cộng']));
  });
});
