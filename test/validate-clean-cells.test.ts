// The validator's fast path must agree with the full one: whenever a clean reader answers a value,
// parseCell gives the same value and raises nothing, and the row scanner classifies rows exactly as
// a plain cell-by-cell classification does.
import { cellText, isBlank } from '../src/core/base/cell';
import type { RawValue } from '../src/core/model';
import { legacyUnderSomeFont, unicodeToLegacy } from '../src/core/parse/legacy';
import { dayToExcelSerial, ymdToDay } from '../src/core/parse/date';
import { REGISTERS } from '../src/core/schema/registers';
import { cleanSpaces, hasStraySpaces, idKey, nfc } from '../src/core/base/text';
import { parseCell } from '../src/core/validate/cells';
import { CleanReader, newCellFacts, readCell, SLOW } from '../src/core/validate/engine/cleanCells';
import { makeContext } from '../src/core/validate/context';
import { isTotalsText } from '../src/core/validate/rowClass';
import { idKeyHash } from '../src/core/validate/engine/idTable';
import { cellHash, plainTextHash, textHash } from '../src/core/validate/engine/rowHash';
import { TableScanner } from '../src/core/validate/engine/rowScan';
import { RowStore } from '../src/core/validate/engine/rowStore';
import { shippedLiteral, valuesMaker } from '../src/core/validate/engine/rowValues';

const TODAY = ymdToDay(2026, 11, 23);
const serial = (y: number, m: number, d: number) => dayToExcelSerial(ymdToDay(y, m, d));

const TEXTS = [
  '', '  ', ' x', 'x ', 'a  b', 'a\u00a0b', 'a\tb', 'a\nb', 'VT-2024-0001', 'vt-2024-0001', 'VT 2024', 'USD', ' USD', 'usd', 'VND', 'EUR', 'Yen', 'đô la Mỹ',
  '1.234', '1,5 triệu', '12345', '-5', '0', '5.0', 'khoảng 2 triệu', '100 EUR', 'abc', 'NaN',
  '29/4/2022', '4/2022', '6/2024', '2022', 'tháng 4/2022', '13/2024', '12/2030', 'not a date',
  'Việt Nam', 'viet nam', 'Hoa Kỳ', 'Mỹ', 'MY', 'Quảng Trị', 'Quảng Bình', 'quang binh', 'Hà Tây', 'Hòa Bình', 'Hoà Bình', 'Ho\u0300a Bi\u0300nh', 'Tây Ninh',
  'Y tế', 'y te', 'Giáo dục', 'C - Công nghiệp chế biến, chế tạo', 'C', 'Đang thực hiện', 'Hoàn thành', 'Đang hoạt động', 'Chấm dứt', 'Tăng vốn', 'Dự án',
  'Tổng cộng', 'Cộng', 'Total', ' Tổng', 'Công ty X', 'Café', 'Xã Khe Sanh', 'Giáo dục'.normalize('NFD'),
  unicodeToLegacy('Giáo dục', 'tcvn3'), unicodeToLegacy('Giáo dục', 'vni'), unicodeToLegacy('Quảng Trị', 'tcvn3'), unicodeToLegacy('Hà Nội', 'vni'),
];
const OTHERS: RawValue[] = [null, undefined, 0, -0, -1, 1, 1.5, 5, 12345.67, NaN, Infinity, 0.5, 30, 60, 60.5, 61, serial(2024, 4, 29), serial(2024, 4, 29) + 0.75,
  serial(2030, 1, 1), 2958465, 2958466, true, new Date(Date.UTC(2023, 3, 5)), { error: '#N/A' }];
const RAWS: RawValue[] = [...TEXTS, ...OTHERS];
const FONTS = [undefined, 'Arial', '.VnTime', '.VnTimeH', 'VNI-Times'];

describe('clean readers agree with parseCell', () => {
  for (const def of REGISTERS) {
    for (const col of def.columns) {
      it(`${def.kind}.${col.key}`, () => {
        const problems: unknown[] = [];
        const check = (ok: boolean, ...what: unknown[]) => { if (!ok) problems.push(what); };
        for (const dataLang of ['vi', 'en'] as const) {
          for (const multiplier of [undefined, 1e6]) {
            for (const font of FONTS) {
              const ctx = makeContext({ today: TODAY, lang: 'en' });
              const reader = new CleanReader(col, { col: 3, font: () => font, dataLang, today: TODAY, multiplier });
              const cell = newCellFacts();
              for (const raw of RAWS) {
                const value = readCell(reader, raw, 7, cell);
                check(cell.blank === isBlank(raw), 'blank', raw);
                check(cell.totals === isTotalsText(raw), 'totals', raw);
                check(cell.hash === cellHash(raw), 'hash', raw);
                check(cell.keyHash === -1 || (typeof raw === 'string' && cell.keyHash === idKeyHash(raw)), 'key hash', raw);
                if (value === SLOW) continue;
                const before = ctx.sink.issues.length;
                const out = parseCell(ctx, { sheet: 'S', kind: def.kind, row: 7, col: 3, font: typeof raw === 'string' ? font : undefined, dataLang },
                  col, raw, { multiplier }, col.type === 'amount' ? null : undefined);
                const issues = ctx.sink.issues.slice(before).map((i) => i.rule);
                check(issues.length === 0, 'issues', raw, font, dataLang, issues);
                check(Object.is(out.value, value), 'value', raw, font, dataLang, out.value, value);
                const meta = cell.meta !== null && reader.metaKey !== null ? [reader.metaKey, cell.meta] : undefined;
                check(JSON.stringify(out.meta) === JSON.stringify(meta), 'meta', raw, out.meta, meta);
                check(out.currency === undefined, 'currency', raw, out.currency);
              }
            }
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('CleanReader.readNumber (the number path of TableScanner.readNumbers)', () => {
  const NUMBERS = [...OTHERS.filter((x): x is number => typeof x === 'number'), 2e9, 5e10, 3e12, -2e9];
  it('writes only values parseCell gives without an issue, for every column of numbers and dates and every row currency', () => {
    const problems: unknown[] = [];
    let clean = 0;
    for (const def of REGISTERS) {
      for (const col of def.columns) {
        if (!['amount', 'rate', 'integer', 'date', 'period'].includes(col.type)) continue;
        for (const multiplier of [undefined, 1e6]) {
          const reader = new CleanReader(col, { col: 3, font: undefined, dataLang: 'vi', today: TODAY, multiplier });
          const cell = newCellFacts();
          for (const currency of [null, 'USD', 'VND', 'EUR']) {
            reader.rowCurrency(currency);
            for (const raw of NUMBERS) {
              cell.meta = null;
              const block = new Float64Array(3).fill(-7);
              if (!reader.readNumber(raw, cell, block, 1)) {
                if (block[1] !== -7) problems.push(['wrote while slow', def.kind, col.key, raw]);
                continue;
              }
              clean++;
              const ctx = makeContext({ today: TODAY, lang: 'en' });
              const out = parseCell(ctx, { sheet: 'S', kind: def.kind, row: 7, col: 3, font: undefined, dataLang: 'vi' }, col, raw, { multiplier }, col.type === 'amount' ? currency : undefined);
              const meta = cell.meta !== null && reader.metaKey !== null ? [reader.metaKey, cell.meta] : undefined;
              const same = ctx.sink.issues.length === 0 && Object.is(out.value, block[1]) && JSON.stringify(out.meta) === JSON.stringify(meta);
              // number(), which readCell asks, gives the same value.
              if (!same || !Object.is(reader.number(raw, newCellFacts()), block[1])) problems.push([def.kind, col.key, multiplier, currency, raw, block[1], out.value, ctx.sink.issues.map((i) => i.rule)]);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(clean).toBeGreaterThan(100);
  });
});

/**
 * 20,000 texts of 1 to maxLength characters drawn from pool, the first `common` of it `commonShare` of
 * the time; the same texts for the same seed.
 */
function randomTexts(pool: readonly string[], o: { seed: number; maxLength: number; common: number; commonShare: number }): string[] {
  let seed = o.seed;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  const out: string[] = [];
  for (let k = 0; k < 20000; k++) {
    let t = '';
    const len = 1 + Math.floor(rnd() * o.maxLength);
    for (let i = 0; i < len; i++) t += pool[Math.floor(rnd() * (rnd() < o.commonShare ? o.common : pool.length))];
    out.push(t);
  }
  return out;
}

describe('plain text that may print as a number (plainTextHash settles it in its one pass)', () => {
  it('hashes as textHash: digits, leading zeros, points, exponents, signs, NaN and Infinity', () => {
    const named = ['0', '00', '012', '7', '123', '2100007919', '999999999999999', '1234567890123456', '12345678901234567',
      '1000000000000000000', '1.5', '1.', '1e5', '1E5', '5e-3', '1e', '-5', '-', '-0', 'NaN', 'Infinity', 'N', 'I', 'Nâng cao',
      'Ia Grai', 'Infinity1', 'NaNa', '1928/QĐ-UBND', '12 ab', '3a', '4-5', 'VT-1'];
    for (const vietnamese of [false, true]) {
      for (const t of named) {
        const h = plainTextHash(t, vietnamese);
        if (h >= 0) expect([t, h]).toEqual([t, textHash(t)]);
      }
    }
    // Digits mostly, then points, exponents, signs and the letters of NaN and Infinity.
    const POOL = ['0', '1', '5', '9', '.', 'e', 'E', '-', 'N', 'a', 'I', 'n', 'f', '/', 'Đ', ' '];
    let plain = 0;
    for (const t of randomTexts(POOL, { seed: 11, maxLength: 18, common: 4, commonShare: 0.8 })) {
      const h = plainTextHash(t, true);
      if (h < 0) continue;
      plain++;
      expect([t, h]).toEqual([t, textHash(t)]);
    }
    expect(plain).toBeGreaterThan(5000);
  });
});

describe('plain Vietnamese text (plainTextHash with vietnamese)', () => {
  // Reference: what describe() works out the slow way for a text cell.
  const plainByReference = (s: string) => s.trim() !== '' && !hasStraySpaces(s) && nfc(s) === s && !legacyUnderSomeFont(s) && !/[\t\n\r]/.test(s);
  it('is clean, NFC and never legacy whenever it says plain, and hashes as textHash', () => {
    const POOL = ['a', 'Z', ' ', '5', '-', 'à', 'Ạ', 'đ', 'Đ', 'ư', 'ỹ', 'é', 'Ü', '\u0300', '\u00a0', '\t', 'µ', 'Ñ', 'ö', '€', '中'];
    let plain = 0;
    for (const t of randomTexts(POOL, { seed: 5, maxLength: 8, common: 12, commonShare: 0.7 })) {
      const h = plainTextHash(t, true);
      if (h < 0) continue;
      plain++;
      expect([t, plainByReference(t), h]).toEqual([t, true, textHash(t)]);
    }
    expect(plain).toBeGreaterThan(2000);
  });
  it('takes real names and leaves what may be legacy or unclean to the slow path', () => {
    const yes = ['Dự án Quốc tế Hoa Lâm 5', 'Sở Giáo dục và Đào tạo', '1928/QĐ-UBND', 'Ủy ban'];
    // 'Xã Khe Sanh' has only letters Windows-1252 has: a legacy font could make it TCVN3, so it goes the slow way.
    const no = ['Café', 'Hà Nam', 'Xã Khe Sanh', ' Dự án', 'Dự án ', 'Dự  án', 'Giáo dục'.normalize('NFD'), unicodeToLegacy('Giáo dục', 'tcvn3'), unicodeToLegacy('Hà Nội', 'vni')];
    expect(yes.map((t) => plainTextHash(t, true) >= 0)).toEqual(yes.map(() => true));
    expect(no.map((t) => plainTextHash(t, true))).toEqual(no.map(() => -1));
    expect(plainTextHash('Sở Y tế')).toBe(-1); // ids stay ASCII
  });
});

describe('a text column of new texts only (project names)', () => {
  it('reads every cell as a fresh reader does once it reads Vietnamese text in one pass', () => {
    const def = REGISTERS.find((r) => r.kind === 'fdi-projects')!.columns.find((c) => c.key === 'name')!;
    const ctx = { font: undefined, dataLang: 'vi' as const, today: TODAY, multiplier: undefined };
    const learned = new CleanReader(def, { col: 1, ...ctx });
    const cell = newCellFacts();
    for (let i = 0; i < 3000; i++) expect(readCell(learned, `Dự án Quốc tế số ${i}`, i, cell)).toBe(`Dự án Quốc tế số ${i}`);
    // Still reading plain text first: its Vietnamese names now count as plain (ASCII alone never is here).
    expect(learned.triesPlainText).toBe(true);
    const fresh = newCellFacts();
    for (const raw of RAWS) {
      const got = readCell(learned, raw, 1, cell);
      const want = readCell(new CleanReader(def, { col: 1, ...ctx }), raw, 1, fresh);
      expect([raw, got, cell.hash, cell.totals, cell.blank, cell.meta]).toEqual([raw, want, fresh.hash, fresh.totals, fresh.blank, fresh.meta]);
    }
  });
});

describe('a text column of more repeated texts than the cache of recent texts holds (decision numbers)', () => {
  it('reads them in one pass once most reads go to the memo, each as a fresh reader does', () => {
    const def = REGISTERS.find((r) => r.kind === 'aid-projects')!.columns.find((c) => c.key === 'decision')!;
    const ctx = { col: 12, font: undefined, dataLang: 'vi' as const, today: TODAY, multiplier: undefined };
    const reader = new CleanReader(def, ctx);
    const cell = newCellFacts();
    // 2,000 numbers, each written several times in a scattered order: the memo knows them, the cache cannot.
    const decision = (i: number) => `${1000 + ((i * 7919) % 2000)}/QĐ-UBND`;
    for (let i = 0; i < 4000; i++) expect(readCell(reader, decision(i), i, cell)).toBe(decision(i));
    expect(reader.triesPlainText).toBe(true);
    const fresh = newCellFacts();
    for (const raw of [decision(1), '12/QĐ-UBND ', 'Hà Nam', ...RAWS]) {
      const got = readCell(reader, raw, 1, cell);
      const want = readCell(new CleanReader(def, ctx), raw, 1, fresh);
      expect([raw, got, cell.hash, cell.totals, cell.blank, cell.meta]).toEqual([raw, want, fresh.hash, fresh.totals, fresh.blank, fresh.meta]);
    }
  });
});

describe('a text column where plain text is rare', () => {
  it('reads plain texts the same once it stops trying them first', () => {
    const def = REGISTERS.find((r) => r.kind === 'aid-projects')!.columns.find((c) => c.key === 'title')!;
    const reader = new CleanReader(def, { col: 1, font: undefined, dataLang: 'vi', today: TODAY, multiplier: undefined });
    const cell = newCellFacts();
    // Only letters Windows-1252 has: such text may be TCVN3 or VNI, so it is never plain.
    for (let i = 0; i < 4000; i++) readCell(reader, `Café ${i}`, i, cell);
    expect(reader.triesPlainText).toBe(false);
    for (const raw of ['World Vision', 'VT-1', '12', 'Total', 'a b', ' a', 'a ']) {
      const value = readCell(reader, raw, 1, cell);
      expect([raw, value, cell.hash, cell.totals, cell.blank]).toEqual([raw, raw.trim() === raw ? raw : SLOW, cellHash(raw), isTotalsText(raw), false]);
    }
  });
});

describe('a text column that repeats a few plain texts (donors)', () => {
  const def = REGISTERS.find((r) => r.kind === 'aid-projects')!.columns.find((c) => c.key === 'donor')!;
  const ctx = { col: 5, font: undefined, dataLang: 'vi' as const, today: TODAY, multiplier: undefined };
  const DONORS = ['JICA', 'KOICA', 'Save the Children', 'Oxfam', 'World Vision', 'GIZ', 'Plan International', 'CARE'];

  it('leaves the plain pass for the memo, and reads every text as a fresh reader does', () => {
    const reader = new CleanReader(def, ctx);
    const cell = newCellFacts();
    // Never the same donor twice in a row: only the recent-text watch can see that they repeat.
    for (let i = 0; i < 2000; i++) expect(readCell(reader, DONORS[(i * 3) % DONORS.length], i, cell)).toBe(DONORS[(i * 3) % DONORS.length]);
    expect(reader.triesPlainText).toBe(false);
    const fresh = newCellFacts();
    for (const raw of [...DONORS, ...RAWS]) {
      const got = readCell(reader, raw, 1, cell);
      const want = readCell(new CleanReader(def, ctx), raw, 1, fresh);
      expect([raw, got, cell.hash, cell.totals, cell.blank, cell.meta, cell.keyHash]).toEqual([raw, want, fresh.hash, fresh.totals, fresh.blank, fresh.meta, fresh.keyHash]);
    }
  });

  it('keeps the plain pass for new texts and for ids, even when ids repeat', () => {
    const names = new CleanReader(def, ctx);
    const cell = newCellFacts();
    for (let i = 0; i < 2000; i++) readCell(names, `Donor ${i}`, i, cell);
    expect(names.triesPlainText).toBe(true);
    const idDef = REGISTERS.find((r) => r.kind === 'aid-disbursements')!.columns.find((c) => c.type === 'id')!;
    const ids = new CleanReader(idDef, { ...ctx, col: 0 });
    for (let i = 0; i < 2000; i++) readCell(ids, `VT-2024-${(i * 7) % 20}`, i, cell);
    expect(ids.triesPlainText).toBe(true);
    expect(cell.keyHash).toBe(cell.hash);
  });

  it('stops comparing each id with the one above in a column of unique ids, and reads every id as a fresh reader does', () => {
    const idDef = REGISTERS.find((r) => r.kind === 'aid-projects')!.columns.find((c) => c.type === 'id')!;
    const unique = new CleanReader(idDef, { ...ctx, col: 1 });
    const repeated = new CleanReader(idDef, { ...ctx, col: 1 });
    const cell = newCellFacts();
    const fresh = newCellFacts();
    for (let i = 0; i < 3000; i++) {
      const id = `VT-2024-${String(i).padStart(5, '0')}`;
      const got = readCell(unique, id, i, cell);
      const want = readCell(new CleanReader(idDef, { ...ctx, col: 1 }), id, i, fresh);
      expect([id, got, cell.hash, cell.keyHash]).toEqual([id, want, fresh.hash, fresh.keyHash]);
      readCell(repeated, `VT-2024-${Math.floor(i / 3)}`, i, cell);
    }
    expect([unique.comparesLast, repeated.comparesLast]).toEqual([false, true]);
  });

  it('gives ids written in digits their key hash too, while their cell hash is the number\'s', () => {
    const fdiDef = REGISTERS.find((r) => r.kind === 'fdi-projects')!.columns.find((c) => c.type === 'id')!;
    const codes = new CleanReader(fdiDef, { ...ctx, col: 1 });
    const cell = newCellFacts();
    for (const id of ['573043000005', '0123', '2100007919', '2100007919', '7', '1.5', '12-AB']) {
      expect(readCell(codes, id, 1, cell)).toBe(id);
      expect([id, cell.keyHash, cell.hash]).toEqual([id, idKeyHash(id), textHash(id)]);
    }
  });
});

/** Row classification as the validator did it before the scanner: cell by cell, in column order. */
function referenceClass(row: readonly RawValue[], mapped: readonly number[], firstAfterHeader: boolean): string {
  let filled = 0;
  let filledAll = 0;
  let onlyText: RawValue = null;
  for (const v of row) {
    if (isBlank(v)) continue;
    filledAll++;
    onlyText = v;
    if (isTotalsText(v)) return 'totals';
  }
  for (const c of mapped) if (!isBlank(row[c])) filled++;
  if (filled === 0) return 'blank';
  if (filledAll === 1 && typeof onlyText === 'string' && /^(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]\s+\S/.test(onlyText.trim())) return 'section';
  if (firstAfterHeader) {
    const vals = row.filter((v) => !isBlank(v)).map((v) => cellText(v).trim().replace(/^\((.*)\)$/, '$1'));
    if (vals.length >= 3 && (vals.every((v, i) => v === String(i + 1)) || vals.every((v) => /^\d{1,2}$|^[A-Z]$/.test(v) && v.length <= 2) && vals[0] === '1' && vals[1] === '2')) return 'numbering';
  }
  return 'data';
}

describe('TableScanner', () => {
  const def = REGISTERS.find((r) => r.kind === 'aid-disbursements')!;
  // Two keys on one column, as a saved mapping may hold, and one column beyond most rows.
  const present = [
    { def: def.columns[0], col: 1 }, { def: def.columns[1], col: 2 }, { def: def.columns[2], col: 2 }, { def: def.columns[3], col: 6 },
  ];
  const mapped = present.map((p) => p.col);
  const pool: RawValue[] = [null, '', '  ', 'x', 'I. Phần một', 'A) mục', '1', '2', '3', '(1)', 'Tổng cộng', 'Cộng', 'Công ty', 5, 0, serial(2024, 1, 2), true, 'VT-1'];

  it('classifies like a cell-by-cell pass', () => {
    let seed = 42;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const seen = new Set<string>();
    // Batches of rows read column by column, as parseRows reads a register; the first row of each
    // batch is the one under the header, where a form's numbering row may sit.
    for (let batch = 0; batch < 400; batch++) {
      const rows: (RawValue[] | undefined)[] = [undefined]; // a header row above: never read
      for (let n = 0; n < 50; n++) {
        const width = Math.floor(rnd() * 9);
        const row: RawValue[] = [];
        for (let c = 0; c < width; c++) row.push(rnd() < 0.4 ? null : pool[Math.floor(rnd() * pool.length)]);
        if (rnd() < 0.05) row.splice(0, row.length, ...['1', '2', '3', '4', '(5)', 'A'].slice(0, 2 + Math.floor(rnd() * 5)));
        rows.push(rnd() < 0.02 ? undefined : row);
      }
      const store = new RowStore(def, rows.length - 1);
      const scanner = new TableScanner(present, { font: undefined, dataLang: 'vi', today: TODAY }, rows, 1, rows.length - 1, store);
      scanner.readColumns(rows, 0, rows.length - 1);
      for (let p = 0; p < rows.length - 1; p++) {
        const row = rows[p + 1] ?? [];
        const want = referenceClass(row, mapped, p === 0);
        seen.add(want);
        expect([row, p === 0, scanner.classify(p, row)]).toEqual([row, p === 0, want]);
      }
    }
    expect([...seen].sort()).toEqual(['blank', 'data', 'numbering', 'section', 'totals']);
  });
});

describe('idKey', () => {
  const PLAIN_ASCII = /^[\x21-\x7e](?:[\x21-\x7e]| (?! ))*$/;
  const reference = (s: string) => (PLAIN_ASCII.test(s) ? s.toLowerCase() : cleanSpaces(nfc(s)).toLowerCase());
  it('keeps the join key of every kind of id', () => {
    for (const s of ['VT-2024-0001', 'vt-2024-0001', 'VT 2024', 'VT  2024', ' VT', 'VT ', 'VT\t1', '', ' ', 'Mã-01', 'ABC def', '2100000000', 'a b c ', 'X\u00a0Y', 'Đ-01']) {
      expect([s, idKey(s)]).toEqual([s, reference(s)]);
    }
  });
});

describe('row values', () => {
  const gathered = (n: number) => Array.from({ length: n }, (_, k) => (k % 3 === 0 ? null : k % 3 === 1 ? `x${k}` : k));
  it('hold every key of the register, in column order, with the gathered values', () => {
    for (const def of REGISTERS) {
      const a = gathered(def.columns.length);
      const v = valuesMaker(def)(a);
      expect(Object.entries(v)).toEqual(def.columns.map((c, k) => [c.key, a[k]]));
      expect(valuesMaker(def)(a)).not.toBe(v);
    }
  });
  it('come from a literal for every register we ship (the fast path)', () => {
    expect(REGISTERS.filter((def) => shippedLiteral(def) === null).map((def) => def.kind)).toEqual([]);
  });
  it('come from a copy of the schema for any other register', () => {
    const def = { ...REGISTERS[1], columns: [...REGISTERS[1].columns].reverse() };
    expect(shippedLiteral(def)).toBeNull();
    const a = gathered(def.columns.length);
    expect(Object.entries(valuesMaker(def)(a))).toEqual(def.columns.map((c, k) => [c.key, a[k]]));
  });
});

describe('facts shared across runs (AID.CHECK runs the engine once per row)', () => {
  const ctxFor = (dataLang: 'vi' | 'en', today: number) => ({ col: 0, font: undefined, dataLang, today, multiplier: undefined });

  it('never answers one "today" with facts remembered for another: a month is clean until it lies in the future', () => {
    const periodDef = REGISTERS.flatMap((d) => d.columns).find((c) => c.type === 'period' && c.notFuture);
    if (!periodDef) return expect(REGISTERS.flatMap((d) => d.columns).some((c) => c.type === 'period')).toBe(true);
    const read = (today: number) => readCell(new CleanReader(periodDef, ctxFor('vi', today)), '12/2026', 5, newCellFacts());
    expect(read(ymdToDay(2027, 1, 15))).not.toBe(SLOW);
    expect(read(ymdToDay(2026, 6, 1))).toBe(SLOW);
    expect(read(ymdToDay(2027, 1, 15))).not.toBe(SLOW);
  });
});
