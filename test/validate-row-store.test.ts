// The engine keeps parsed rows column by column (rowStore.ts) and builds row objects only when a
// caller reads `rows`. These tests pin what that must not change: every value kept as parsed, errors
// flagged after parsing seen by the rows, and rows built lazily but identical to what rules saw.
import type { RawValue, SheetInput } from '../src/core/model';
import { dayToExcelSerial, ymdToDay } from '../src/core/parse/date';
import { REGISTERS } from '../src/core/schema/registers';
import { validateWorkbook } from '../src/core/validate';
import { Keep, RowStore, StoreColumn } from '../src/core/validate/engine/rowStore';
import { sampleBook, toInput } from './helpers/sample';

const TODAY = ymdToDay(2026, 11, 23);
const serial = (y: number, m: number, d: number): number => dayToExcelSerial(ymdToDay(y, m, d));
const def = (kind: string) => REGISTERS.find((r) => r.kind === kind)!;

describe('StoreColumn', () => {
  test('a numeric column keeps numbers and blanks, and keeps a text it is given', () => {
    const c = new StoreColumn(Keep.Numbers, 4);
    c.set(0, 1.5);
    c.set(1, null);
    c.set(2, -0);
    expect([c.at(0), c.at(1), Object.is(c.at(2), -0)]).toEqual([1.5, null, true]);
    expect(Number.isNaN(c.num(1))).toBe(true);
    c.set(3, 'odd'); // moves the column to a plain array, keeping what it held
    expect([c.at(0), c.at(1), c.at(3)]).toEqual([1.5, null, 'odd']);
    expect(c.str(3)).toBe('odd');
    expect(Number.isNaN(c.num(3))).toBe(true);
    expect(c.num(0)).toBe(1.5);
  });

  test('a text column answers str() only for texts', () => {
    const c = new StoreColumn(Keep.Values, 2);
    c.set(0, 'USD');
    c.set(1, 7);
    expect([c.str(0), c.str(1), c.at(1), c.num(1)]).toEqual(['USD', null, 7, 7]);
    c.set(0, 'EUR');
    expect(c.at(0)).toBe('EUR');
  });
});

describe('StoreColumn kept as small as its kind allows (page faults cost the engine more than its reading)', () => {
  test('a column of days keeps whole days in 32 bits, and moves to numbers or values, keeping what it held', () => {
    const c = new StoreColumn(Keep.Days, 5);
    c.set(0, 45000);
    c.set(1, null);
    c.set(2, 0);
    expect([c.at(0), c.at(1), c.at(2), c.isBlank(1), c.isBlank(0)]).toEqual([45000, null, 0, true, false]);
    expect(Number.isNaN(c.num(1))).toBe(true);
    c.set(3, 45000.5); // a fraction of a day: the column keeps numbers from now on
    c.set(4, -0);
    expect([c.at(0), c.at(1), c.at(3), Object.is(c.at(4), -0)]).toEqual([45000, null, 45000.5, true]);
    c.set(4, 'Q1/2024'); // a text: plain values
    expect([c.at(0), c.at(3), c.at(4), c.str(4)]).toEqual([45000, 45000.5, 'Q1/2024', 'Q1/2024']);
  });

  test('a block of numbers handed over at once (putNumbers) reads as set one by one', () => {
    const days = new StoreColumn(Keep.Days, 6);
    days.putNumbers(Float64Array.from([NaN, NaN, NaN]), 0, 3); // all blank: nothing is made
    expect(days.takesNumbers()).toBe(true);
    days.putNumbers(Float64Array.from([20000, NaN, 20001.25]), 3, 3);
    expect([0, 1, 2, 3, 4, 5].map((i) => days.at(i))).toEqual([null, null, null, 20000, null, 20001.25]);
    const amounts = new StoreColumn(Keep.Numbers, 3);
    amounts.putNumbers(Float64Array.from([1.5, NaN, 7, 99]), 0, 3);
    expect([amounts.at(0), amounts.at(1), amounts.at(2)]).toEqual([1.5, null, 7]);
  });

  test('a coded column names up to 255 texts in a byte each; one more, or a number, moves it to values', () => {
    const c = new StoreColumn(Keep.Codes, 300);
    for (let i = 0; i < 255; i++) c.set(i, `T${i % 255}`);
    c.set(255, null);
    expect([c.at(0), c.str(254), c.at(255), c.isBlank(255), Number.isNaN(c.num(3))]).toEqual(['T0', 'T254', null, true, true]);
    c.set(256, 'T-new'); // the 256th text
    expect([c.at(0), c.at(254), c.at(255), c.at(256)]).toEqual(['T0', 'T254', null, 'T-new']);
    const d = new StoreColumn(Keep.Codes, 2);
    d.set(0, 'USD');
    d.set(1, 7);
    expect([d.at(0), d.at(1), d.num(1)]).toEqual(['USD', 7, 7]);
  });

  test('a coded column gives its codes and a mask of them, for loops that skip rows by code', () => {
    const c = new StoreColumn(Keep.Codes, 5);
    ['USD', null, 'EUR', 'USD', 'VND'].forEach((v, i) => c.set(i, v));
    const codes = c.codes()!;
    const mask = c.codeMask((t) => t !== 'USD');
    const marked = [0, 1, 2, 3, 4].filter((i) => mask[codes[i]] === 1);
    expect(marked.map((i) => c.str(i))).toEqual(['EUR', 'VND']); // never a blank row
    c.set(1, 7); // a value a code cannot name: the column is no longer coded
    expect(c.codes()).toBeNull();
    expect(new StoreColumn(Keep.Values, 2).codes()).toBeNull();
  });

  test('a blank column makes nothing, and a column moved row to row keeps each kind', () => {
    for (const keep of [Keep.Numbers, Keep.Days, Keep.Codes, Keep.Values]) {
      const c = new StoreColumn(keep, 3);
      c.set(0, null);
      c.move(2, 1);
      expect([c.at(0), c.at(1), c.at(2)]).toEqual([null, null, null]);
      const v = keep === Keep.Codes || keep === Keep.Values ? 'x' : 5;
      c.set(2, v);
      c.move(2, 0);
      expect([c.at(0), c.at(1), c.at(2)]).toEqual([v, null, v]);
    }
  });

  test('an id column makes its key hashes with the first one, and a value set later drops its own', () => {
    const c = new StoreColumn(Keep.Values, 3, null, true);
    expect([c.keyHashes(false), c.keyHash(0)]).toEqual([null, -1]);
    c.set(0, 'VT-1');
    c.set(1, 'VT-2');
    const hashes = c.keyHashes(true)!;
    hashes[0] = 11; // as the scanner writes them, after the value
    hashes[1] = 12;
    c.set(1, 'VT-2b'); // a rule's value: its hash is no longer known
    expect([c.at(0), c.at(1), c.keyHash(0), c.keyHash(1), c.keyHash(2)]).toEqual(['VT-1', 'VT-2b', 11, -1, -1]);
    expect(new StoreColumn(Keep.Values, 3).keyHashes(true)).toBeNull(); // not an id column
  });
});

describe('RowStore sheet rows', () => {
  test('rows that follow each other need no array; a gap makes one, with every earlier row kept', () => {
    const s = new RowStore(def('exchange-rates'), 6);
    for (const r of [4, 5, 6]) s.commit(s.n, r, null);
    expect([0, 1, 2].map((i) => s.row(i))).toEqual([4, 5, 6]);
    s.commit(s.n, 9, null); // a blank row or a heading between
    s.commit(s.n, 10, null);
    expect([0, 1, 2, 3, 4].map((i) => s.row(i))).toEqual([4, 5, 6, 9, 10]);
  });
});

describe('StoreColumn read again from its sheet', () => {
  const rows: RawValue[][] = [['head'], ['  a  '], ['b'], [null], ['c']];
  const source = { rows, col: 0, read: (raw: RawValue) => (raw === null ? null : `read:${String(raw)}`) };

  test('answers the values it was given by sheet row, and reads every other cell again', () => {
    const sheetRows = Int32Array.from([1, 2, 3, 4]);
    const c = new StoreColumn(Keep.Values, 4, { row: (i) => sheetRows[i] });
    c.readFrom(source);
    expect(c.copied).toBe(false);
    c.setParsed(0, 1, 'a'); // what parseCell made of '  a  '
    c.setParsed(3, 4, null); // a given blank is kept, not read again
    expect([c.at(0), c.at(1), c.at(2), c.at(3)]).toEqual(['a', 'read:b', null, null]);
    c.set(1, 'set'); // a value set after parsing, by row index
    expect([c.str(1), Number.isNaN(c.num(1))]).toEqual(['set', true]);
  });

  test('a column the sheet lacks holds nothing until a value is set', () => {
    const c = new StoreColumn(Keep.Numbers, 3);
    expect([c.at(2), Number.isNaN(c.num(2)), c.str(2), c.copied]).toEqual([null, true, null, true]);
    c.set(1, 5);
    expect([c.at(0), c.at(1)]).toEqual([null, 5]);
  });
});

describe('RowStore', () => {
  const rates = def('exchange-rates');
  const values = (cur: string | null, from: number | null, usd: number | null, vnd: number | null) => [cur, from, usd, vnd];

  test('rows are built once, in register key order, with errors and meta', () => {
    const s = new RowStore(rates, 2);
    s.push(4, values('EUR', 20000, 1.1, null), null, undefined);
    s.push(5, values('JPY', 20001, null, 170), ['AID-C102'], { note: 'x' });
    const rows = s.rows();
    expect(rows).toBe(s.rows());
    expect(rows.map((r) => [r.r, r.v, r.hasError, r.errorRules, r.meta])).toEqual([
      [4, { currency: 'EUR', validFrom: 20000, rateUsd: 1.1, rateVnd: null }, false, [], undefined],
      [5, { currency: 'JPY', validFrom: 20001, rateUsd: null, rateVnd: 170 }, true, ['AID-C102'], { note: 'x' }],
    ]);
    expect(Object.keys(rows[0].v)).toEqual(rates.columns.map((c) => c.key));
  });

  test('a flag or a value set after the rows were built shows on them', () => {
    const s = new RowStore(rates, 1);
    s.push(2, values(null, 20000, 1, null), null, undefined);
    const [row] = s.rows();
    s.flag(0, 'AID-X305');
    s.flag(0, 'AID-X305');
    s.setValue(0, 'currency', 'EUR');
    expect([row.hasError, row.errorRules, row.v.currency, s.rulesOf(0)]).toEqual([true, ['AID-X305'], 'EUR', ['AID-X305']]);
  });
});

describe('validateWorkbook builds row objects only when read', () => {
  const projects: SheetInput = {
    name: 'Projects',
    rows: [
      ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Ngày bắt đầu', 'Ngày kết thúc', 'Loại tiền', 'Giá trị cam kết', 'Tình trạng'],
      ['VT-1', 'Nước sạch', 'JICA', 'Y tế', serial(2024, 1, 5), serial(2024, 2, 1), serial(2023, 1, 1), 'USD', 1000, 'Đang thực hiện'],
      ['VT-2', 'Trường học', 'KOICA', 'Y tế', serial(2024, 1, 5), serial(2024, 2, 1), serial(2025, 1, 1), 'USD', 2000, 'Đang thực hiện'],
    ] as RawValue[][],
  };
  const disbursements: SheetInput = {
    name: 'Disb',
    rows: [
      ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'],
      ['VT-2', serial(2024, 3, 1), 500, null],
      ['VT-9', serial(2024, 3, 1), 10, 'USD'],
    ] as RawValue[][],
  };

  test('AID-R201 and AID-X303 flag their rows; a disbursement takes its project currency', () => {
    const res = validateWorkbook({ sheets: [projects, disbursements] }, { today: TODAY, lang: 'en' });
    expect(res.issues.map((i) => `${i.rule} ${i.sheet}!${i.cell}`)).toEqual(['AID-R201 Projects!G2', 'AID-X303 Disb!A3']);
    const [p, d] = res.tables;
    expect(Object.getOwnPropertyDescriptor(p, 'rows')?.get).toBeDefined(); // not built yet
    expect(p.rows.map((r) => [r.v.aidId, r.hasError, r.errorRules])).toEqual([['VT-1', true, ['AID-R201']], ['VT-2', false, []]]);
    expect(Object.getOwnPropertyDescriptor(p, 'rows')?.value).toBe(p.rows); // kept once built
    expect(d.rows.map((r) => [r.v.currency, r.hasError])).toEqual([['USD', false], ['USD', true]]);
    expect(JSON.parse(JSON.stringify(res.tables[1])).rows).toHaveLength(2);
  });

  test('projects spread over two registers are each read from their own table (AID-X304, currency)', () => {
    const more: SheetInput = {
      name: 'More projects',
      rows: [
        projects.rows[0],
        ['VT-3', 'Cầu', 'GIZ', 'Y tế', serial(2024, 6, 1), serial(2024, 7, 1), serial(2025, 1, 1), 'EUR', 3000, 'Đang thực hiện'],
      ] as RawValue[][],
    };
    const disb: SheetInput = {
      name: 'Disb',
      rows: [disbursements.rows[0], ['VT-3', serial(2024, 3, 1), 5, null], ['VT-2', serial(2024, 3, 1), 5, null]] as RawValue[][],
    };
    const res = validateWorkbook({ sheets: [projects, more, disb] }, { today: TODAY, lang: 'en' });
    expect(res.issues.filter((i) => i.sheet === 'Disb').map((i) => `${i.rule} ${i.cell}`)).toEqual(['AID-X304 B2', 'AID-X305 D2']);
    expect(res.tables[2].rows.map((r) => r.v.currency)).toEqual(['EUR', 'USD']);
  });

  test('rows can be replaced, as a caller splitting a table does', () => {
    const res = validateWorkbook({ sheets: [projects] }, { today: TODAY });
    const t = res.tables[0];
    t.rows = t.rows.slice(1);
    expect(t.rows).toHaveLength(1);
    expect({ ...t }.rows).toHaveLength(1);
  });
});

describe('text and code columns read again when rows are built', () => {
  // The same engine with every column copied while scanning (readFrom disabled in its own module
  // registry): rows built from columns read again must not differ from it in any value or meta.
  let copyingEverything: typeof validateWorkbook = validateWorkbook;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const store = require('../src/core/validate/engine/rowStore') as typeof import('../src/core/validate/engine/rowStore');
    store.StoreColumn.prototype.readFrom = function keepCopying(): void { /* the column stays a copy */ };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    copyingEverything = (require('../src/core/validate') as typeof import('../src/core/validate')).validateWorkbook;
  });

  test('give the rows a full copy gives, on a sample with a planted problem of every kind', () => {
    const input = toInput(sampleBook(true, 300, 80));
    const view = (r: ReturnType<typeof validateWorkbook>) => r.tables.map((t) => t.rows.map((row) => [row.r, row.v, row.hasError, row.errorRules, row.meta]));
    const lazy = validateWorkbook(input, { today: TODAY });
    const copied = copyingEverything(input, { today: TODAY });
    expect(copyingEverything).not.toBe(validateWorkbook);
    expect(lazy.issues.map((i) => i.message)).toEqual(copied.issues.map((i) => i.message));
    expect(view(lazy)).toEqual(view(copied));
    const metaKeys = new Set(lazy.tables.flatMap((t) => t.rows.flatMap((row) => Object.keys(row.meta ?? {}))));
    expect([...metaKeys].sort()).toEqual(['approvalDatePrecision', 'approx', 'periodPrecision', 'provinceText', 'validFromPrecision']);
  });
});
