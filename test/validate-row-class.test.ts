// Row classes: the totals labels (AID-T005, AID-T006 find totals rows by them) and the cheap first look of isTotalsText,
// which must never turn away a text that folds to a label; headings, notes and the signature block (rowRoles.ts).
import { fold } from '../src/core/base/text';
import { isTotalsText, subtotalMarker, totalsKind, TOTALS, TOTALS_START } from '../src/core/validate/rowClass';
import { groupWords, headingOf, isNoteText, isSignatureText, mayStartRole, MergeCopies, signatureStart } from '../src/core/validate/rowRoles';

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

describe('totals labels: which totals they name', () => {
  it('tells subtotals, the bare "Cộng" and grand totals apart, in VI and EN, with or without tone marks', () => {
    const kinds = (vs: string[]) => vs.map((v) => [v, isTotalsText(v) ? totalsKind(v) : 'not a label']);
    const sub = ['Cộng I', 'CỘNG II', 'Cong III', 'Tổng I', 'TỔNG IV', 'Cộng nhóm', 'Cộng nhóm A', 'Cộng lĩnh vực y tế', 'Cộng ngành', 'Subtotal', 'Sub-total', 'SUBTOTAL B', 'Cộng 2023'];
    const grand = ['Tổng cộng', 'TỔNG CỘNG', 'Tong cong', 'TỔNG SỐ', 'Tổng số', 'Tổng', 'Total', 'Grand total', 'Tổng cộng (I+II)'];
    expect(kinds(sub)).toEqual(sub.map((v) => [v, 'sub']));
    expect(kinds(grand)).toEqual(grand.map((v) => [v, 'grand']));
    expect(kinds(['Cộng', 'CỘNG', 'cong'])).toEqual([['Cộng', 'bare'], ['CỘNG', 'bare'], ['cong', 'bare']]);
    expect(kinds(['Công nghệ cao', 'Cộng đồng', 'Tổng công ty X'])).toEqual([['Công nghệ cao', 'not a label'], ['Cộng đồng', 'not a label'], ['Tổng công ty X', 'not a label']]);
    expect([subtotalMarker('Cộng II'), subtotalMarker('Tổng A'), subtotalMarker('Cộng nhóm')]).toEqual(['ii', 'a', null]);
  });
});

describe('row roles: headings, notes, signature block', () => {
  const copies = new MergeCopies([{ row: 0, col: 0, rows: 1, cols: 6 }]);
  const none = new MergeCopies(undefined);
  const amounts = new Set([5]);
  it('reads a heading as a marker with the name beside it, or both in one cell, merged or not, with its subtotal', () => {
    expect(headingOf(['I', null, 'Y tế', null, null, 1000], 3, none, amounts)).toEqual({ marker: 'I', label: 'Y tế', amounts: [5] });
    expect(headingOf(['B.', 'Lĩnh vực giáo dục'], 3, none, amounts)).toEqual({ marker: 'B', label: 'Lĩnh vực giáo dục', amounts: [] });
    expect(headingOf(['II. Giáo dục', null, null, null, null, 50], 3, none, amounts)).toEqual({ marker: 'II', label: 'Giáo dục', amounts: [5] });
    // Merged across the row: the copies are one heading.
    const merged = Array(6).fill('III - Nông nghiệp');
    expect(headingOf(merged, 0, copies, amounts)).toEqual({ marker: 'III', label: 'Nông nghiệp', amounts: [] });
    expect(headingOf(merged, 1, none, amounts)).toBeNull();
    expect(headingOf(['1. Dự án chuyển tiếp'], 0, none, amounts)).toEqual({ marker: '1', label: 'Dự án chuyển tiếp', amounts: [] });
  });
  it('does not take a data row for a heading', () => {
    expect(headingOf([1, 'VT-1', 'Dự án', 'KOICA', null, 100], 3, none, amounts)).toBeNull();
    expect(headingOf(['A', 'Dự án', 'KOICA'], 3, none, amounts)).toBeNull();
    expect(headingOf(['I', 'Y tế', null, 7], 3, none, amounts)).toBeNull(); // a number outside the amount columns
    expect(headingOf(['1. Dự án', null, null, null, null, 100], 3, none, amounts)).toBeNull();
  });
  it('knows notes and signature cells', () => {
    for (const v of ['Ghi chú: số liệu tạm tính', 'GHI CHÚ', 'Nguồn: Sở Ngoại vụ', '* Dự án chuyển tiếp', '(*) Ước thực hiện', 'Note: provisional', 'Source: DOFA', 'Lưu ý: …']) expect([v, isNoteText(v)]).toEqual([v, true]);
    for (const v of ['Nguyễn Văn A', 'Công ty ABC', 'Save the Children', 'Ghi', 123]) expect([v, isNoteText(v)]).toEqual([v, false]);
    for (const v of ['Yên Bái, ngày 10 tháng 01 năm 2025', 'ngày ... tháng ... năm 2025', 'NGƯỜI LẬP BIỂU', 'Người lập biểu', 'KẾ TOÁN TRƯỞNG', 'THỦ TRƯỞNG ĐƠN VỊ', 'KT. GIÁM ĐỐC', 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC', 'GIAM DOC', 'TM. UBND TỈNH', '(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)', 'Prepared by']) {
      expect([v, isSignatureText(v)]).toEqual([v, true]);
    }
    for (const v of ['UBND tỉnh Quảng Trị', 'Sở Y tế', 'Giám đốc dự án Nguyễn Văn A', 'Quyết định số 12 ngày 3 tháng 4 năm 2024', '(1)', 'Hoa Kỳ']) expect([v, isSignatureText(v)]).toEqual([v, false]);
  });
  it('finds the signature block from the bottom, above the names, never above the figures', () => {
    const rows = [['h'], [1, 'x', 'y', 'z', null, 100], [null, 'Tổng cộng', null, null, null, 100], [], [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'], [null, 'Nguyễn Văn A', null, 'Trần B']];
    expect(signatureStart(rows, 0, [5])).toBe(4);
    expect(signatureStart(rows.slice(0, 3), 0, [5])).toBe(3);
  });
  it('never turns away, at its first characters, a text that is a heading or a note', () => {
    const starts: string[] = [];
    for (let c = 0; c < 0x250; c++) starts.push(String.fromCharCode(c));
    const tails = ['', '.', '. Y tế', ') x', ' - Giáo dục', 'I', 'II. Y tế', 'V', '1. x', '0) x', 'hi chú: x', 'guồn: x', 'ote: x', 'ource x', 'ưu ý x', 'hú thích', 'nh vực y tế', 'nh giáo dục', 'ctor: x', 'nor: JICA', ' tài trợ: x'];
    let checked = 0;
    for (const a of starts) for (const b of [...starts.slice(0x20, 0x80), 'ư', 'ồ', 'ĩ', 'g', '\u00a0', '\t']) for (const tail of tails) {
      const v = a + b + tail;
      // A group's name after its list word ("Lĩnh vực y tế", "DONOR: JICA") may head its rows without a marker.
      const role = headingOf([v], 0, none, amounts) !== null || isNoteText(v) || groupWords(v)?.strong === true;
      if (role && !mayStartRole(v)) throw new Error(`mayStartRole(${JSON.stringify(v)}) turns away a heading or note`);
      checked++;
    }
    // A word may be a group's name alone ("Health", "JAPAN"): only ids and numbers are turned away.
    for (const v of ['I', 'A', 'IV', '7. x', ' * x', 'Health', 'JAPAN', 'DONOR: JICA', 'World Vision']) expect([v, mayStartRole(v)]).toEqual([v, true]);
    for (const v of ['VT-2024-001', '1234567890', '12', 'ODA-2024-01', 'WB', 'AB12']) expect([v, mayStartRole(v)]).toEqual([v, false]);
    expect(checked).toBeGreaterThan(500_000);
  });
});
