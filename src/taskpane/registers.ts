// The registers Validate found and how each column was matched, with a dropdown per register column
// to correct a match. A correction is saved in the workbook by the host, so the next run asks nothing.
import type { Lang, TableInfo } from '../core/model';
import { registerDef } from '../core/schema/registers';
import { colLetter } from '../core/base/a1';
import { el } from './dom';
import type { ColumnMapping } from './host';
import { label } from './labels';

export type MappingChange = (sheet: string, mapping: ColumnMapping | null) => void;

let uid = 0;

function registerBlock(t: TableInfo, lang: Lang, onChange: MappingChange): HTMLElement {
  const def = registerDef(t.kind);
  const details = el('details', undefined, 'register');
  details.dataset.sheet = t.sheet;
  const hidden = t.hiddenRows ? label('hiddenRowsLine', lang, { n: t.hiddenRows.length }) : '';
  details.append(el('summary', `${label('registerLine', lang, { sheet: t.sheet, kind: def[lang], rows: t.rows, row: t.headerRow })}${hidden}`));

  // Every header of the sheet's header row, matched or not, is a choice.
  const headers = [...t.columns.map((c) => ({ col: c.col, header: c.header })), ...t.ignored]
    .sort((a, b) => a.col - b.col);
  const current = new Map(t.columns.map((c) => [c.key, c.col]));
  const table = el('table', undefined, 'mapping');
  const head = el('tr');
  head.append(el('th', label('registerColumn', lang)), el('th', label('sheetColumn', lang)));
  table.append(head);
  const selects: HTMLSelectElement[] = [];
  for (const c of def.columns) {
    const id = `map-${++uid}`;
    const row = el('tr');
    const name = el('label', `${c[lang]}${c.required ? ' *' : ''}`);
    name.htmlFor = id;
    const select = el('select');
    select.id = id;
    select.dataset.key = c.key;
    const none = el('option', label('notPresent', lang));
    none.value = '';
    select.append(none);
    for (const h of headers) {
      const o = el('option', `${colLetter(h.col)}: ${h.header}`);
      o.value = String(h.col);
      select.append(o);
    }
    select.value = current.has(c.key) ? String(current.get(c.key)) : '';
    if (c.required && !current.has(c.key)) select.classList.add('missing');
    selects.push(select);
    const cell = el('td');
    cell.append(select);
    const nameCell = el('td');
    nameCell.append(name);
    row.append(nameCell, cell);
    table.append(row);
  }
  const save = (): void => {
    const columns: Record<string, number> = {};
    for (const s of selects) if (s.value !== '') columns[s.dataset.key!] = Number(s.value);
    onChange(t.sheet, { kind: t.kind, headerRow: t.headerRow, columns });
  };
  for (const s of selects) s.addEventListener('change', save);
  const reset = el('button', label('resetMapping', lang), 'reset');
  reset.addEventListener('click', () => onChange(t.sheet, null));
  details.append(table, reset);
  return details;
}

export function renderRegisters(root: HTMLElement, tables: readonly TableInfo[], lang: Lang, onChange: MappingChange): void {
  const wasOpen = root.querySelector<HTMLDetailsElement>(':scope > details')?.open ?? false;
  root.replaceChildren();
  if (tables.length === 0) return;
  // Folded by default: the problem list is what a run is for; matching is checked now and then.
  const box = el('details', undefined, 'found');
  box.open = wasOpen;
  box.append(el('summary', label('registersFound', lang, { n: tables.length })));
  for (const t of tables) box.append(registerBlock(t, lang, onChange));
  root.append(box);
}
