// AID-C111 legacy-encoding: cases that must raise the rule, at the right cell, and near misses that must not.
import { legacyEncoding } from '../../src/core/rules/cell/legacyEncoding';
import { AID_HEADER, aidRow, sheet, run, hits, fixOf } from './fixtures';

describe(`${legacyEncoding.id} ${legacyEncoding.name}`, () => {
  it('is the rule this file tests', () => expect([legacyEncoding.id, legacyEncoding.name]).toEqual(['AID-C111', 'legacy-encoding']));
  it('repairs TCVN3 text in a .VnTime cell', () => {
    const s = sheet('Aid', [AID_HEADER, aidRow(1, { title: 'Gi¸o dôc' })], (r, c) => (r === 1 && c === 1 ? '.VnTime' : undefined));
    expect(hits('AID-C111', s)).toEqual(['Aid!B2']);
    expect(fixOf('AID-C111', s)).toBe('Giáo dục');
  });
  it.each([
    ['Y TÕ', '.VnTime', 'Y TẾ'], ['Ghi chó', '.VnTime', 'Ghi chú'], ['Sôn La', 'VNI-Times', 'Sơn La'],
  ])('repairs the short text %s in a %s cell, though it could be Unicode', (text, font, fixed) => {
    const s = sheet('Aid', [AID_HEADER, aidRow(1, { title: text })], (r, c) => (r === 1 && c === 1 ? font : undefined));
    expect(hits('AID-C111', s)).toEqual(['Aid!B2']);
    expect(fixOf('AID-C111', s)).toBe(fixed);
  });
  it('leaves the same short text alone in an ordinary font', () => {
    const s = sheet('Aid', [AID_HEADER, aidRow(1, { title: 'Sôn La' })], () => 'Times New Roman');
    expect(hits('AID-C111', s)).toEqual([]);
  });
  it('reads a TCVN3 sector after repair, without a second complaint', () => {
    const s = sheet('Aid', [AID_HEADER, aidRow(1, { sector: 'Gi¸o dôc - §µo t¹o' })], () => '.VnTime');
    expect(run(s).issues.map((i) => i.rule)).toEqual(['AID-C111']);
  });
});
