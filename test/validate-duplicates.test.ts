// Duplicate rows are found through a hash of each row; rows are compared cell by cell only when their
// hashes meet. A hash collision must never make two different rows duplicates, and the hash must
// treat as equal every pair of cells the rule calls equal.
import type { RawValue, SheetInput } from '../src/core/model';
import { dayToExcelSerial, ymdToDay } from '../src/core/parse/date';
import { validateWorkbook } from '../src/core/validate';
import { cellHash, cellKey, textHash } from '../src/core/validate/engine/rowHash';

const TODAY = ymdToDay(2026, 11, 23);
const DAY = dayToExcelSerial(ymdToDay(2024, 5, 2));
const HEADER = ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền', 'Ghi chú'];
const disbursements = (rows: RawValue[][]): SheetInput => ({ name: 'Disb', rows: [HEADER, ...rows] });

function duplicates(rows: RawValue[][]): string[] {
  const r = validateWorkbook({ sheets: [disbursements(rows)] }, { today: TODAY, lang: 'en' });
  return r.issues.filter((i) => i.rule === 'AID-X302').map((i) => `${i.row! + 1}<-${i.params.firstRow}`);
}

/** Two different texts with the same 32-bit hash, found by brute force. */
function collidingTexts(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const t = `Đợt ${i}`;
    const h = textHash(t);
    const other = seen.get(h);
    if (other !== undefined) return [other, t];
    seen.set(h, t);
  }
}

describe('duplicate rows', () => {
  it('does not call rows duplicates when one cell differs, even when that cell\'s hashes collide', () => {
    const [a, b] = collidingTexts();
    expect(a).not.toBe(b);
    expect(cellHash(a)).toBe(cellHash(b));
    const row = (note: string): RawValue[] => ['VT-1', DAY, 1000, 'USD', note];
    expect(duplicates([row(a), row(b)])).toEqual([]);
    expect(duplicates([row(a), row(b), row(b), [...row(a)]])).toEqual(['4<-3', '5<-2']);
  });

  it('calls rows duplicates when their cells only differ in outer spaces or in number vs text', () => {
    expect(duplicates([
      ['VT-1', DAY, 1000, 'USD', 'a'],
      [' VT-1 ', DAY, '1000', 'USD ', 'a'],
      ['VT-1', String(DAY), 1000, 'USD', '  a'],
      ['VT-1', DAY, 1000.5, 'USD', 'a'],
      ['vt-1', DAY, 1000, 'USD', 'a'],
    ])).toEqual(['3<-2', '4<-2']);
  });

  // The rule's own definition of equal cells, applied to every pair of rows of a random table.
  const POOL: RawValue[] = [5, '5', ' 5 ', '5.0', -0, 0, '0', '-0', NaN, 'NaN', Infinity, 'Infinity', '-Infinity', -Infinity, true, 'true', null, '', '  ',
    'a', ' a', 'A', { error: '#N/A' }, '[object Object]', 1e21, '1e+21', 0.1 + 0.2, '0.30000000000000004', '007', 7, 2100000000, '2100000000',
    '1234567890123456', 1234567890123456, '12345678901234567', -5, '-5', '6/2024', 1.5, '1.5', '1.50'];

  it('finds exactly the rows whose cells are all equal as trimmed text', () => {
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const pick = () => POOL[Math.floor(rnd() * 6) + (rnd() < 0.5 ? 0 : Math.floor(rnd() * (POOL.length - 6)))];
    for (let n = 0; n < 40; n++) {
      const rows: RawValue[][] = [];
      for (let i = 0; i < 60; i++) rows.push(['VT-1', rnd() < 0.7 ? DAY : pick(), pick(), rnd() < 0.5 ? 'USD' : pick(), pick()]);
      const r = validateWorkbook({ sheets: [disbursements(rows)] }, { today: TODAY });
      const got = r.issues.filter((i) => i.rule === 'AID-X302').map((i) => `${i.row! + 1}<-${i.params.firstRow}`);
      const first = new Map<string, number>();
      const want: string[] = [];
      for (const pr of r.tables[0].rows) {
        const key = r.tables[0].info.columns.map((c) => c.col).sort((x, y) => x - y)
          .map((c) => cellKey(rows[pr.r - 1][c])).join('\u0001');
        const f = first.get(key);
        if (f !== undefined) want.push(`${pr.r + 1}<-${f + 1}`);
        else first.set(key, pr.r);
      }
      expect(got).toEqual(want);
    }
  });

  // A register known by one id: only rows whose id repeats or is missing are compared (duplicates.ts).
  it('finds duplicate rows and reused ids in a register of projects as a brute force does (AID-X302, AID-X301)', () => {
    const header = ['Mã số dự án', 'Tên dự án', 'Nhà đầu tư', 'Quốc gia, vùng lãnh thổ', 'Ngày cấp GCNĐKĐT lần đầu', 'Vốn đăng ký (USD)'];
    const ids: RawValue[] = ['P1', 'P2', ' P1', 'p1', 'P3', null, '', 5, '5', 'P4', 'P5', 'P6'];
    const names: RawValue[] = ['A', 'B', ' A', 'Công ty B'];
    let seed = 11;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    const pick = (xs: RawValue[]) => xs[Math.floor(rnd() * xs.length)];
    let both = 0;
    for (let n = 0; n < 40; n++) {
      const rows: RawValue[][] = [];
      for (let i = 0; i < 40; i++) rows.push([pick(ids), pick(names), 'X', 'Nhật Bản', DAY, rnd() < 0.5 ? 1000 : '1000']);
      const r = validateWorkbook({ sheets: [{ name: 'FDI', rows: [header, ...rows] }] }, { today: TODAY });
      const got = r.issues.filter((i) => i.rule === 'AID-X302' || i.rule === 'AID-X301').map((i) => `${i.rule} ${i.row! + 1}<-${i.params.firstRow}`);
      const firstRow = new Map<string, number>();
      const firstId = new Map<string, number>();
      const want: string[] = [];
      for (const pr of r.tables[0].rows) {
        const cells = rows[pr.r - 1];
        const key = cells.map(cellKey).join('\u0001');
        const id = cellKey(cells[0]);
        const f = firstRow.get(key);
        const idKey = id.toLowerCase();
        if (f !== undefined) want.push(`AID-X302 ${pr.r + 1}<-${f + 1}`);
        else if (id !== '' && firstId.has(idKey)) want.push(`AID-X301 ${pr.r + 1}<-${firstId.get(idKey)! + 1}`);
        if (f === undefined) firstRow.set(key, pr.r);
        if (id !== '' && !firstId.has(idKey)) firstId.set(idKey, pr.r);
      }
      if (want.some((w) => w.startsWith('AID-X302')) && want.some((w) => w.startsWith('AID-X301'))) both++;
      expect(got).toEqual(want);
    }
    expect(both).toBeGreaterThan(10);
  });

  it('hashes equal cells alike', () => {
    for (const x of POOL) for (const y of POOL) {
      if (cellKey(x) === cellKey(y)) expect([x, y, cellHash(x)]).toEqual([x, y, cellHash(y)]);
    }
  });
});
