// AID-T010 figures-outside-registers: figures on a register's sheet outside every register found there are said, not dropped.
import { figuresOutsideRegisters } from '../../src/core/rules/table/figuresOutsideRegisters';
import { validateWorkbook } from '../../src/core/validate';
import type { RawValue } from '../../src/core/model';
import { aidRow, sheet, AID_HEADER, TODAY } from './fixtures';

const DISB_HEADER = ['Mã khoản viện trợ', 'Ngày giải ngân', 'Số tiền giải ngân', 'Loại tiền'];
const found = (rows: RawValue[][]) => validateWorkbook({ sheets: [sheet('S', rows)] }, { today: TODAY, lang: 'en' });

describe(`${figuresOutsideRegisters.id} ${figuresOutsideRegisters.name}`, () => {
  it('is the rule this file tests', () => expect([figuresOutsideRegisters.id, figuresOutsideRegisters.name]).toEqual(['AID-T010', 'figures-outside-registers']));

  it('a second register whose header sits far down beside the first one\'s rows: its figures are said, with where they are', () => {
    const rows: RawValue[][] = [AID_HEADER];
    for (let i = 1; i <= 60; i++) rows.push(aidRow(i));
    rows[40] = [...rows[40], null, ...DISB_HEADER];
    for (let k = 41; k < 50; k++) rows[k] = [...rows[k], null, `VT-${k - 40}`, 45_500, 1000, 'USD'];
    const r = found(rows);
    const t010 = r.issues.filter((i) => i.rule === 'AID-T010');
    expect(t010.map((i) => [i.cell, i.params.count, i.params.range, i.severity])).toEqual([['N42', 18, 'N42:O50', 'warning']]);
    expect(t010[0].message).toContain('18 figures in N42:O50 lie outside every register found on this sheet');
  });

  it('is silent for a register and its totals row, its column numbers and notes, and for two figures only', () => {
    const rows: RawValue[][] = [['DANH MỤC VIỆN TRỢ'], AID_HEADER, AID_HEADER.map((_, k) => k + 1), aidRow(1), aidRow(2)];
    rows.push(['Tổng cộng', null, null, null, null, null, null, null, null, 200_000]);
    rows.push(['Ghi chú: số liệu đến 31/12/2024']);
    expect(found(rows).issues.filter((i) => i.rule === 'AID-T010')).toEqual([]);
    const two = [...rows.map((r) => [...r])];
    two[3].push(null, null, 5);
    two[4].push(null, null, 6);
    expect(found(two).issues.filter((i) => i.rule === 'AID-T010')).toEqual([]);
  });
});
