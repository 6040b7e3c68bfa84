// slideFormula: a shared formula as the other cells of its range read it (src/excel/xlsx/formulaSlide.ts).
import { slideFormula } from '../src/excel/xlsx/formulaSlide';

test.each([
  ['SUM(F5:F19)', 0, 1, 'SUM(G5:G19)'],
  ['SUM(F5:F19)', 2, 0, 'SUM(F7:F21)'],
  ['$F$5+F$5+$F5+F5', 1, 1, '$F$5+G$5+$F6+G6'],
  ["SUM('Dự án (A1)'!E2:E9)", 0, 1, "SUM('Dự án (A1)'!F2:F9)"],
  ['IF(A1="B2","C3",A1)', 1, 0, 'IF(A2="B2","C3",A2)'],
  ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
  ['Z1+AZ1+XFD1', 0, 1, 'AA1+BA1+#REF!'],
  ['A1-B1', -1, 0, '#REF!-#REF!'],
  ['_xlfn.CONCAT(A1)', 0, 1, '_xlfn.CONCAT(B1)'],
] as const)('%s moved by (%i, %i) reads %s', (f, dr, dc, want) => {
  expect(slideFormula(f, dr, dc)).toBe(want);
});

test('linear on a long formula', () => {
  const long = 'A1+'.repeat(50_000) + 'A1';
  expect(slideFormula(long, 1, 0)).toBe('A2+'.repeat(50_000) + 'A2');
});
