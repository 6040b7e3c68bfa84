// The registers Validate found and how each column was matched, one block per register (a sheet may
// hold several, stacked or side by side), with a dropdown per register column to correct a match.
// Each column is shown by its full header path ("Giá trị (USD) › Cam kết"). A correction is saved in
// the workbook for that register alone, so the next run asks nothing.
import type { Lang, TableInfo } from '../core/model';
import { regionOf, type RegionRef } from '../core/detect/savedMapping';
import { registerDef } from '../core/schema/registers';
import { colLetter } from '../core/base/a1';
import { el } from './dom';
import type { ColumnMapping } from './host';
import { label } from './labels';

export type MappingChange = (sheet: string, region: RegionRef, mapping: ColumnMapping | null) => void;

/** Longer option texts are also written out under their dropdown: a closed dropdown shows about this much. */
const FITS = 34;

let uid = 0;

/** A header as a person reads it: the group's words over the column's own, left to right. */
export const headerPath = (h: { header: string; path?: string[] }): string => (h.path && h.path.length > 1 ? h.path.join(' › ') : h.header);

function registerLine(t: TableInfo, lang: Lang): string {
  const def = registerDef(t.kind);
  const h = t.headerRows;
  const several = h !== undefined && h.first !== h.last;
  const line = label(several ? 'registerLines' : 'registerLine', lang, { sheet: t.sheet, kind: def[lang], rows: t.rows, row: several ? `${h.first}–${h.last}` : t.headerRow });
  const range = t.range ? label('regionAt', lang, { range: t.range }) : '';
  const hidden = t.hiddenRows ? label('hiddenRowsLine', lang, { n: t.hiddenRows.length }) : '';
  return `${line}${range}${hidden}`;
}

function registerBlock(t: TableInfo, lang: Lang, onChange: MappingChange): HTMLElement {
  const def = registerDef(t.kind);
  const region = regionOf(t);
  const details = el('details', undefined, 'register');
  details.dataset.sheet = t.sheet;
  details.dataset.range = t.range ?? '';
  details.append(el('summary', registerLine(t, lang)));

  // Every header of the register's header block, matched or not, is a choice.
  const headers = [...t.columns, ...t.ignored].map((h) => ({ col: h.col, text: `${colLetter(h.col)}: ${headerPath(h)}` }))
    .sort((a, b) => a.col - b.col);
  const current = new Map(t.columns.map((c) => [c.key, c.col]));
  const list = el('div', undefined, 'mapping');
  list.setAttribute('role', 'group');
  list.setAttribute('aria-label', `${label('registerColumn', lang)} → ${label('sheetColumn', lang)}`);
  const selects: HTMLSelectElement[] = [];
  for (const c of def.columns) {
    const id = `map-${++uid}`;
    const row = el('div', undefined, 'map-row');
    const name = el('label', `${c[lang]}${c.required ? ' *' : ''}`);
    name.htmlFor = id;
    const select = el('select');
    select.id = id;
    select.dataset.key = c.key;
    const none = el('option', label('notPresent', lang));
    none.value = '';
    select.append(none);
    for (const h of headers) {
      const o = el('option', h.text);
      o.value = String(h.col);
      select.append(o);
    }
    select.value = current.has(c.key) ? String(current.get(c.key)) : '';
    if (c.required && !current.has(c.key)) select.classList.add('missing');
    const chosen = el('div', undefined, 'chosen');
    const show = (): void => {
      const text = select.selectedOptions[0]?.textContent ?? '';
      select.title = text;
      chosen.textContent = text.length > FITS ? text : '';
      chosen.hidden = text.length <= FITS;
    };
    show();
    select.addEventListener('change', show);
    selects.push(select);
    row.append(name, select, chosen);
    list.append(row);
  }
  const save = (): void => {
    const columns: Record<string, number> = {};
    for (const s of selects) if (s.value !== '') columns[s.dataset.key!] = Number(s.value);
    onChange(t.sheet, region, { kind: t.kind, headerRow: t.headerRow, columns, span: region.span });
  };
  for (const s of selects) s.addEventListener('change', save);
  const reset = el('button', label('resetMapping', lang), 'reset');
  reset.addEventListener('click', () => onChange(t.sheet, region, null));
  details.append(list, reset);
  return details;
}

export function renderRegisters(root: HTMLElement, tables: readonly TableInfo[], lang: Lang, onChange: MappingChange): void {
  const wasOpen = root.querySelector<HTMLDetailsElement>(':scope > details')?.open ?? false;
  // The register the user was correcting stays open across the new run and a language switch.
  const openOnes = new Set([...root.querySelectorAll<HTMLDetailsElement>('details.register[open]')].map((d) => `${d.dataset.sheet}\u0000${d.dataset.range}`));
  root.replaceChildren();
  if (tables.length === 0) return;
  // Folded by default: the problem list is what a run is for; matching is checked now and then.
  const box = el('details', undefined, 'found');
  box.open = wasOpen;
  box.append(el('summary', label('registersFound', lang, { n: tables.length })));
  for (const t of tables) {
    const block = registerBlock(t, lang, onChange);
    (block as HTMLDetailsElement).open = openOnes.has(`${t.sheet}\u0000${t.range ?? ''}`);
    box.append(block);
  }
  root.append(box);
}
