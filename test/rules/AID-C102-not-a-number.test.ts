// AID-C102 not-a-number: cases that must raise the rule, at the right cell, and near misses that must not.
import { notANumber } from '../../src/core/rules/cell/notANumber';
import type { RawValue } from '../../src/core/model';
import { validateWorkbook } from '../../src/core/validate';
import { FDI_HEADER, TODAY, aidRow, aidSheet, fdiRow, hits, run, sheet } from './fixtures';

describe(`${notANumber.id} ${notANumber.name}`, () => {
  it('is the rule this file tests', () => expect([notANumber.id, notANumber.name]).toEqual(['AID-C102', 'not-a-number']));
  it('reports text where an amount is expected', () => {
    expect(hits('AID-C102', aidSheet(aidRow(1, { committed: 'chưa rõ' })))).toEqual(['Aid!J2']);
  });
  it.each<[RawValue, string]>([
    ['1e309', 'not a finite number'],
    [Infinity, 'not a finite number'],
    [NaN, 'not a finite number'],
    ['12345678901234567890', 'beyond 2^53'],
    [1.2345678901234567e19, 'beyond 2^53'],
  ])('refuses %p with a clear message, never counting Infinity or a rounded figure', (committed, says) => {
    const r = run(aidSheet(aidRow(1, { committed }), aidRow(2, { committed: 100 })));
    const i = r.issues.find((x) => x.rule === 'AID-C102')!;
    expect(i.cell).toBe('J2');
    expect(i.message).toContain(says);
    expect(r.tables[0].rows[0].v.committed).toBeNull();
    expect(r.tables[0].rows[1].v.committed).toBe(100);
  });
  it('says it in Vietnamese too', () => {
    const vi = validateWorkbook({ sheets: [aidSheet(aidRow(1, { committed: '1e309' }))] }, { today: TODAY, lang: 'vi' }).issues[0];
    expect(vi.message).toContain('không phải một số hữu hạn');
  });
  it('in a count column too (employees), and 2^53 − 1 itself is read', () => {
    const fdi = (employees: RawValue) => sheet('FDI', [FDI_HEADER, fdiRow('A', { employees })]);
    expect(hits('AID-C102', fdi('1e309'))).toEqual(['FDI!H2']);
    expect(hits('AID-C102', fdi(9007199254740991))).toEqual([]);
  });
});
