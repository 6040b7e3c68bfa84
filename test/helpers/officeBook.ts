// A generated sample workbook put into the recording Excel mock, as a user's open workbook.
import { dateToSerial } from '../../src/core/parse/date';
import type { SampleBook } from '../../src/sample/generate';
import { cellKey, createExcelMock, type ExcelRecorder } from './officeMock';

export function mockWithBook(book: SampleBook, extra: (rec: ExcelRecorder) => void = () => undefined): ExcelRecorder {
  const rec = createExcelMock();
  for (const s of book.sheets) {
    const state = rec.addSheetState(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      const value = v instanceof Date ? dateToSerial(v) : v;
      state.cells.set(cellKey(r, c), { value });
    }));
    if (s.hidden) state.visibility = 'Hidden';
    for (const r of s.hiddenRows ?? []) state.hiddenRows.add(r);
    for (const c of s.hiddenCols ?? []) state.hiddenCols.add(c);
    for (const f of s.fonts ?? []) state.cells.set(cellKey(f.row, f.col), { ...state.cells.get(cellKey(f.row, f.col)), font: f.font });
  }
  extra(rec);
  return rec;
}

/** Excel.run over the mock: every batch gets the same context, as in one Excel session. */
export const runOn = (rec: ExcelRecorder) => <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(rec.context);
