// The few XML edits made on whole (small) package parts, by the graft (graft.ts) and by the CLI's chart
// and custom-properties parts (excel/exceljs): find an element's start tag, read or set one attribute,
// find a section and its top-level children, escape text. Scanned with indexOf and one pass over each
// tag's characters, never a regular expression over the part, so a part costs linear time. Element
// names are matched without a prefix only: a package whose parts carry one is not grafted (see
// graft.ts), and ExcelJS writes none, so a match here is the element of the SpreadsheetML namespace.

export interface Tag { start: number; end: number; empty: boolean; text: string }

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The end of the tag opened at `lt` (the index after its '>'), quotes respected; -1 if unfinished. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) { if (c === quote) quote = 0; } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
}

/** The next start tag of `name` at or after `from` (not a longer name that begins alike). */
export function findTag(xml: string, name: string, from = 0): Tag | null {
  const open = `<${name}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + 1)) {
    const c = xml.charCodeAt(at + open.length);
    if (!(isSpace(c) || c === 47 || c === 62)) continue;
    const end = tagEnd(xml, at);
    if (end < 0) return null;
    return { start: at, end, empty: xml.charCodeAt(end - 2) === 47, text: xml.slice(at, end) };
  }
  return null;
}

/** Every start tag of `name` in order. */
export function allTags(xml: string, name: string): Tag[] {
  const out: Tag[] = [];
  for (let t = findTag(xml, name); t; t = findTag(xml, name, t.end)) out.push(t);
  return out;
}

/** The attributes of a start tag, in order, values still escaped. */
export function attributes(tag: string): [string, string][] {
  const out: [string, string][] = [];
  let i = tag.indexOf(' ');
  if (i < 0) return out;
  while (i < tag.length) {
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    const eq = tag.indexOf('=', i);
    if (eq < 0) break;
    const name = tag.slice(i, eq).trim();
    const q = tag[eq + 1];
    if (q !== '"' && q !== "'") break;
    const close = tag.indexOf(q, eq + 2);
    if (close < 0) break;
    out.push([name, tag.slice(eq + 2, close)]);
    i = close + 1;
  }
  return out;
}

/** An attribute's value, unescaped. */
export function attrOf(tag: string, name: string): string | undefined {
  const hit = attributes(tag).find(([n]) => n === name);
  return hit === undefined ? undefined : unescapeXml(hit[1]);
}

/** The tag with `name` set to `value` (escaped here), added before the tag's end when absent; undefined removes it. */
export function withAttr(tag: string, name: string, value: string | undefined): string {
  const attrs = attributes(tag);
  const head = tag.slice(0, tag.search(/[\s/>]/));
  const empty = tag.endsWith('/>');
  const kept = attrs.filter(([n]) => n !== name).map(([n, v]) => `${n}="${v}"`);
  const pos = attrs.findIndex(([n]) => n === name);
  if (value !== undefined) kept.splice(pos < 0 ? kept.length : pos, 0, `${name}="${escapeXml(value)}"`);
  return `${head}${kept.length > 0 ? ' ' : ''}${kept.join(' ')}${empty ? '/>' : '>'}`;
}

/** A section element (<fonts>…</fonts>): its start tag and the span of its content; null when absent. */
export interface Section { tag: Tag; innerStart: number; innerEnd: number; end: number }

export function section(xml: string, name: string): Section | null {
  const tag = findTag(xml, name);
  if (!tag) return null;
  if (tag.empty) return { tag, innerStart: tag.end, innerEnd: tag.end, end: tag.end };
  const close = xml.indexOf(`</${name}>`, tag.end);
  if (close < 0) return null;
  return { tag, innerStart: tag.end, innerEnd: close, end: close + name.length + 3 };
}

/** The top-level elements of a section's content, each whole (comments and text between are skipped). */
export function children(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let lt = inner.indexOf('<'); lt >= 0;) {
    if (inner.startsWith('<!--', lt)) {
      const c = inner.indexOf('-->', lt);
      if (c < 0) break;
      lt = inner.indexOf('<', c + 3);
      continue;
    }
    const end = tagEnd(inner, lt);
    if (end < 0) break;
    const closing = inner.charCodeAt(lt + 1) === 47;
    const empty = !closing && inner.charCodeAt(end - 2) === 47;
    if (closing) {
      depth--;
      if (depth === 0 && start >= 0) { out.push(inner.slice(start, end)); start = -1; }
    } else if (depth === 0) {
      if (empty) out.push(inner.slice(lt, end));
      else { start = lt; depth = 1; }
    } else if (!empty) depth++;
    lt = inner.indexOf('<', end);
  }
  return out;
}

/** The section written with `added` after its children and its count attribute set (created empty if `xml` had none: see insertSection). */
export function appendToSection(xml: string, s: Section, name: string, added: readonly string[], count: number): string {
  const open = withAttr(s.tag.text.replace(/\/>$/, '>'), 'count', String(count));
  const inner = xml.slice(s.innerStart, s.innerEnd);
  return `${xml.slice(0, s.tag.start)}${open}${inner}${added.join('')}</${name}>${xml.slice(s.end)}`;
}

/**
 * Inserts `element` where the schema's sequence puts it: before the first of `before` (elements that
 * must follow it) found in `xml`, else before the root's closing tag.
 */
export function insertBefore(xml: string, element: string, before: readonly string[], rootClose: string): string {
  let at = -1;
  for (const name of before) {
    const t = name.startsWith('</') ? xml.lastIndexOf(name) : findTag(xml, name)?.start ?? -1;
    if (t >= 0 && (at < 0 || t < at)) at = t;
  }
  if (at < 0) at = xml.lastIndexOf(rootClose);
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e];
  });
}

/** The root element's name and start tag: a prefixed root ("x:workbook") means a package the graft leaves alone. */
export function rootTag(xml: string): Tag | null {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at < 0) return null;
    const c = xml.charCodeAt(at + 1);
    if (c !== 63 && c !== 33) break;
    at++;
  }
  const end = tagEnd(xml, at);
  return end < 0 ? null : { start: at, end, empty: xml.charCodeAt(end - 2) === 47, text: xml.slice(at, end) };
}
