// Calculated table columns in files written by ExcelJS. A table column is calculated when its part says
// so: <tableColumn …><calculatedColumnFormula>formula of the first data row</calculatedColumnFormula>;
// only then does Excel fill the formula into rows users add to the table. ExcelJS 4.4 renders
// <tableColumn/> with a fixed set of attributes and no children, so this workbook's writer is given an
// addTables that adds the element to each table part as it is zipped. Only ExcelJS types are imported:
// the amended method is the workbook's own, reached through wb.xlsx.
import type ExcelJS from 'exceljs';

/** Set on a table column model (ExcelJS keeps the objects it is given) to make the column calculated. */
export interface CalculatedColumn { calculatedColumnFormula?: string }

interface Zip { append(data: string, options: { name: string }): unknown }
interface TableModel { target?: string; columns: CalculatedColumn[] }
interface XlsxWriter {
  addTables?(zip: Zip, model: { worksheets: { tables?: TableModel[] }[] }): unknown;
  calculatedColumns?: true;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The table part with each calculated column's formula as the child Excel reads. */
export function withCalculatedColumns(xml: string, columns: readonly CalculatedColumn[]): string {
  let out = xml;
  columns.forEach((c, j) => {
    if (!c.calculatedColumnFormula) return;
    // ExcelJS numbers columns from 1 in order and escapes '>' in attribute values.
    const leaf = new RegExp(`<tableColumn id="${j + 1}"([^>]*?)/>`);
    if (!leaf.test(out)) throw new Error(`Table part has no column ${j + 1} to make calculated`);
    out = out.replace(leaf, (_, attrs: string) =>
      `<tableColumn id="${j + 1}"${attrs}><calculatedColumnFormula>${escapeXml(c.calculatedColumnFormula!)}</calculatedColumnFormula></tableColumn>`);
  });
  return out;
}

/**
 * Makes `wb`'s xlsx writer keep calculated columns (idempotent). Throws when the ExcelJS in use no longer
 * writes table parts through addTables, rather than writing tables whose new rows stay empty.
 */
export function keepCalculatedColumns(wb: ExcelJS.Workbook): void {
  const writer = wb.xlsx as unknown as XlsxWriter;
  if (writer.calculatedColumns) return;
  const addTables = writer.addTables;
  if (typeof addTables !== 'function') throw new Error('This ExcelJS writes table parts differently; calculated columns need updating');
  writer.addTables = function (zip, model) {
    const byPart = new Map<string, TableModel>();
    for (const ws of model.worksheets) for (const t of ws.tables ?? []) if (t.target) byPart.set(`xl/tables/${t.target}`, t);
    const amending: Zip = {
      append: (data, options) => {
        const table = byPart.get(options.name);
        return zip.append(table ? withCalculatedColumns(data, table.columns) : data, options);
      },
    };
    return addTables.call(this, amending, model);
  };
  writer.calculatedColumns = true;
}
