// AID-T006 totals-mismatch: cases that must raise the rule, at the right cell, and near misses that must not.
import type { RawValue } from '../../src/core/model';
import { totalsMismatch } from '../../src/core/rules/table/totalsMismatch';
import { aidRow, aidSheet, d, run, sheet } from './fixtures';

describe(`${totalsMismatch.id} ${totalsMismatch.name}`, () => {
  it('is the rule this file tests', () => expect([totalsMismatch.id, totalsMismatch.name]).toEqual(['AID-T006', 'totals-mismatch']));
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

  describe('in real money: half of the currency\'s smallest unit after the column\'s unit', () => {
    const header = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (tỷ đồng)'];
    const row = (i: number, v: RawValue): RawValue[] => [`VT-${i}`, `Dự án ${i}`, 'JICA', 'Y tế', d(2024, 3, 1), v];
    const tyDong = (...rows: RawValue[][]) => sheet('Aid', [header, ...rows]);
    it('a 400-million-đồng gap in a "(tỷ đồng)" column is a mismatch (it was within half a tỷ)', () => {
      const r = run(tyDong(row(1, 1.1), row(2, 2.2), ['Tổng cộng', null, null, null, null, 3.7]));
      const i = r.issues.find((x) => x.rule === 'AID-T006')!;
      expect(i.cell).toBe('F4');
      expect(i.fix).toEqual({ value: 3.3 });
      expect(i.params.diff).toBeCloseTo(0.4, 12);
    });
    it('one đồng off in a "(tỷ đồng)" column is a mismatch; the binary noise of 1,1 + 2,2 is not', () => {
      // (A đồng-only sheet also gets the tally of amounts without a rate to USD, AID-X308: not this rule's.)
      const totalsRules = (v: number) => run(tyDong(row(1, 1.1), row(2, 2.2), ['Tổng cộng', null, null, null, null, v])).issues.map((x) => x.rule).filter((x) => x !== 'AID-X308');
      expect(totalsRules(3.300000001)).toEqual(['AID-T006']);
      expect(totalsRules(3.3)).toEqual([]);
    });
    it('in USD, a cent off is a mismatch and half a cent of rounding is not', () => {
      const cents = (n: number) => aidSheet(aidRow(1, { committed: 100.1 }), aidRow(2, { committed: 200.2 }), total(n));
      expect(run(cents(300.31)).issues.map((x) => x.rule)).toEqual(['AID-T006']);
      expect(run(cents(300.3)).issues).toEqual([]);
      expect(run(cents(300.304)).issues).toEqual([]);
    });
    it('many cents add up to the cent (compensated sum)', () => {
      const rows = Array.from({ length: 2000 }, (_, k) => aidRow(k + 1, { committed: 0.1 }));
      expect(run(aidSheet(...rows, total(200))).issues).toEqual([]);
      expect(run(aidSheet(...rows, total(200.01))).issues.map((x) => x.rule)).toEqual(['AID-T006']);
    });
  });
});
