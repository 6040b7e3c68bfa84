// The pane's own words, without a browser: the start-up capability notice against a fake of
// Office.context.requirements.isSetSupported, the date boxes' reading in each language, and plurals.
import { capabilitiesOf, capabilityLines, missingAny } from '../src/taskpane/capabilities';
import { formatPaneDate, parsePaneDate } from '../src/taskpane/dates';
import { label, PANE_LABELS } from '../src/taskpane/labels';
import { consolidationFailure, consolidationStopped } from '../src/taskpane/consolidationWords';

/** An Excel that offers these requirement sets, each up to a version ("1.17" is past "1.9"). */
const excel = (sets: Record<string, string>) => (set: string, version = '1.1'): boolean => {
  const have = sets[set];
  if (!have) return false;
  const [a, b] = have.split('.').map(Number);
  const [x, y] = version.split('.').map(Number);
  return a > x || (a === x && b >= y);
};

describe('the start-up capability check', () => {
  it('Microsoft 365: everything works, and the notice says so', () => {
    const caps = capabilitiesOf(excel({ ExcelApi: '1.17', CustomFunctionsRuntime: '1.4', SharedRuntime: '1.2' }));
    expect(caps).toEqual({ pane: true, mergedCells: true, functions: true, sharedRuntime: true });
    expect(missingAny(caps)).toBe(false);
    expect(capabilityLines(caps, 'en').every((l) => l.ok)).toBe(true);
    expect(capabilityLines(caps, 'vi').map((l) => l.text)).toContain('Các hàm AID.* dùng được trong mọi ô.');
  });

  it('a volume-licensed Excel without custom functions or shared runtime: what does not work comes first, with what to do', () => {
    const caps = capabilitiesOf(excel({ ExcelApi: '1.10' }));
    expect(caps).toEqual({ pane: true, mergedCells: false, functions: false, sharedRuntime: false });
    const en = capabilityLines(caps, 'en');
    expect(en.map((l) => l.ok)).toEqual([false, false, false, true]);
    expect(en[1].text).toBe('AID.* functions are not available in this Excel: the check column uses built-in formulas instead; use Validate here for the full check.');
    expect(capabilityLines(caps, 'vi')[1].text).toMatch(/^Excel này không có các hàm AID\.\*: cột kiểm tra của biểu mẫu dùng công thức sẵn có/);
  });

  it('an Excel too old for the pane says so, and leaves out what only the pane would use', () => {
    const caps = capabilitiesOf(excel({ ExcelApi: '1.8', CustomFunctionsRuntime: '1.1' }));
    expect(caps.pane).toBe(false);
    const lines = capabilityLines(caps, 'en');
    expect(lines[0]).toEqual({ ok: false, text: PANE_LABELS.needsExcelApi.en });
    expect(lines.some((l) => /merged/i.test(l.text))).toBe(false);
  });

  it('a requirement check that throws counts as not supported', () => {
    expect(capabilitiesOf(() => { throw new Error('no Office'); }).functions).toBe(false);
  });
});

describe('the summary\'s date boxes', () => {
  it.each([
    ['31/12/2024', 'vi', '2024-12-31'], ['1/2/2024', 'vi', '2024-02-01'], ['01.02.2024', 'vi', '2024-02-01'],
    ['12/31/2024', 'en', '2024-12-31'], ['1/2/2024', 'en', '2024-01-02'], ['2024-02-29', 'vi', '2024-02-29'], ['2024-02-29', 'en', '2024-02-29'],
  ] as const)('"%s" in %s is %s', (text, lang, iso) => {
    expect(parsePaneDate(text, lang)).toBe(iso);
  });

  it.each([['12/31/2024', 'vi'], ['31/12/2024', 'en'], ['29/02/2023', 'vi'], ['2024-13-01', 'en'], ['31/04/2024', 'vi'], ['hôm qua', 'vi'], ['1/1/24', 'en'], ['', 'vi']] as const)('"%s" in %s is not a date', (text, lang) => {
    expect(parsePaneDate(text, lang)).toBeNull();
  });

  it('are written day first in Vietnamese, month first in English', () => {
    expect([formatPaneDate('2024-03-05', 'vi'), formatPaneDate('2024-03-05', 'en')]).toEqual(['05/03/2024', '03/05/2024']);
  });
});

describe('plurals in English, none in Vietnamese', () => {
  it('1 cell, 2 cells', () => {
    expect([label('fixed', 'en', { n: 1 }), label('fixed', 'en', { n: 2 }), label('fixed', 'vi', { n: 1 })]).toEqual(['Fixed 1 cell.', 'Fixed 2 cells.', 'Đã sửa 1 ô.']);
    expect(label('found', 'en', { tables: 1, errors: 1, warnings: 0 })).toBe('Found 1 register, 1 error, 0 warnings.');
    expect(label('confirmFix', 'en', { n: 1 })).toBe('1 cell will change. Continue?');
  });

  it('no English label says a count with a noun that does not follow it', () => {
    // "{n} cells", "{n} rows"…: every count before an English noun goes through {n:one|many}.
    for (const [key, l] of Object.entries(PANE_LABELS)) expect([key, /\{\w+\} (cells|rows|registers|errors|warnings)\b/.test(l.en)]).toEqual([key, false]);
  });
});

describe('Consolidate stopped before its end, in one line', () => {
  const failure = { reason: 'An internal error has occurred.', part: 3, parts: 7 };

  it('cancelled: the sheets removed, or nothing written yet', () => {
    expect(consolidationStopped(['Các tệp', 'Tổng hợp 2024'], 'vi')).toBe('Đã dừng gộp sổ: đã xóa 2 trang vừa thêm (Các tệp, Tổng hợp 2024); tệp đang mở giữ nguyên như trước.');
    expect(consolidationStopped(['Files'], 'en')).toBe('Consolidate stopped: the 1 sheet it had added (Files) was removed; the workbook is as it was.');
    expect(consolidationStopped([], 'en')).toBe('Consolidate stopped before writing: the workbook is unchanged.');
  });

  it('an Excel error, cleaned up: which part, and that the workbook is as it was', () => {
    expect(consolidationFailure({ ...failure, left: [], cleanedUp: true }, 'vi')).toBe('Gộp sổ không xong: Excel báo lỗi khi ghi phần 3/7 (An internal error has occurred.). Các trang vừa thêm đã được xóa; tệp đang mở giữ nguyên như trước.');
  });

  it('the clean-up failed too: the sheets to delete by hand, or the signing options to check', () => {
    expect(consolidationFailure({ ...failure, left: ['Các tệp', 'Các vấn đề'], cleanedUp: false }, 'en')).toBe('Consolidate did not finish and could not remove the sheets it had added (An internal error has occurred.): please delete Các tệp, Các vấn đề yourself.');
    expect(consolidationFailure({ ...failure, left: [], cleanedUp: false }, 'vi')).toMatch(/^Gộp sổ không xong \(An internal error has occurred\.\) và không chắc tiêu đề, chữ ký đã lưu được trả lại như cũ/);
    // Never "as it was" when it may not be.
    for (const lang of ['vi', 'en'] as const) {
      for (const left of [[], ['X']]) expect(consolidationFailure({ ...failure, left, cleanedUp: false }, lang)).not.toMatch(/giữ nguyên|as it was/);
    }
  });
});
