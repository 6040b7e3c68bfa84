// AID-C118 unit-conflict: an amount in another currency than its column's with no rate in force on the
// row's date: an error, and the row is left out of money figures, never counted in the column's unit.
import { unitConflict } from '../../src/core/rules/cell/unitConflict';
import type { RawValue } from '../../src/core/model';
import { summarise } from '../../src/core/summary';
import { ymdToDay } from '../../src/core/parse/date';
import { FDI_HEADER, aidRow, aidSheet, d, fdiRow, run, sheet } from './fixtures';

const fdiSheet = (...rows: RawValue[][]) => sheet('FDI', [FDI_HEADER, ...rows]);

describe(`${unitConflict.id} ${unitConflict.name}`, () => {
  it('is the rule this file tests', () => expect([unitConflict.id, unitConflict.name]).toEqual(['AID-C118', 'unit-conflict']));

  it('"93.600 tỷ đồng" in a USD column with no VND rate is an error, not 93,600 billion USD', () => {
    const r = run(fdiSheet(fdiRow('LNG-1', { registered: '93.600 tỷ đồng' }), fdiRow('B', { registered: 2_000_000 })));
    const issue = r.issues.find((i) => i.rule === 'AID-C118')!;
    expect([issue.cell, issue.severity]).toEqual(['G2', 'error']);
    expect(issue.message).toContain('VND');
    expect(issue.message).toContain('(USD)');
    const row = r.tables[0].rows[0];
    expect(row.v.registered).toBeNull();
    expect(row.hasError).toBe(true);
    expect(row.errorColumns).toEqual(['registered']);
    // The summary counts the other project alone, and says why the first is not counted.
    const s = summarise(r.tables, { period: { from: ymdToDay(2020, 1, 1), to: ymdToDay(2020, 12, 31), label: '2020' }, currency: 'USD' });
    expect(s.fdi.newProjects).toMatchObject({ count: 1, capital: 2_000_000 });
  });

  it('"2 triệu EUR" in a USD aid row with no EUR rate is left out', () => {
    const r = run(aidSheet(aidRow(1, { committed: '2 triệu EUR' })));
    expect(r.issues.filter((i) => i.rule === 'AID-C118').map((i) => i.cell)).toEqual(['J2']);
    expect(r.tables[0].rows[0].v.committed).toBeNull();
  });

  it('a rate valid only after the row\'s date does not convert it', () => {
    const rates = sheet('Rates', [['Loại tiền', 'Áp dụng từ ngày', 'Tỷ giá quy đổi USD', 'Tỷ giá quy đổi VND'], ['EUR', d(2025, 1, 1), 1.1, null]]);
    const r = run(aidSheet(aidRow(1, { committed: '2 triệu EUR', approval: d(2024, 3, 1) })), rates);
    expect(r.issues.map((i) => i.rule)).toContain('AID-C118');
    expect(r.issues.map((i) => i.rule)).not.toContain('AID-C117');
  });

  it('a currency written the column\'s way is no conflict', () => {
    const r = run(aidSheet(aidRow(1, { committed: '2 triệu USD' })));
    expect(r.issues.map((i) => i.rule)).not.toContain('AID-C118');
  });
  it('the unit line\'s currency counts as the column\'s: "93.600 tỷ đồng" under "ĐVT: USD" is a conflict', () => {
    const header = ['Mã khoản viện trợ', 'Tên chương trình, dự án', 'Nhà tài trợ', 'Lĩnh vực', 'Ngày phê duyệt', 'Giá trị cam kết'];
    const r = run(sheet('Aid', [[null, null, null, null, null, 'ĐVT: USD'], header, ['VT-1', 'Dự án', 'Plan', 'Y tế', d(2024, 3, 1), '93.600 tỷ đồng']]));
    expect(r.issues.filter((i) => i.rule === 'AID-C118').map((i) => i.cell)).toEqual(['F3']);
    expect(r.tables[0].rows[0].v.committed).toBeNull();
  });
});
