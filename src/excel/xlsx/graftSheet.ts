// The rendered summary sheet made to fit the input's package: its shared strings become inline
// strings (the input's shared strings pass through untouched, however large), its style indices
// (cells, rows, columns) and conditional formats' differential formats move past the input's own,
// and it is not selected (the input's selected tab stays the only one, or Excel would group them).
import { attrOf, children, section, unescapeXml, withAttr } from './xmlEdit';
import type { StyleOffsets } from './graftStyles';

/** The inner XML of each shared string (<t>, or rich text runs), as an inline string takes it. */
export function sharedStringItems(sst: string | null): string[] {
  if (sst === null) return [];
  const s = section(sst, 'sst');
  if (!s) return [];
  return children(sst.slice(s.innerStart, s.innerEnd)).map((si) => {
    if (si.endsWith('/>')) return '<t></t>';
    return si.slice(si.indexOf('>') + 1, si.lastIndexOf('</si>'));
  });
}

const shift = (tag: string, name: string, by: number): string => {
  const v = attrOf(tag, name);
  return v === undefined || by === 0 ? tag : withAttr(tag, name, String(Number(v) + by));
};

function nameAt(xml: string, lt: number): string {
  let i = lt + 1;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    i++;
  }
  return xml.slice(lt + 1, i);
}

/** The rendered sheet's XML, made to fit the merged styles part and to need no shared strings. */
export function graftedSheet(xml: string, strings: readonly string[], offsets: StyleOffsets): string {
  const out: string[] = [];
  let copied = 0;
  for (let lt = xml.indexOf('<'); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const name = nameAt(xml, lt);
    if (name !== 'c' && name !== 'row' && name !== 'col' && name !== 'cfRule' && name !== 'sheetView') continue;
    const end = xml.indexOf('>', lt) + 1;
    let tag = xml.slice(lt, end);
    let after = end;
    if (name === 'c') {
      tag = shift(tag, 's', offsets.xf);
      if (attrOf(tag, 't') === 's' && !tag.endsWith('/>')) {
        const close = xml.indexOf('</c>', end);
        const inner = xml.slice(end, close);
        const v0 = inner.indexOf('<v>');
        const index = Number(unescapeXml(inner.slice(v0 + 3, inner.indexOf('</v>', v0))));
        const text = strings[index];
        if (v0 < 0 || text === undefined) throw new Error(`Shared string ${index} missing in the rendered sheet`);
        tag = withAttr(tag, 't', 'inlineStr');
        tag += `<is>${text}</is></c>`;
        after = close + 4;
      }
    } else if (name === 'row') tag = shift(tag, 's', offsets.xf);
    else if (name === 'col') tag = shift(tag, 'style', offsets.xf);
    else if (name === 'cfRule') tag = shift(tag, 'dxfId', offsets.dxf);
    else tag = withAttr(tag, 'tabSelected', undefined);
    out.push(xml.slice(copied, lt), tag);
    copied = after;
    lt = after - 1;
  }
  out.push(xml.slice(copied));
  return out.join('');
}
