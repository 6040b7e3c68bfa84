// A detected register as a table: its columns, the language of its headers, and the issues about
// the header itself. Its rows are parsed in dataRows.ts.
import type { HeaderCandidate } from '../detect';
import { a1 } from '../base/a1';
import { boundedMemo } from '../base/memo';
import { fold } from '../base/text';
import type { Lang, SheetInput, TableInfo } from '../model';
import type { RunContext, TableCtx } from './context';
import { RowStore } from './engine/rowStore';
import { missingColumn } from '../rules/table/missingColumn';
import { duplicateColumn } from '../rules/table/duplicateColumn';
import { blankHeader } from '../rules/table/blankHeader';
import { ambiguousHeader } from '../rules/table/ambiguousHeader';

export function buildTable(sheet: SheetInput, cand: HeaderCandidate): TableCtx {
  const { def } = cand;
  // Without a prototype, V8 keeps it as a dictionary, whose hidden class is one for all: keys added
  // one by one to a plain object give each table's layout its own hidden classes, which die with the
  // run and take the rules' compiled code with them (see engine/shapes.ts).
  const colOf = Object.create(null) as Record<string, number>;
  const present: TableCtx['present'] = [];
  for (const m of cand.columns) {
    colOf[m.key] = m.col;
    const cdef = def.columns.find((c) => c.key === m.key)!;
    present.push({ def: cdef, col: m.col, headerCurrency: m.headerCurrency, multiplier: m.multiplier });
  }
  const info: TableInfo = {
    sheet: sheet.name,
    kind: def.kind,
    headerRow: cand.row + 1,
    rows: 0,
    columns: cand.columns,
    ignored: cand.ignored,
    totalsRow: null,
    sections: [],
    subtotalRows: [],
    totalRows: [],
    headerRows: { first: cand.firstRow + 1, last: cand.row + 1 },
  };
  if (cand.unitLine) info.unitLine = cand.unitLine.row + 1;
  const tableName = sheet.tables?.find((t) => tableStartsAt(t.ref, cand.row))?.name;
  if (tableName) info.tableName = tableName;
  // Every field from the start, the later ones undefined: see engine/shapes.ts.
  return { sheet, def, info, colOf, present, store: new RowStore(def, 0), dataLang: headerLanguage(present, cand), ids: undefined, foreign: undefined, rowHashes: undefined };
}

/** "header\0English label": same label once units in brackets, case and tone marks are set aside. Remembered, since AID.CHECK asks once per row. */
const isEnglishLabel = boundedMemo(2000, (pair: string): boolean => {
  const [header, en] = pair.split('\u0000');
  return fold(header.replace(/\([^)]*\)/g, ' ')) === fold(en.replace(/\([^)]*\)/g, ' '));
});

/** English when most matched headers are the English labels; Vietnamese otherwise. */
function headerLanguage(present: TableCtx['present'], cand: HeaderCandidate): Lang {
  let en = 0;
  for (const m of cand.columns) {
    const def = present.find((p) => p.col === m.col)?.def;
    if (def && isEnglishLabel(`${m.header}\u0000${def.en}`)) en++;
  }
  return en * 2 > cand.columns.length ? 'en' : 'vi';
}

function tableStartsAt(ref: string, row0: number): boolean {
  const m = /^[A-Z]+(\d+)/.exec(ref.replace(/\$/g, ''));
  return !!m && Number(m[1]) === row0 + 1;
}

/** The header text of column `col` as the block reads it. */
function headerAt(cand: HeaderCandidate, col: number): string {
  return cand.columns.find((c) => c.col === col)?.header ?? cand.ignored.find((c) => c.col === col)?.header ?? '';
}

/** Table issues about the header itself: missing, duplicate and blank-headed columns. */
export function checkHeader(ctx: RunContext, t: TableCtx, cand: HeaderCandidate): void {
  const sheet = t.sheet.name;
  const kind = t.def.kind;
  const amountHasCurrency = t.present.some((p) => p.def.type === 'amount' && p.headerCurrency);
  for (const c of t.def.columns) {
    if (t.colOf[c.key] !== undefined) continue;
    // The aid register's currency may instead be named in the amount header: "Giá trị cam kết (USD)".
    const needed = c.required || (kind === 'aid-projects' && c.key === 'currency' && !amountHasCurrency);
    if (needed) ctx.sink.add(missingColumn.id, sheet, null, null, { kind, column: c.key, headerRow: cand.row + 1 });
  }
  for (const d of cand.duplicates) {
    ctx.sink.add(duplicateColumn.id, sheet, cand.row, d.match.col, { kind, column: d.match.key, header: d.match.header, first: a1(cand.row, d.first) });
  }
  for (const c of cand.blankHeaderCols) ctx.sink.add(blankHeader.id, sheet, cand.row, c, { kind });
  for (const a of cand.ambiguous) ctx.sink.add(ambiguousHeader.id, sheet, cand.row, a.col, { kind, column: a.key, header: a.header, other: headerAt(cand, a.other) });
}
