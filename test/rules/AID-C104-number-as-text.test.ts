// AID-C104 number-as-text: cases that must raise the rule, at the right cell, and near misses that must not.
import { numberAsText } from '../../src/core/rules/cell/numberAsText';
import { aidRow, aidSheet, d, run, hits, fixOf, sheet } from './fixtures';

describe(`${numberAsText.id} ${numberAsText.name}`, () => {
  it('is the rule this file tests', () => expect([numberAsText.id, numberAsText.name]).toEqual(['AID-C104', 'number-as-text']));
  it('reports a number stored as text with the number as fix', () => {
    const s = aidSheet(aidRow(1, { currency: 'VND', committed: '2.345.678.000' }));
    expect(hits('AID-C104', s)).toEqual(['Aid!J2']);
    expect(fixOf('AID-C104', s)).toBe(2_345_678_000);
  });
  it('reads "1,5 tỷ" as one and a half billion, not 15', () => {
    const r = run(aidSheet(aidRow(1, { currency: 'VND', committed: '1,5 tỷ' })));
    expect(r.tables[0].rows[0].v.committed).toBe(1_500_000_000);
  });
  describe('a magnitude in a cell is whole units, whatever the column\'s unit', () => {
    const header = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết (triệu đồng)'];
    const trieuDong = (v: string | number) => sheet('Aid', [header, ['VT-1', 'Dự án', 'Plan', 'Y tế', d(2024, 3, 1), v]]);
    it('"5 tỷ" in a "(triệu đồng)" column is 5 tỷ đồng = 5.000 triệu: the fix is 5000, counted as 5,000,000,000 đồng', () => {
      const r = run(trieuDong('5 tỷ'));
      const i = r.issues.find((x) => x.rule === 'AID-C104')!;
      expect(i.fix).toEqual({ value: 5000 });
      expect(i.message).toContain('triệu đồng');
      expect(r.tables[0].rows[0].v.committed).toBe(5_000_000_000);
    });
    it('"3,7 triệu" in the same column is 3.7 of its unit; "5" is 5 triệu', () => {
      expect(fixOf('AID-C104', trieuDong('3,7 triệu'))).toBe(3.7);
      expect(run(trieuDong('3,7 triệu')).tables[0].rows[0].v.committed).toBe(3_700_000);
      expect(run(trieuDong('5')).tables[0].rows[0].v.committed).toBe(5_000_000);
      expect(run(trieuDong(5)).tables[0].rows[0].v.committed).toBe(5_000_000);
    });
    it('"1 tỷ 250 triệu" in a "(triệu đồng)" column is 1.250 triệu', () => {
      expect(fixOf('AID-C104', trieuDong('1 tỷ 250 triệu'))).toBe(1250);
    });
  });
  it('the unit line\'s unit counts as the column\'s: "5 tỷ" under "Đơn vị tính: triệu đồng" is 5.000', () => {
    const header = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết'];
    const s = sheet('Aid', [['BIỂU TỔNG HỢP CÁC KHOẢN VIỆN TRỢ'], [null, null, null, null, null, 'Đơn vị tính: triệu đồng'], header, ['VT-1', 'Dự án', 'Plan', 'Y tế', d(2024, 3, 1), '5 tỷ']]);
    const r = run(s);
    expect(r.issues.find((x) => x.rule === 'AID-C104')?.fix).toEqual({ value: 5000 });
    expect(r.tables[0].rows[0].v.committed).toBe(5_000_000_000);
  });
});
