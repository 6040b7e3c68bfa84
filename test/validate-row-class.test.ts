// Totals labels (AID-T005, AID-T006 find totals rows by them): the cheap first look of isTotalsText
// must never turn away a text that folds to a label.
import { fold } from '../src/core/base/text';
import { isTotalsText, TOTALS, TOTALS_START } from '../src/core/validate/rowClass';

/** The labels as rowClass.ts defines them, applied to the folded text with no shortcut. */
const byDefinition = (v: string): boolean => v.length <= 30 && TOTALS_START.test(v) && TOTALS.test(fold(v));

describe('isTotalsText', () => {
  it('knows the labels in Vietnamese and English, with or without tone marks', () => {
    for (const v of ['Tổng cộng', 'TỔNG CỘNG', 'Tong cong', 'Tổng', 'Tổng số', 'Cộng', 'CỘNG', 'Cộng I', 'Cộng 2023', 'Total', 'TOTAL', 'Grand total', 'Sum', 'Tổng cộng toàn tỉnh', 'Tổng cộng (I+II)', ' Tổng']) {
      expect([v, isTotalsText(v)]).toEqual([v, true]);
    }
    for (const v of ['Save the Children', 'GIZ', 'CARE', 'Công ty X', 'Cộng đồng', 'Sumitomo', 'Totally', 'ChildFund', 'Tổng công ty', 'Tổng công ty Điện lực', 'TỔNG CÔNG TY', 'Grand Hotel']) {
      expect([v, isTotalsText(v)]).toEqual([v, false]);
    }
  });

  it('answers as the definition does whatever the first two characters', () => {
    const seconds: string[] = [];
    for (let c = 0; c < 0x250; c++) seconds.push(String.fromCharCode(c));
    seconds.push('ổ', 'ộ', 'Ổ', 'Ộ', '\u0302', '\u0303', 'ư', 'ừ');
    const tails = ['', 'ng', 'ng cong', 'ng so', 'tal', 'tal x', 'm', 'and total', 'ng toan tinh', 'ng I', 'ng 7', 'ng a', 'n'];
    let checked = 0;
    for (const first of ['T', 't', 'C', 'c', 'S', 's', 'G', 'g', 'Đ', ' T', 'X']) {
      for (const second of seconds) {
        for (const tail of tails) {
          const v = first + second + tail;
          if (isTotalsText(v) !== byDefinition(v)) throw new Error(`isTotalsText(${JSON.stringify(v)}) disagrees with the definition`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(70_000);
  });
});
