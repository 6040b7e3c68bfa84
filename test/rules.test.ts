// One block per rule id: a case that must raise the rule, at the right cell, and a near miss that must not.
import type { RawValue, SheetInput } from '../src/core/model';
import { dayToExcelSerial, ymdToDay } from '../src/core/parse/date';
import { RULE_IDS } from '../src/core/rules/catalog';
import { validateWorkbook } from '../src/core/validate';

const TODAY = ymdToDay(2026, 11, 23);
const d = (y: number, m: number, day: number) => dayToExcelSerial(ymdToDay(y, m, day));

const AID_HEADER = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Quốc gia tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Ngày bắt đầu', 'Ngày kết thúc', 'Loại tiền', 'Giá trị cam kết', 'Tình trạng'];
type AidRow = Partial<Record<'id' | 'title' | 'donor' | 'country' | 'sector' | 'approval' | 'start' | 'end' | 'currency' | 'committed' | 'status', RawValue>>;
function aidRow(i: number, o: AidRow = {}): RawValue[] {
  const base: Required<AidRow> = {
    id: `VT-${i}`, title: `Dự án ${i}`, donor: 'World Vision', country: 'Hoa Kỳ', sector: 'Y tế',
    approval: d(2024, 3, 1), start: d(2024, 4, 1), end: d(2026, 4, 1), currency: 'USD', committed: 100_000, status: 'Đang thực hiện',
  };
  const v = { ...base, ...o };
  return [v.id, v.title, v.donor, v.country, v.sector, v.approval, v.start, v.end, v.currency, v.committed, v.status];
}
const sheet = (name: string, rows: RawValue[][], font?: SheetInput['font']): SheetInput => ({ name, rows, font });
const aidSheet = (...rows: RawValue[][]) => sheet('Aid', [AID_HEADER, ...rows]);
const disbSheet = (...rows: RawValue[][]) => sheet('Disb', [['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'], ...rows]);
const FDI_HEADER = ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Ngành (VSIC)', 'Vốn đăng ký (USD)', 'Lao động', 'Tình trạng', 'Ngày chấm dứt'];
const fdiRow = (code: string, o: Partial<Record<'employees' | 'status' | 'term' | 'registered', RawValue>> = {}): RawValue[] =>
  [code, `Dự án ${code}`, 'LG', 'Hàn Quốc', d(2020, 1, 1), 'C', o.registered ?? 1_000_000, o.employees ?? 100, o.status ?? 'Đang hoạt động', o.term ?? null];

function run(...sheets: SheetInput[]) {
  return validateWorkbook({ sheets }, { today: TODAY, lang: 'en' });
}
function hits(ruleId: string, ...sheets: SheetInput[]): string[] {
  return run(...sheets).issues.filter((i) => i.rule === ruleId).map((i) => `${i.sheet}!${i.cell ?? '-'}`);
}
function fixOf(ruleId: string, ...sheets: SheetInput[]) {
  return run(...sheets).issues.find((i) => i.rule === ruleId)?.fix?.value;
}

const tested = new Set<string>();
function rule(id: string, body: () => void) {
  tested.add(id);
  describe(id, body);
}

rule('AID-T001', () => {
  it('reports a missing required column for the whole table', () => {
    const rows = [AID_HEADER.filter((h) => h !== 'Lĩnh vực'), aidRow(1).filter((_, i) => i !== 4)];
    expect(hits('AID-T001', sheet('Aid', rows))).toEqual(['Aid!-']);
  });
  it('accepts a currency named in the amount header instead of a currency column', () => {
    const header = AID_HEADER.map((h) => (h === 'Giá trị cam kết' ? 'Giá trị cam kết (USD)' : h)).filter((h) => h !== 'Loại tiền');
    const row = aidRow(1).filter((_, i) => i !== 8);
    expect(hits('AID-T001', sheet('Aid', [header, row]))).toEqual([]);
  });
});
rule('AID-T002', () => {
  it('reports the second of two columns naming the same field', () => {
    expect(hits('AID-T002', sheet('Aid', [[...AID_HEADER, 'Donor'], [...aidRow(1), 'X']]))).toEqual(['Aid!L1']);
  });
});
rule('AID-T003', () => {
  it('reports data under a blank header, at the header cell', () => {
    expect(hits('AID-T003', sheet('Aid', [[...AID_HEADER, null], [...aidRow(1), 'kiểm tra']]))).toEqual(['Aid!L1']);
  });
  it('ignores notes typed far to the right', () => {
    expect(hits('AID-T003', sheet('Aid', [AID_HEADER, [...aidRow(1), null, null, null, 'ghi chú']]))).toEqual([]);
  });
});
rule('AID-T004', () => {
  it('reports a blank row between data rows but not trailing blank rows', () => {
    expect(hits('AID-T004', aidSheet(aidRow(1), [], aidRow(2), [], []))).toEqual(['Aid!A3']);
  });
});
rule('AID-T005', () => {
  it('reports a totals row followed by more data, and leaves it out', () => {
    const r = run(aidSheet(aidRow(1), ['Cộng'], aidRow(2)));
    expect(r.issues.filter((i) => i.rule === 'AID-T005').map((i) => i.cell)).toEqual(['A3']);
    expect(r.tables[0].rows).toHaveLength(2);
  });
  it('does not mistake a company name starting with "Công ty" for a totals row', () => {
    expect(hits('AID-T005', aidSheet(aidRow(1, { donor: 'Công ty ABC' }), aidRow(2)))).toEqual([]);
  });
  it('does not mistake a state corporation ("Tổng công ty …") for a totals row', () => {
    const r = run(aidSheet(aidRow(1), aidRow(2, { donor: 'Tổng công ty Viglacera' }), aidRow(3)));
    expect(r.issues.filter((i) => i.rule === 'AID-T005' || i.rule === 'AID-T006')).toEqual([]);
    expect(r.tables[0].rows).toHaveLength(3);
  });
});
rule('AID-T006', () => {
  const total = (n: number): RawValue[] => ['Tổng cộng', null, null, null, null, null, null, null, null, n];
  it('reports a totals row that disagrees with the rows above, with both figures and the certain fix', () => {
    const s = aidSheet(aidRow(1, { committed: 100 }), aidRow(2, { committed: 250 }), total(400));
    const i = run(s).issues.find((x) => x.rule === 'AID-T006')!;
    expect(i.cell).toBe('J4');
    expect(i.message).toContain('400');
    expect(i.message).toContain('350');
    expect(i.fix).toEqual({ value: 350 });
  });
  it('accepts a totals row that matches, and recognises it', () => {
    const r = run(aidSheet(aidRow(1, { committed: 100 }), aidRow(2, { committed: 250 }), total(350)));
    expect(r.issues).toEqual([]);
    expect(r.tables[0].info.totalsRow).toBe(4);
  });
});
rule('AID-C101', () => {
  it('reports a missing required value', () => {
    expect(hits('AID-C101', aidSheet(aidRow(1, { donor: null })))).toEqual(['Aid!C2']);
  });
  it('does not report a missing optional value', () => {
    expect(hits('AID-C101', aidSheet(aidRow(1, { status: null })))).toEqual([]);
  });
});
rule('AID-C102', () => {
  it('reports text where an amount is expected', () => {
    expect(hits('AID-C102', aidSheet(aidRow(1, { committed: 'chưa rõ' })))).toEqual(['Aid!J2']);
  });
});
rule('AID-C103', () => {
  it.each(['31/02/2023', 'không rõ', '4/2023'])('reports %s as not a valid day', (v) => {
    expect(hits('AID-C103', aidSheet(aidRow(1, { approval: v })))).toEqual(['Aid!F2']);
  });
});
rule('AID-C104', () => {
  it('reports a number stored as text with the number as fix', () => {
    const s = aidSheet(aidRow(1, { currency: 'VND', committed: '2.345.678.000' }));
    expect(hits('AID-C104', s)).toEqual(['Aid!J2']);
    expect(fixOf('AID-C104', s)).toBe(2_345_678_000);
  });
  it('reads "1,5 tỷ" as one and a half billion, not 15', () => {
    const r = run(aidSheet(aidRow(1, { currency: 'VND', committed: '1,5 tỷ' })));
    expect(r.tables[0].rows[0].v.committed).toBe(1_500_000_000);
  });
});
rule('AID-C105', () => {
  it('reports "1,250" in a USD row as ambiguous and leaves the row out', () => {
    const r = run(aidSheet(aidRow(1, { committed: '1,250' })));
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([['AID-C105', 'J2']]);
    expect(r.tables[0].rows[0].hasError).toBe(true);
  });
  it('reads "1.250" in a VND row as 1250 without doubt', () => {
    expect(hits('AID-C105', aidSheet(aidRow(1, { currency: 'VND', committed: '1.250' })))).toEqual([]);
  });
});
rule('AID-C106', () => {
  it.each([
    ['sector', 'giao duc - dao tao', 'Giáo dục - Đào tạo', 'E2'],
    ['country', 'Mỹ', 'Hoa Kỳ', 'D2'],
    ['currency', 'đô la Mỹ', 'USD', 'I2'],
  ])('proposes the canonical %s for %s', (key, typed, canonical, cell) => {
    const s = aidSheet(aidRow(1, { [key]: typed }));
    expect(hits('AID-C106', s)).toEqual([`Aid!${cell}`]);
    expect(fixOf('AID-C106', s)).toBe(canonical);
  });
  it('proposes canonical values in the language of an English register', () => {
    const header = ['Aid ID', 'Title', 'Donor', 'Donor country', 'Sector', 'Approval date', 'Start date', 'End date', 'Currency', 'Committed amount', 'Status'];
    const s = sheet('Aid', [header, aidRow(1, { sector: 'healthcare', status: 'In progress' })]);
    expect(fixOf('AID-C106', s)).toBe('Health');
  });
  it('keeps an old province name spelled canonically without complaint', () => {
    const s = sheet('Aid', [[...AID_HEADER, 'Tỉnh, thành phố'], [...aidRow(1), 'Quảng Nam']]);
    const r = run(s);
    expect(r.issues).toEqual([]);
    expect(r.tables[0].rows[0].meta?.provinceText).toBe('Quảng Nam');
  });
});
rule('AID-C107', () => {
  it('reports a value outside its code list', () => {
    expect(hits('AID-C107', aidSheet(aidRow(1, { sector: 'Văn hóa - Thể thao' })))).toEqual(['Aid!E2']);
  });
});
rule('AID-C108', () => {
  it('reports a negative amount', () => {
    expect(hits('AID-C108', aidSheet(aidRow(1, { committed: -5 })))).toEqual(['Aid!J2']);
  });
});
rule('AID-C109', () => {
  it('reports an approval date in the future', () => {
    expect(hits('AID-C109', aidSheet(aidRow(1, { approval: d(2027, 1, 1), start: d(2027, 2, 1), end: d(2028, 1, 1) })))).toEqual(['Aid!F2']);
  });
  it('allows an end date in the future', () => {
    expect(hits('AID-C109', aidSheet(aidRow(1, { end: d(2030, 1, 1) })))).toEqual([]);
  });
});
rule('AID-C110', () => {
  it('keeps the approximate flag of "khoảng 4 tỷ đồng" and offers no fix', () => {
    const r = run(aidSheet(aidRow(1, { currency: 'VND', committed: 'khoảng 4 tỷ đồng' })));
    const i = r.issues.find((x) => x.rule === 'AID-C110')!;
    expect(i.cell).toBe('J2');
    expect(i.fix).toBeNull();
    expect(r.tables[0].rows[0].v.committed).toBe(4e9);
    expect(r.tables[0].rows[0].meta?.approx).toBe('about');
  });
});
rule('AID-C111', () => {
  it('repairs TCVN3 text in a .VnTime cell', () => {
    const s = sheet('Aid', [AID_HEADER, aidRow(1, { title: 'Gi¸o dôc' })], (r, c) => (r === 1 && c === 1 ? '.VnTime' : undefined));
    expect(hits('AID-C111', s)).toEqual(['Aid!B2']);
    expect(fixOf('AID-C111', s)).toBe('Giáo dục');
  });
  it('reads a TCVN3 sector after repair, without a second complaint', () => {
    const s = sheet('Aid', [AID_HEADER, aidRow(1, { sector: 'Gi¸o dôc - §µo t¹o' })], () => '.VnTime');
    expect(run(s).issues.map((i) => i.rule)).toEqual(['AID-C111']);
  });
});
rule('AID-C112', () => {
  it('proposes the text without stray spaces', () => {
    const s = aidSheet(aidRow(1, { donor: '  World  Vision ' }));
    expect(hits('AID-C112', s)).toEqual(['Aid!C2']);
    expect(fixOf('AID-C112', s)).toBe('World Vision');
  });
});
rule('AID-C113', () => {
  it('reports a formula error value', () => {
    expect(hits('AID-C113', aidSheet(aidRow(1, { committed: { error: '#REF!' } })))).toEqual(['Aid!J2']);
  });
});
rule('AID-C114', () => {
  it('reports a date stored as text, with the date serial as fix', () => {
    const s = aidSheet(aidRow(1, { approval: '01/03/2024' }));
    expect(hits('AID-C114', s)).toEqual(['Aid!F2']);
    expect(fixOf('AID-C114', s)).toBe(d(2024, 3, 1));
  });
});
rule('AID-C115', () => {
  it('reports a fractional employee count', () => {
    expect(hits('AID-C115', sheet('FDI', [FDI_HEADER, fdiRow('P1', { employees: 12.5 })]))).toEqual(['FDI!H2']);
  });
});
rule('AID-C116', () => {
  it('reports a zero exchange rate', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['EUR', d(2024, 1, 1), 0, null]]);
    expect(hits('AID-C116', rates)).toEqual(['Rates!C2']);
  });
});
rule('AID-R201', () => {
  it('reports an end date before the start date', () => {
    expect(hits('AID-R201', aidSheet(aidRow(1, { end: d(2024, 1, 1) })))).toEqual(['Aid!H2']);
  });
});
rule('AID-R202', () => {
  it('warns when approval comes after the start', () => {
    expect(hits('AID-R202', aidSheet(aidRow(1, { start: d(2024, 2, 1) })))).toEqual(['Aid!F2']);
  });
});
rule('AID-R203', () => {
  it('warns when disbursements exceed the commitment', () => {
    const disb = disbSheet(['VT-1', d(2024, 5, 1), 70_000, 'USD'], ['VT-1', d(2024, 6, 1), 50_000, null]);
    expect(hits('AID-R203', aidSheet(aidRow(1)), disb)).toEqual(['Aid!J2']);
  });
  it('stays quiet at exactly the commitment', () => {
    const disb = disbSheet(['VT-1', d(2024, 5, 1), 100_000, 'USD']);
    expect(hits('AID-R203', aidSheet(aidRow(1)), disb)).toEqual([]);
  });
});
rule('AID-R204', () => {
  it('warns about a completed project with no disbursement', () => {
    expect(hits('AID-R204', aidSheet(aidRow(1, { status: 'Đã hoàn thành' })), disbSheet())).toEqual(['Aid!K2']);
  });
});
rule('AID-R205', () => {
  it('reports a capital change dated after the termination', () => {
    const fdi = sheet('FDI', [FDI_HEADER, fdiRow('P1', { status: 'Chấm dứt hoạt động', term: d(2024, 6, 30) })]);
    const chg = sheet('Chg', [['Mã số dự án', 'Ngày điều chỉnh', 'Loại điều chỉnh', 'Số vốn (USD)'], ['P1', d(2024, 8, 1), 'Tăng vốn', 5000]]);
    expect(hits('AID-R205', fdi, chg)).toEqual(['Chg!B2']);
  });
});
rule('AID-R206', () => {
  it('warns when a project past its termination date is still active', () => {
    expect(hits('AID-R206', sheet('FDI', [FDI_HEADER, fdiRow('P1', { term: d(2025, 1, 1) })]))).toEqual(['FDI!I2']);
  });
});
rule('AID-R207', () => {
  it('reports a rate row with neither rate', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['JPY', d(2024, 1, 1), null, null]]);
    expect(hits('AID-R207', rates)).toEqual(['Rates!D2']);
  });
});
rule('AID-X301', () => {
  it('reports the second use of an id, naming the first row', () => {
    const r = run(aidSheet(aidRow(1), aidRow(2, { id: 'vt-1 ' })));
    const i = r.issues.find((x) => x.rule === 'AID-X301')!;
    expect(i.cell).toBe('A3');
    expect(i.message).toContain('row 2');
  });
});
rule('AID-X302', () => {
  it('reports an identical row once, as a duplicate row', () => {
    const r = run(aidSheet(aidRow(1)), disbSheet(['VT-1', d(2024, 5, 1), 500, 'USD'], ['VT-1', d(2024, 5, 1), 500, 'USD']));
    expect(r.issues.map((i) => [i.rule, i.cell])).toEqual([['AID-X302', 'A3']]);
  });
});
rule('AID-X303', () => {
  it('reports a disbursement for an unknown project', () => {
    expect(hits('AID-X303', aidSheet(aidRow(1)), disbSheet(['VT-9', d(2024, 5, 1), 500, 'USD']))).toEqual(['Disb!A2']);
  });
  it('finds the project whatever the case of the id, with the hash taken while reading or worked out later', () => {
    expect(hits('AID-X303', aidSheet(aidRow(1)), disbSheet(['vt-1', d(2024, 5, 1), 500, 'USD'], ['Vt-1 ', d(2024, 5, 2), 500, 'USD']))).toEqual([]);
    expect(hits('AID-X301', aidSheet(aidRow(1), aidRow(2, { id: 'vT-1' })))).toEqual(['Aid!A3']);
  });
  it('names the register the id was looked up in', () => {
    const i = run(aidSheet(aidRow(1)), disbSheet(['VT-9', d(2024, 5, 1), 500, 'USD'])).issues[0];
    expect(i.message).toContain('"Aid projects" register');
  });
});
rule('AID-X304', () => {
  it('warns about a disbursement dated before approval', () => {
    expect(hits('AID-X304', aidSheet(aidRow(1)), disbSheet(['VT-1', d(2024, 2, 1), 500, 'USD']))).toEqual(['Disb!B2']);
  });
});
rule('AID-X305', () => {
  const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['USD', d(2024, 1, 1), null, 24_000]]);
  it('reports an amount in a currency with no rate valid on its date', () => {
    expect(hits('AID-X305', aidSheet(aidRow(1), aidRow(2, { currency: 'EUR' })), rates)).toEqual(['Aid!I3']);
  });
  it('accepts VND amounts when the USD rate in VND is known', () => {
    expect(hits('AID-X305', aidSheet(aidRow(1), aidRow(2, { currency: 'VND', committed: 5e9 })), rates)).toEqual([]);
  });
  it('answers each day alike however many days a register names (typed-array cache past a few days)', () => {
    // Disbursements over 300 days around the day a EUR rate takes effect: only the days before it lack a rate.
    const eurFrom = d(2024, 6, 1);
    const euroRates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['EUR', eurFrom, 1.1, null]]);
    const days = Array.from({ length: 300 }, (_, k) => eurFrom - 150 + ((k * 7) % 300));
    const disb = disbSheet(...days.map((day) => ['VT-1', day, 10, 'EUR']), ['VT-1', eurFrom - 0.5, 10, 'EUR']);
    const want = days.flatMap((day, k) => (day < eurFrom ? [`Disb!D${k + 2}`] : []));
    expect(hits('AID-X305', aidSheet(aidRow(1, { approval: d(2023, 1, 1) })), disb, euroRates)).toEqual([...want, `Disb!D${days.length + 2}`]);
  });
});

describe('rule catalogue', () => {
  it('has a test block for every rule id', () => {
    expect([...tested].sort()).toEqual([...RULE_IDS].sort());
  });
  it('renders every message in both languages naming the sheet and cell', () => {
    const r = run(aidSheet(aidRow(1, { donor: null })));
    const i = r.issues[0];
    expect(i.message).toMatch(/^Sheet "Aid", cell C2/);
    const vi = validateWorkbook({ sheets: [aidSheet(aidRow(1, { donor: null }))] }, { today: TODAY, lang: 'vi' }).issues[0];
    expect(vi.message).toMatch(/^Trang "Aid", ô C2/);
  });
});
