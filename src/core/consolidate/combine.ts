// One register per kind out of the registers of many workbooks (a province's departments and
// districts): every data row keeps its source (file, sheet, row), and each cell is written so that
// reading the combined register again gives the same figure as the source did:
// - a clean value as the engine understood it: amounts in the currency's own unit (the source's
//   "(triệu đồng)" or "Đơn vị tính" already applied), dates as dates, codes in their canonical spelling;
// - an approximate amount as "about 4000000000", so it stays approximate and counts as it did;
// - a value the engine could not read exactly as the user typed it, so the same problem shows again.
import type { ParsedTable, ParsedValue, RawValue, ValidationResult, WorkbookInput } from '../model';
import { REGISTER_KINDS, registerDef, type ColumnDef, type RegisterKind } from '../schema/registers';
import { dayToExcelSerial } from '../parse/date';

/** Where a combined row came from: the file, its sheet and 1-based row. */
export interface RowSource { file: string; sheet: string; row: number }

/** One validated workbook: its name (a file path), what was read, what the engine answered. */
export interface SourceBook { file: string; input: WorkbookInput; result: ValidationResult }

export interface CombinedRegister {
  kind: RegisterKind;
  /** The register's columns in schema order; `cells[i][j]` is column j of row i. */
  columns: readonly ColumnDef[];
  cells: RawValue[][];
  sources: RowSource[];
  /** For each row, its identity (the id columns' values) or null for registers without ids. */
  ids: (string | null)[];
}

function cellOf(def: ColumnDef, row: ParsedTable['rows'][number], raw: RawValue): RawValue {
  const bad = row.errorColumns ? row.errorColumns.includes(def.key) : row.hasError;
  const v: ParsedValue | undefined = row.v[def.key];
  // A value the engine could not take, or one it holds no parsed form of: as the user wrote it.
  // A period keeps its own words too: "03/2024" is a month, which a date would make a day.
  if (bad || v === undefined || def.type === 'period') return raw ?? null;
  if (v === null) return null;
  // As Excel stores a date: the plan gives the column a date format.
  if (def.type === 'date' && typeof v === 'number') return dayToExcelSerial(v);
  if (def.type === 'amount' && typeof v === 'number') {
    // The row's qualifier ("khoảng", "trên") belongs to the amount written as text: numbers carry none.
    const approx = typeof raw === 'string' ? row.meta?.approx : undefined;
    return approx ? `${approx} ${plainNumber(v)}` : v;
  }
  return v;
}

/** Digits a reader in any locale takes the same way: no grouping, '.' only before decimals. */
function plainNumber(n: number): string {
  return Number.isInteger(n) ? n.toFixed(0) : String(n);
}

/** The registers of all the books, kind by kind, in the books' order and each book's sheet order. */
export function combineRegisters(books: readonly SourceBook[]): CombinedRegister[] {
  const out: CombinedRegister[] = [];
  for (const kind of REGISTER_KINDS) {
    const def = registerDef(kind);
    const reg: CombinedRegister = { kind, columns: def.columns, cells: [], sources: [], ids: [] };
    for (const book of books) {
      const sheets = new Map(book.input.sheets.map((s) => [s.name, s]));
      for (const t of book.result.tables) {
        if (t.info.kind !== kind) continue;
        const rows = sheets.get(t.info.sheet)?.rows ?? [];
        for (const pr of t.rows) {
          const raw = rows[pr.r] ?? [];
          reg.cells.push(def.columns.map((c) => cellOf(c, pr, t.colOf[c.key] === undefined ? null : raw[t.colOf[c.key]])));
          reg.sources.push({ file: book.file, sheet: t.info.sheet, row: pr.r + 1 });
          // Registers without ids (disbursements) are told apart by the whole row.
          reg.ids.push(def.idKeys.length === 0 ? null : def.idKeys.map((k) => String(pr.v[k] ?? '').trim()).join('\u0000') || null);
        }
      }
    }
    if (reg.cells.length > 0) out.push(reg);
  }
  return out;
}
