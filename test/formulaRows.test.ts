// formulaAtRow: a calculated column's formula moved down as Excel fills it, checked case by case and
// against an independent engine's own fill (HyperFormula copy and paste).
import { HyperFormula } from 'hyperformula';
import { formulaAfterInsert, formulaAtRow } from '../src/core/plan/formulaRows';
import { aidConfig, registerAidFunctions } from './helpers/hyperformulaAid';

describe('formulaAtRow', () => {
  it('moves relative rows and keeps absolute ones ($4), in ranges, whole rows and other sheets', () => {
    expect(formulaAtRow('AID.CHECK(A4:T4,"aid-projects",A$3:T$3)', 2)).toBe('AID.CHECK(A6:T6,"aid-projects",A$3:T$3)');
    expect(formulaAtRow('=$A4+A$4+$A$4+a4', 10)).toBe('=$A14+A$4+$A$4+a14');
    expect(formulaAtRow('SUM(4:5,$4:$5)+Data!B2+\'Dữ liệu 2\'!C3', 1)).toBe('SUM(5:6,$4:$5)+Data!B3+\'Dữ liệu 2\'!C4');
    expect(formulaAtRow('SUM(A:T)', 3)).toBe('SUM(A:T)');
    expect(formulaAtRow('XFD1048575', 1)).toBe('XFD1048576');
  });

  it('leaves text, quoted sheet names, structured references, names, functions and numbers alone', () => {
    expect(formulaAtRow('"A4"&\'B4\'!C4&T[[#This Row],[A4]]', 1)).toBe('"A4"&\'B4\'!C5&T[[#This Row],[A4]]');
    expect(formulaAtRow('LOG10(A4)+ATAN2(B4,C4)+_xlfn.IFS(D4>1,1)+1E5+2.5E+3', 1)).toBe('LOG10(A5)+ATAN2(B5,C5)+_xlfn.IFS(D5>1,1)+1E5+2.5E+3');
    expect(formulaAtRow('SEARCH("AID-???? Ngày:",$U4)', 0)).toBe('SEARCH("AID-???? Ngày:",$U4)');
    expect(formulaAtRow('my_name4+ABCD4+A4B', 1)).toBe('my_name4+ABCD4+A4B');
  });

  it('refuses to move a reference off the sheet', () => {
    expect(() => formulaAtRow('A1048576', 1)).toThrow(/leaves the sheet/);
    expect(() => formulaAtRow('A2', -2)).toThrow(/leaves the sheet/);
  });

  it('gives what HyperFormula gives when it fills the formula down (copy and paste)', async () => {
    await registerAidFunctions();
    const formulas = [
      'AID.CHECK(A4:T4,"aid-projects",A$3:T$3)',
      'IF(B4="","",B4*2)&" / "&$A$4&" / "&SUM(B$4:B4)',
      'OR(ISNUMBER(SEARCH("AID-???? Ngày phê duyệt:",$U4)),ISNUMBER(SEARCH("AID-???? Approval date:",$U4)))',
      'IFERROR($U4<>"",TRUE())',
    ];
    // Each formula 2000 rows below the last, pasted further down the same column: only rows move.
    const grid: (string | null)[][] = [];
    formulas.forEach((f, i) => { grid[i * 2000] = [`=${f}`]; });
    const hf = HyperFormula.buildFromSheets({ S: Array.from(grid, (r) => r ?? [null]) }, aidConfig('vi-VN'));
    try {
      const sheet = hf.getSheetId('S')!;
      formulas.forEach((f, i) => {
        for (const down of [1, 7, 995]) {
          hf.copy({ start: { sheet, col: 0, row: i * 2000 }, end: { sheet, col: 0, row: i * 2000 } });
          hf.paste({ sheet, col: 0, row: i * 2000 + down });
          expect(hf.getCellFormula({ sheet, col: 0, row: i * 2000 + down })).toBe(`=${formulaAtRow(f, down)}`);
        }
      });
    } finally {
      hf.destroy();
    }
  });
});

describe('formulaAfterInsert', () => {
  // Two rows inserted above old row 10 (1-based): rows 10 and below move down by 2.
  const after = (r: number): number => (r >= 10 ? r + 2 : r);

  it('moves every reference to its own sheet, absolute or not, and keeps references to other sheets', () => {
    expect(formulaAfterInsert('SUM(B9:B12)+$C$10+C$4', after)).toBe('SUM(B9:B14)+$C$12+C$4');
    expect(formulaAfterInsert("SUMIFS('Dự án'!$R$5:$R$40,'Dự án'!$C$5:$C$40,\"=Y tế\")+B11", after)).toBe("SUMIFS('Dự án'!$R$5:$R$40,'Dự án'!$C$5:$C$40,\"=Y tế\")+B13");
    expect(formulaAfterInsert('Data!B12:B20+B12:B20', after)).toBe('Data!B12:B20+B14:B22');
    expect(formulaAfterInsert('IFERROR((B14-C14)/ABS(C14),"B14")', after)).toBe('IFERROR((B16-C16)/ABS(C16),"B14")');
  });
});
