// AID-C120 sign-repeats-kind: a capital decrease written −3.000.000 under "Giảm vốn" is a decrease of
// 3,000,000: a warning with the positive figure as fix, counted once as −3,000,000 by the summary (not
// +3,000,000, nor −(−3,000,000)). A minus under "Tăng vốn" contradicts the kind: AID-C108's error.
import { signRepeatsKind } from '../../src/core/rules/cell/signRepeatsKind';
import type { RawValue } from '../../src/core/model';
import { ymdToDay } from '../../src/core/parse/date';
import { summarise } from '../../src/core/summary';
import { FDI_HEADER, d, fdiRow, run, sheet } from './fixtures';

const changes = (...rows: RawValue[][]) => sheet('Changes', [['Mã số dự án', 'Ngày điều chỉnh', 'Loại điều chỉnh', 'Số vốn (USD)'], ...rows]);
const fdi = sheet('FDI', [FDI_HEADER, fdiRow('A', { registered: 10_000_000 })]);
const y2024 = { from: ymdToDay(2024, 1, 1), to: ymdToDay(2024, 12, 31), label: '2024' };

describe(`${signRepeatsKind.id} ${signRepeatsKind.name}`, () => {
  it('is the rule this file tests', () => expect([signRepeatsKind.id, signRepeatsKind.name]).toEqual(['AID-C120', 'sign-repeats-kind']));

  it.each<[string, RawValue]>([['text', '-3.000.000'], ['number', -3_000_000], ['parentheses', '(3.000.000)']])(
    'a minus (%s) under "Giảm vốn" is a warning with the positive fix, counted once as a decrease of 3,000,000',
    (_how, amount) => {
      const r = run(fdi, changes(['A', d(2024, 5, 1), 'Giảm vốn', amount], ['A', d(2024, 6, 1), 'Tăng vốn', 1_000_000]));
      const issues = r.issues.filter((i) => i.sheet === 'Changes' && i.rule !== 'AID-C104');
      expect(issues.map((i) => `${i.rule} ${i.cell} ${i.severity}`)).toEqual(['AID-C120 D2 warning']);
      expect(issues[0].fix).toEqual({ value: 3_000_000 });
      expect(issues[0].message).toContain('"Giảm vốn"');
      const row = r.tables.find((t) => t.info.kind === 'fdi-capital-changes')!.rows[0];
      // Kept as written (a signed total still checks against it); the summary counts −|amount| once.
      expect([row.v.amount, row.hasError]).toEqual([-3_000_000, false]);
      const s = summarise(r.tables, { period: y2024, currency: 'USD' });
      expect(s.fdi.adjustments).toEqual({ count: 2, capital: -2_000_000 });
    },
  );

  it('the same decrease written positive is the same figure, and raises nothing', () => {
    const r = run(fdi, changes(['A', d(2024, 5, 1), 'Giảm vốn', 3_000_000]));
    expect(r.issues.filter((i) => i.sheet === 'Changes')).toEqual([]);
    expect(summarise(r.tables, { period: y2024, currency: 'USD' }).fdi.adjustments).toEqual({ count: 1, capital: -3_000_000 });
  });

  it('a minus under "Tăng vốn" or "Góp vốn" is a conflict: an error naming the kind, the row left out of capital', () => {
    const r = run(fdi, changes(['A', d(2024, 5, 1), 'Tăng vốn', -3_000_000], ['A', d(2024, 5, 2), 'Góp vốn, mua cổ phần', '-500.000']));
    const issues = r.issues.filter((i) => i.sheet === 'Changes' && i.rule !== 'AID-C104');
    expect(issues.map((i) => `${i.rule} ${i.cell} ${i.severity}`)).toEqual(['AID-C108 D2 error', 'AID-C108 D3 error']);
    expect(issues[0].message).toContain('"Tăng vốn"');
    const s = summarise(r.tables, { period: y2024, currency: 'USD' });
    expect(s.fdi.adjustments).toEqual({ count: 0, capital: 0 });
    expect(s.fdi.contributions).toEqual({ count: 0, capital: 0 });
  });

  it('a minus with no readable kind is the plain negative-amount error', () => {
    const r = run(fdi, changes(['A', d(2024, 5, 1), 'Điều chỉnh khác', -3_000_000]));
    const neg = r.issues.find((i) => i.rule === 'AID-C108')!;
    expect(neg.message).not.toContain('Điều chỉnh khác');
  });
  it('a SUM total of the signed column still matches the rows (no totals mismatch over a decrease written negative)', () => {
    const r = run(fdi, changes(['A', d(2024, 5, 1), 'Giảm vốn', -3_000_000], ['A', d(2024, 6, 1), 'Tăng vốn', 1_000_000], ['Tổng cộng', null, null, -2_000_000]));
    expect(r.issues.filter((i) => i.sheet === 'Changes').map((i) => i.rule)).toEqual(['AID-C120']);
  });
});
