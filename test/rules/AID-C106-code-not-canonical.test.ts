// AID-C106 code-not-canonical: cases that must raise the rule, at the right cell, and near misses that must not.
import { codeNotCanonical } from '../../src/core/rules/cell/codeNotCanonical';
import { AID_HEADER, aidRow, sheet, aidSheet, run, hits, fixOf } from './fixtures';

describe(`${codeNotCanonical.id} ${codeNotCanonical.name}`, () => {
  it('is the rule this file tests', () => expect([codeNotCanonical.id, codeNotCanonical.name]).toEqual(['AID-C106', 'code-not-canonical']));
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
  it('reads a province dissolved before 2025 (Hà Tây, 2008) as today\'s Hà Nội, the old name kept', () => {
    const s = sheet('Aid', [[...AID_HEADER, 'Tỉnh, thành phố'], [...aidRow(1), 'Hà Tây'], [...aidRow(2), 'ha tay']]);
    const r = run(s);
    const rows = r.tables[0].rows;
    expect(rows.map((row) => row.v.province)).toEqual(['01', '01']);
    expect(rows.map((row) => row.meta?.provinceText)).toEqual(['Hà Tây', 'ha tay']);
    // Spelled canonically it is kept without complaint; otherwise the fix is the old name spelled right.
    expect(hits('AID-C106', s)).toEqual(['Aid!L3']);
    expect(fixOf('AID-C106', s)).toBe('Hà Tây');
  });
});
