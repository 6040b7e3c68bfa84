// Sample workbooks for tests: the generator's sheets as the engine's input, without going through a file.
import type { SheetInput, WorkbookInput } from '../../src/core/model';
import { ymdToDay } from '../../src/core/parse/date';
import { generateSample, type SampleBook } from '../../src/sample/generate';

export const TODAY = ymdToDay(2026, 11, 23);

export function sampleBook(plant = true, aidProjects = 60, fdiProjects = 30): SampleBook {
  return generateSample({ aidProjects, fdiProjects, today: TODAY, plant });
}

export function toInput(book: SampleBook): WorkbookInput {
  return {
    sheets: book.sheets.map((s): SheetInput => {
      const fonts = new Map((s.fonts ?? []).map((f) => [`${f.row},${f.col}`, f.font]));
      const formulas = new Map((s.formulas ?? []).map((f) => [`${f.row},${f.col}`, f.formula]));
      const out: SheetInput = { name: s.name, rows: s.rows, font: (r, c) => fonts.get(`${r},${c}`), formula: (r, c) => formulas.get(`${r},${c}`) };
      // What the readers give for what the user hid.
      if (s.hidden) out.visibility = 'hidden';
      if (s.hiddenRows) out.hiddenRows = s.hiddenRows;
      if (s.hiddenCols) out.hiddenCols = s.hiddenCols;
      return out;
    }),
  };
}
