// Figures a summary must not state when the data cannot give them, and what it must say with them
// (issue 17, summary side): disbursed not known without a disbursement register; the period's rate
// over the projects paid, above 100% only when they are over-disbursed (and then flagged); FDI
// figures written as approximate; amounts with no rate to the report currency said first.
import type { RawValue, WorkbookInput } from '../src/core/model';
import { dayToExcelSerial, isoToDay } from '../src/core/parse/date';
import type { SheetPlan } from '../src/core/plan/sheetPlan';
import { summaryPlan } from '../src/core/plan/summary';
import { summaryParagraph } from '../src/core/plan/summary/paragraph';
import { summarise, type Summary } from '../src/core/summary';
import { parsePeriod } from '../src/core/summary/period';
import { validateWorkbook } from '../src/core/validate';
import { printSummary, summaryJson } from '../src/cli/report';
import { summaryNotes } from '../src/core/summary/words';
import { generateSample } from '../src/sample/generate';
import { toInput, TODAY as SAMPLE_TODAY } from './helpers/sample';

const TODAY = isoToDay('2025-01-15');
const s = (iso: string): number => dayToExcelSerial(isoToDay(iso));
type Rows = RawValue[][];

const PROJECT_HEAD = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Loại tiền', 'Giá trị cam kết'];

function build(sheets: [string, Rows][], period: string, currency: 'USD' | 'VND' = 'USD', lang: 'vi' | 'en' = 'vi'): { summary: Summary; plan: SheetPlan } {
  const input: WorkbookInput = { sheets: sheets.map(([name, rows]) => ({ name, rows })) };
  const result = validateWorkbook(input, { today: TODAY, lang, locale: 'vi' });
  const summary = summarise(result.tables, { period: parsePeriod({ period }, TODAY), currency });
  return { summary, plan: summaryPlan(summary, result, input, { lang, today: TODAY }) };
}

const texts = (plan: SheetPlan): string[] => plan.cells.map((c) => (typeof c.value === 'string' ? c.value : ''));

describe('disbursed, when there is no disbursement register', () => {
  const projects: Rows = [
    [...PROJECT_HEAD, 'Giải ngân lũy kế'],
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', s('2024-02-10'), 'USD', 1_000_000, 400_000],
    ['VT02', 'Học bổng', 'ChildFund', 'Giáo dục - Đào tạo', s('2023-03-05'), 'USD', 500_000, 500_000],
  ];
  const { summary, plan } = build([['Dự án viện trợ', projects]], '2024');

  it('gives the cumulative figure from "Giải ngân lũy kế" and the period\'s as not known (null, not 0)', () => {
    const a = summary.aid;
    expect(a.disbursed).toBeNull();
    expect(a.rate).toBeNull();
    expect(a.cumulative).toEqual({ committed: 1_500_000, disbursed: 900_000, rate: 0.6, source: 'disbursedToDate' });
    expect(a.undisbursed).toBe(600_000); // VT01: 1 000 000 − 400 000
    expect(a.bySector.every((g) => g.disbursed === null && g.rate === null)).toBe(true);
    expect(summaryJson(summary).aid).toMatchObject({ hasRegister: true, disbursed: null });
  });

  it('says "not known" in the text and on the sheet, and no paragraph states a disbursement it cannot give', () => {
    expect(printSummary(summary, 'vi')).toContain('Giải ngân trong kỳ: không xác định (không có bảng giải ngân)');
    expect(printSummary(summary, 'en')).toContain('Disbursed in period: not known (no disbursement register)');
    expect(texts(plan)).toContain('không xác định (không có bảng giải ngân)');
    const p = summaryParagraph(summary, 'vi');
    expect(p).not.toContain('giải ngân đạt 0');
    expect(p).toContain('giải ngân lũy kế theo sổ dự án đạt 900 nghìn USD, bằng 60% tổng cam kết');
  });
});

describe('the period\'s disbursement rate', () => {
  // KOICA's 2024 project is small; most of 2024's money went to its 2022 project: ÷ the period's new
  // commitments gave 1075%, ÷ the projects paid gives what was paid against what they were given.
  const projects: Rows = [
    PROJECT_HEAD,
    ['VT01', 'Trạm y tế', 'KOICA', 'Y tế', s('2024-05-01'), 'USD', 40_000],
    ['VT02', 'Trường học', 'KOICA', 'Y tế', s('2022-05-01'), 'USD', 1_000_000],
    ['VT03', 'Cầu dân sinh', 'JICA', 'Y tế', s('2024-01-10'), 'USD', 100_000],
  ];
  const paid: Rows = [
    ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'],
    ['VT02', s('2024-03-01'), 420_000, 'USD'],
    ['VT01', s('2024-06-01'), 10_000, 'USD'],
    ['VT03', s('2024-02-01'), 80_000, 'USD'],
    ['VT03', s('2024-09-01'), 50_000, 'USD'], // JICA's project receives 130 000 of its 100 000
  ];
  const { summary, plan } = build([['Dự án viện trợ', projects], ['Giải ngân', paid]], '2024');
  const koica = summary.aid.byDonor.find((g) => g.key === 'KOICA')!;
  const jica = summary.aid.byDonor.find((g) => g.key === 'JICA')!;

  it('divides the period\'s disbursements by the committed value of the projects they went to', () => {
    expect(koica.disbursed).toBe(430_000);
    expect(koica.committed).toBe(40_000); // the old rate: 430 000 / 40 000 = 1075%
    expect(koica.rate).toBeCloseTo(430_000 / 1_040_000, 6);
    expect(koica.overDisbursed).toBeUndefined();
    expect(summary.aid.committedOfPaid).toBe(1_140_000);
    expect(summary.aid.rate).toBeCloseTo(560_000 / 1_140_000, 6);
  });

  it('shows a rate above 100% only where the projects are over-disbursed, flagged with a note on the sheet', () => {
    expect(jica.rate).toBeCloseTo(1.3, 6);
    expect(jica.overDisbursed).toBe(true);
    const t = texts(plan);
    expect(t).toContain('JICA (!)');
    expect(t.some((x) => x.startsWith('(!) Giải ngân trong kỳ vượt giá trị cam kết'))).toBe(true);
  });
});

describe('approximate FDI figures', () => {
  const fdi: Rows = [
    ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Vốn đăng ký (USD)'],
    ['FDI01', 'Điện khí LNG', 'Công ty A', 'Nhật Bản', s('2024-03-01'), 'D', 'khoảng 4 tỷ USD'],
    ['FDI02', 'Nhà máy may', 'Công ty B', 'Hàn Quốc', s('2024-04-01'), 'C', 15_000_000],
  ];
  const { summary, plan } = build([['Dự án FDI', fdi]], '2024');

  it('are counted and called "khoảng" in JSON, text, the sheet (a mark and a note) and the paragraph', () => {
    expect(summary.fdi.newProjects.capital).toBe(4_015_000_000);
    expect(summary.fdi.approximate).toBe(1);
    expect(summary.fdi.qualifiers.newProjects).toBe('about');
    expect(summaryJson(summary).fdi).toMatchObject({ hasRegister: true, approximate: 1 });
    expect(printSummary(summary, 'vi')).toContain('Số liệu ước tính (khoảng, trên…): 1');
    const t = texts(plan);
    expect(t).toContain('    Vốn đăng ký cấp mới (≈)');
    expect(t.some((x) => x.startsWith('(≈) Số liệu gồm giá trị ghi ước tính'))).toBe(true);
    // The mark is on the label, never inside the number format.
    expect(plan.cells.some((c) => typeof c.numFmt === 'string' && c.numFmt.includes('≈'))).toBe(false);
    expect(summaryParagraph(summary, 'vi')).toContain('tổng vốn đăng ký khoảng 4,01 tỷ USD');
  });
});

describe('a summary in a currency some amounts cannot be converted to', () => {
  const projects: Rows = [
    PROJECT_HEAD,
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', s('2024-02-10'), 'USD', 100_000],
    ['VT02', 'Học bổng', 'Caritas Đức', 'Y tế', s('2024-03-05'), 'EUR', 50_000],
    ['VT03', 'Trạm y tế', 'Caritas Đức', 'Y tế', s('2024-04-05'), 'EUR', 20_000],
  ];
  const { summary, plan } = build([['Dự án viện trợ', projects]], '2024', 'USD', 'en');

  it('says so first: JSON warnings, text, the sheet\'s top lines and the paragraph', () => {
    expect(summary.warnings).toEqual([{ code: 'no-rate', part: 'aid', currency: 'EUR', to: 'USD', count: 2 }]);
    expect(summaryJson(summary).warnings[0].message).toBe('2 amounts in EUR have no rate to USD: not counted');
    const lines = printSummary(summary, 'en').split('\n');
    expect(lines[1]).toBe('! 2 amounts in EUR have no rate to USD: not counted');
    // Above the first table: after the appendix's heading block, before any figure.
    const firstTable = Math.min(...plan.cells.filter((c) => c.style === 'header').map((c) => c.row));
    const top = plan.cells.filter((c) => c.row < firstTable && typeof c.value === 'string').map((c) => c.value);
    expect(top).toContain('! 2 amounts in EUR have no rate to USD: not counted');
    expect(summaryParagraph(summary, 'en')).toMatch(/^Note: 2 amounts in EUR have no rate to USD: not counted\. /);
  });
});

describe('approximate figures carried to the cumulative lines and the text output', () => {
  const fdi: Rows = [
    ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Vốn đăng ký (USD)'],
    ['FDI01', 'Điện khí LNG', 'Công ty A', 'Nhật Bản', s('2023-03-01'), 'D', 'khoảng 4 tỷ USD'],
    ['FDI02', 'Nhà máy may', 'Công ty B', 'Hàn Quốc', s('2024-04-01'), 'C', 15_000_000],
  ];
  const projects: Rows = [
    PROJECT_HEAD,
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', s('2023-02-10'), 'USD', 'trên 2 triệu USD'],
    ['VT02', 'Học bổng', 'ChildFund', 'Y tế', s('2024-03-05'), 'USD', 500_000],
  ];
  const { summary, plan } = build([['Dự án viện trợ', projects], ['Dự án FDI', fdi]], '2024');

  it('a figure of an earlier period stays approximate in the cumulative figures (item 6, cumulative committed)', () => {
    expect(summary.fdi.qualifiers.newProjects).toBeNull();
    expect(summary.fdi.qualifiers.cumulative).toBe('about');
    expect(summary.aid.qualifiers.committed).toBeNull();
    expect(summary.aid.qualifiers.cumulativeCommitted).toBe('over');
    expect(summaryJson(summary).fdi).toMatchObject({ qualifiers: { cumulative: 'about' } });
    const t = texts(plan);
    expect(t).toContain('    Vốn đăng ký lũy kế (≈)');
    expect(t.some((x) => /^Lũy kế cam kết.* \(≈\)$/.test(x))).toBe(true);
    expect(t.some((x) => x.startsWith('(≈) Số liệu gồm giá trị ghi ước tính'))).toBe(true);
    expect(summaryParagraph(summary, 'vi')).toMatch(/dự án FDI còn hiệu lực với tổng vốn đăng ký khoảng 4,01 tỷ USD\./);
  });

  it('a breakdown group holding an approximate figure is marked too: JSON, text and sheet', () => {
    expect(summary.fdi.byCountry.find((g) => g.key === 'JP')).toBeUndefined(); // certified in 2023: not in 2024's groups
    const { summary: s2023, plan: p2023 } = build([['Dự án viện trợ', [
      PROJECT_HEAD,
      ['VT01', 'Nước sạch', 'World Vision', 'Y tế', s('2024-02-10'), 'USD', 'khoảng 2 triệu USD'],
      ['VT02', 'Học bổng', 'ChildFund', 'Giáo dục - Đào tạo', s('2024-03-05'), 'USD', 500_000],
    ]], ['Dự án FDI', fdi]], '2023');
    expect(s2023.aid.projects).toBe(0);
    const { summary: a, plan } = build([['Dự án viện trợ', projects.concat([['VT03', 'Trạm', 'KOICA', 'Giáo dục - Đào tạo', s('2024-05-05'), 'USD', 'khoảng 1 triệu USD']])]], '2024');
    const health = a.aid.bySector.find((g) => g.committed === 500_000)!;
    const edu = a.aid.bySector.find((g) => g.committed === 1_000_000)!;
    expect(health.qualifiers).toBeUndefined();
    expect(edu.qualifiers).toEqual({ committed: 'about', disbursed: null });
    expect(summaryJson(a).aid).toMatchObject({ bySector: expect.arrayContaining([expect.objectContaining({ committed: 1_000_000, qualifiers: { committed: 'about', disbursed: null } })]) });
    expect(printSummary(a, 'vi')).toContain('Giáo dục - Đào tạo: 1, khoảng 1.000.000,00 USD');
    expect(texts(plan)).toContain('Giáo dục - Đào tạo (≈)');
    expect(texts(plan)).toContain('Y tế');
    const fdiGroups = summary.fdi.byCountry;
    expect(fdiGroups.every((g) => g.qualifiers === undefined)).toBe(true);
    expect(texts(p2023).filter((x) => x.endsWith('(≈)'))).toContain('Nhật Bản (≈)');
  });

  it('the text output says "khoảng"/"trên" with the figure itself, in both languages', () => {
    const vi = printSummary(summary, 'vi');
    expect(vi).toContain('6. Lũy kế dự án còn hiệu lực: 2, khoảng 4.015.000.000,00 USD');
    expect(vi).toContain('Lũy kế cam kết / giải ngân: trên 2.500.000,00 USD');
    expect(vi).toContain('Giá trị cam kết: 500.000,00 USD');
    expect(printSummary(summary, 'en')).toContain('6. Cumulative valid projects: 2, about 4,015,000,000.00 USD');
  });
});

describe('a summary section for a kind the workbook holds no register of', () => {
  const projects: Rows = [
    PROJECT_HEAD,
    ['VT01', 'Nước sạch', 'World Vision', 'Y tế', s('2024-02-10'), 'USD', 100_000],
  ];
  const aidOnly = build([['Dự án viện trợ', projects]], '2024');
  const fdiOnly = build([['Dự án FDI', [
    ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Vốn đăng ký (USD)'],
    ['FDI01', 'Nhà máy may', 'Công ty B', 'Hàn Quốc', s('2024-04-01'), 'C', 15_000_000],
  ]]], '2024', 'USD', 'en');

  it('says there is no such register instead of zeros: text, JSON, sheet, paragraph and the pane\'s notes', () => {
    expect(aidOnly.summary.aid.hasRegister).toBe(true);
    expect(aidOnly.summary.fdi.hasRegister).toBe(false);
    const text = printSummary(aidOnly.summary, 'vi');
    expect(text).toContain('FDI\n  Tệp không có sổ FDI nào (dự án, điều chỉnh vốn hay vốn thực hiện): không có số liệu FDI.');
    expect(text).not.toContain('1. Cấp mới: 0');
    expect(summaryJson(aidOnly.summary).fdi).toEqual({ hasRegister: false, message: 'The workbook holds no FDI register (projects, capital changes or implemented capital): no FDI figures.' });
    const t = texts(aidOnly.plan);
    expect(t).toContain('II. ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI)');
    expect(t).toContain('Tệp không có sổ FDI nào (dự án, điều chỉnh vốn hay vốn thực hiện): không có số liệu FDI.');
    expect(t.some((x) => x.startsWith('1. Dự án cấp mới'))).toBe(false);
    expect(aidOnly.plan.charts?.length ?? 0).toBe(1);
    expect(summaryParagraph(aidOnly.summary, 'vi')).not.toMatch(/FDI/);
    expect(summaryNotes(aidOnly.summary, 'vi')).toContain('Tệp không có sổ FDI nào (dự án, điều chỉnh vốn hay vốn thực hiện): không có số liệu FDI.');

    expect(fdiOnly.summary.aid.hasRegister).toBe(false);
    expect(printSummary(fdiOnly.summary, 'en')).toContain('Aid\n  The workbook holds no aid register (projects or disbursements): no aid figures.');
    expect(summaryJson(fdiOnly.summary).aid).toMatchObject({ hasRegister: false });
    expect(texts(fdiOnly.plan)).toContain('The workbook holds no aid register (projects or disbursements): no aid figures.');
    expect(summaryParagraph(fdiOnly.summary, 'en')).toMatch(/^In 2024, FDI: 1 new project was licensed/);
  });

  it('with no register of either kind, the paragraph states no figure', () => {
    const none = build([['Ghi chú', [['Một ghi chú'], ['Không có số liệu']]]], '2024');
    expect(summaryParagraph(none.summary, 'vi')).toBe(
      'Tệp không có sổ viện trợ nào (danh mục khoản viện trợ hay bảng giải ngân): không có số liệu viện trợ. Tệp không có sổ FDI nào (dự án, điều chỉnh vốn hay vốn thực hiện): không có số liệu FDI.');
  });
});

describe('period rates over generated registers', () => {
  // Every breakdown, every seed: a group's rate is above 100% exactly when its paid projects received
  // more in the period than was committed to them, and then it is flagged.
  it.each([1, 2, 3, 4, 5])('seed %i, disbursements tripled: a rate above 100%% is always an over-disbursement, flagged', (seed) => {
    const book = generateSample({ aidProjects: 40, fdiProjects: 5, today: SAMPLE_TODAY, plant: false, seed });
    const plain = toInput(book);
    const first = validateWorkbook(plain, { today: SAMPLE_TODAY, lang: 'vi', locale: 'vi' });
    // Every disbursement tripled: many projects are then over-disbursed, and only their groups may pass 100%.
    const paid = first.tables.find((t) => t.info.kind === 'aid-disbursements')!;
    const amountCol = paid.colOf.amount;
    const input = {
      ...plain,
      sheets: plain.sheets.map((sh) => (sh.name !== paid.info.sheet ? sh : {
        ...sh, rows: sh.rows.map((r, i) => (paid.rows.some((x) => x.r === i) && typeof r[amountCol] === 'number' ? Object.assign([...r], { [amountCol]: (r[amountCol] as number) * 3 }) : r)),
      })),
    };
    const result = validateWorkbook(input, { today: SAMPLE_TODAY, lang: 'vi', locale: 'vi' });
    let withRate = 0;
    let over = 0;
    for (const period of [parsePeriod({ year: 2024 }), parsePeriod({ period: '2025-H1' })]) {
      const a = summarise(result.tables, { period, currency: 'USD' }).exact.aid;
      const groups = [a.bySector, a.byDonor, a.byDonorCountry, a.byProvince, a.bySource].flat();
      for (const g of [...groups, { ...a, key: 'total', overDisbursed: a.rate !== null && a.rate > 1 + 1e-9 ? true : undefined }]) {
        if (g.rate === null) { expect(g.overDisbursed).toBeUndefined(); continue; }
        expect(g.rate).toBeCloseTo(g.disbursed! / g.committedOfPaid!, 9);
        expect(g.rate > 1 + 1e-9).toBe(g.overDisbursed === true);
        withRate++;
        if (g.overDisbursed) over++;
        // The old rate (÷ the period's new commitments) is what gave 1075%: never used.
        if (g.committed > 0 && g.committedOfPaid !== g.committed) expect(g.rate).not.toBeCloseTo(g.disbursed! / g.committed, 9);
      }
    }
    expect(withRate).toBeGreaterThan(10);
    expect(over).toBeGreaterThan(0);
    expect(over).toBeLessThan(withRate);
  });
});
