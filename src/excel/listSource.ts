// A drop-down list's source, as both hosts read it, resolved to the cells (or items) it offers.
// Shared by the ExcelJS and Office.js readers so that both give the engine the same SheetList; plain
// string work, no host API.
import { boxOfA1 } from '../core/base/a1';
import type { CellBox, SheetList } from '../core/model';

/** "='Danh mục'!$B$2:$B$30", "DanhMuc!A2:A9", "$A$2:$A$9" → sheet (null: the formula's own sheet) and box. */
export function parseReference(formula: string): { sheet: string | null; box: CellBox } | null {
  const text = formula.trim().replace(/^=/, '').trim();
  const bang = text.lastIndexOf('!');
  const box = boxOfA1(bang < 0 ? text : text.slice(bang + 1));
  if (!box) return null;
  if (bang < 0) return { sheet: null, box };
  const raw = text.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(raw);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), box };
  return /^[^'\s!:,()]+$/.test(raw) ? { sheet: raw, box } : null;
}

/**
 * ExcelJS keeps a list's formula1 without its "=" and an inline list in double quotes
 * ('"Y tế,Giáo dục"', inner quotes doubled); Excel's own dialog (and Office.js) shows "=DanhMuc!$A$2:$A$40"
 * and "Y tế,Giáo dục". The readers hand the engine the latter.
 */
export function sourceFromFormula1(formula1: string): string {
  const f = formula1.trim();
  const inline = /^"((?:[^"]|"")*)"$/.exec(f);
  if (inline) return inline[1].replace(/""/g, '"');
  return f.startsWith('=') ? f : `=${f}`;
}

/** Defined names: upper-cased name → what it refers to ("'Danh mục'!$A$2:$A$40"). */
export type NameTable = ReadonlyMap<string, string>;

/**
 * What a list offers: a reference (through a defined name when the source is one; names may point at
 * names, followed a few steps), or the inline items. Undefined for what is neither (OFFSET(…), INDIRECT(…),
 * a name of another workbook): the engine then knows only the source text.
 */
export function resolveListSource(source: string, ownSheet: string, names: NameTable): SheetList['resolved'] {
  if (!source.trim().startsWith('=')) {
    const values = source.split(',').map((s) => s.trim()).filter((s) => s !== '');
    return { values };
  }
  let formula = source;
  for (let step = 0; step < 4; step++) {
    const ref = parseReference(formula);
    if (ref) return { sheet: ref.sheet ?? ownSheet, range: ref.box };
    const name = formula.trim().replace(/^=/, '').trim().toUpperCase();
    const target = names.get(name);
    if (target === undefined) return undefined;
    formula = target;
  }
  return undefined;
}
