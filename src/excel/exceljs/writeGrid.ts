// Writes sample register sheets (plain value grids) with ExcelJS: dates get a dd/mm/yyyy format,
// money a thousands format, legacy-font cells their font. Used by the demo and the benchmark.
import type ExcelJS from 'exceljs';
import type { SampleSheet } from '../../sample/generate';

export function writeGridSheet(wb: ExcelJS.Workbook, s: SampleSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : undefined);
  for (let r = 0; r < s.rows.length; r++) {
    const src = s.rows[r];
    if (!src || src.length === 0) continue;
    const values: ExcelJS.CellValue[] = [];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      values[c + 1] = v === undefined || v === null ? null : v instanceof Date || typeof v !== 'object' ? v : { error: v.error } as ExcelJS.CellErrorValue;
    }
    ws.getRow(r + 1).values = values;
  }
  for (const c of s.dateCols) ws.getColumn(c + 1).numFmt = 'dd/mm/yyyy';
  // Fixed decimals: "#,##0.##" shows a whole number with a bare separator ("1.000.000,").
  for (const c of s.moneyCols) ws.getColumn(c + 1).numFmt = '#,##0.00';
  for (const f of s.fonts ?? []) ws.getCell(f.row + 1, f.col + 1).font = { name: f.font };
  // A formula keeps the value the sheet computed as its cached result, as Excel saves it.
  for (const f of s.formulas ?? []) {
    const cell = ws.getCell(f.row + 1, f.col + 1);
    cell.value = { formula: f.formula, result: cell.value as number } as ExcelJS.CellFormulaValue;
  }
  for (const m of s.merges ?? []) ws.mergeCells(m);
  ws.columns.forEach((col) => { col.width = 16; });
  for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  for (const c of s.hiddenCols ?? []) ws.getColumn(c + 1).hidden = true;
  return ws;
}
