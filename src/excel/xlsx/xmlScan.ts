// A small streaming XML tokenizer for the parts of an .xlsx: chunks of text in, open / text / close
// events out, each character looked at a bounded number of times (no regular expression, no
// backtracking, nothing kept but an unfinished tag). Attributes are not parsed ahead: a handler
// reads the ones it needs from the tag's span (attr). Element names lose their namespace prefix
// ("x:c" is "c"), as files from some generators carry one. Well-formedness is checked as far as
// the reader needs it: every close matches its open, and the document ends closed.

export interface XmlHandler {
  /** An element opens; its attributes lie in buf[from, to). `empty`: it closes at once (<x/>). */
  open(name: string, buf: string, from: number, to: number, empty: boolean): void;
  /** Character data, entities decoded; one run of text may come in several calls. */
  text(text: string): void;
  close(name: string): void;
}

export class XmlSyntaxError extends Error {}

const LT = 60, GT = 62, SLASH = 47, QUOTE = 34, APOS = 39, BANG = 33, QUESTION = 63, COLON = 58, AMP = 38;

const isNameEnd = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT;

export class XmlScanner {
  private tail = '';
  private readonly stack: string[] = [];
  private started = false;

  constructor(private readonly h: XmlHandler) {}

  get depth(): number { return this.stack.length; }

  push(chunk: string): void {
    const buf = this.tail.length > 0 ? this.tail + chunk : chunk;
    this.tail = '';
    const n = buf.length;
    let pos = 0;
    while (pos < n) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        // Keep back what the next chunk may complete: an entity cut short, or a CR before its LF.
        let keep = n;
        const amp = buf.lastIndexOf('&');
        if (amp >= pos && buf.indexOf(';', amp) < 0) keep = amp;
        if (keep === n && buf.charCodeAt(n - 1) === 13) keep = n - 1;
        if (keep > pos) this.emitText(buf, pos, keep);
        this.tail = buf.slice(keep);
        return;
      }
      if (lt > pos) this.emitText(buf, pos, lt);
      const next = this.tag(buf, lt);
      if (next < 0) {
        this.tail = buf.slice(lt);
        return;
      }
      pos = next;
    }
  }

  /** The end of the document: nothing may be left open. */
  end(): void {
    if (this.tail.length > 0) {
      const rest = this.tail;
      this.tail = '';
      if (rest.charCodeAt(0) === LT) throw new XmlSyntaxError('the document ends inside a tag');
      this.emitText(rest, 0, rest.length);
    }
    if (this.stack.length > 0) throw new XmlSyntaxError(`<${this.stack[this.stack.length - 1]}> is never closed`);
    if (!this.started) throw new XmlSyntaxError('the document is empty');
  }

  private emitText(buf: string, from: number, to: number): void {
    if (this.stack.length === 0) {
      // Only white space may stand outside the root element.
      for (let i = from; i < to; i++) {
        const c = buf.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) throw new XmlSyntaxError('text outside the root element');
      }
      return;
    }
    this.h.text(decodeText(buf, from, to));
  }

  /** Handles the markup starting at `lt`; returns the position after it, or -1 when it is not all here. */
  private tag(buf: string, lt: number): number {
    const n = buf.length;
    if (lt + 1 >= n) return -1;
    const c1 = buf.charCodeAt(lt + 1);
    if (c1 === QUESTION) {
      const e = buf.indexOf('?>', lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    if (c1 === BANG) {
      if (buf.startsWith('<!--', lt)) {
        const e = buf.indexOf('-->', lt + 4);
        return e < 0 ? -1 : e + 3;
      }
      if (buf.startsWith('<![CDATA[', lt)) {
        const e = buf.indexOf(']]>', lt + 9);
        if (e < 0) return -1;
        if (this.stack.length === 0) throw new XmlSyntaxError('CDATA outside the root element');
        this.h.text(buf.slice(lt + 9, e));
        return e + 3;
      }
      if (lt + 9 > n) return -1;
      if (buf.startsWith('<!DOCTYPE', lt)) throw new XmlSyntaxError('a document type declaration is not allowed');
      throw new XmlSyntaxError('unexpected "<!"');
    }
    if (c1 === SLASH) {
      const gt = buf.indexOf('>', lt + 2);
      if (gt < 0) return -1;
      let end = gt;
      while (end > lt + 2 && isSpace(buf.charCodeAt(end - 1))) end--;
      const name = localName(buf, lt + 2, end);
      const open = this.stack.pop();
      if (open !== name) throw new XmlSyntaxError(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
      this.h.close(name);
      return gt + 1;
    }
    // An open tag: the name, then attributes up to a ">" outside quotes.
    let i = lt + 1;
    while (i < n && !isNameEnd(buf.charCodeAt(i))) i++;
    if (i >= n) return -1;
    if (i === lt + 1) throw new XmlSyntaxError('a tag without a name');
    const nameEnd = i;
    let quote = 0;
    for (; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
        else if (c === LT) throw new XmlSyntaxError('"<" inside an attribute value');
      } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === GT) break;
      else if (c === LT) throw new XmlSyntaxError('"<" inside a tag');
    }
    if (i >= n) return -1;
    const empty = buf.charCodeAt(i - 1) === SLASH && quote === 0 && i - 1 >= nameEnd;
    const name = localName(buf, lt + 1, nameEnd);
    if (this.stack.length === 0 && this.started) throw new XmlSyntaxError('a second root element');
    this.started = true;
    if (empty) {
      this.h.open(name, buf, nameEnd, i - 1, true);
      this.h.close(name);
    } else {
      this.stack.push(name);
      this.h.open(name, buf, nameEnd, i, false);
    }
    return i + 1;
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

function localName(buf: string, from: number, to: number): string {
  for (let i = to - 1; i >= from; i--) if (buf.charCodeAt(i) === COLON) return buf.slice(i + 1, to);
  return buf.slice(from, to);
}

/**
 * The value of attribute `name` (matched on its local name, so "r:id" is found as "id" when asked
 * with `anyPrefix`) in buf[from, to), entities decoded; undefined when absent.
 */
export function attr(buf: string, from: number, to: number, name: string, anyPrefix = false): string | undefined {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(buf.charCodeAt(i))) i++;
    const start = i;
    while (i < to && buf.charCodeAt(i) !== 61 /* = */ && !isSpace(buf.charCodeAt(i))) i++;
    const keyEnd = i;
    while (i < to && buf.charCodeAt(i) !== QUOTE && buf.charCodeAt(i) !== APOS) i++;
    if (i >= to) return undefined;
    const q = buf.charCodeAt(i);
    const vStart = i + 1;
    let vEnd = vStart;
    while (vEnd < to && buf.charCodeAt(vEnd) !== q) vEnd++;
    i = vEnd + 1;
    if (keyEnd - start === name.length && buf.startsWith(name, start)) return decodeAttr(buf, vStart, vEnd);
    if (anyPrefix && keyEnd - start > name.length && buf.charCodeAt(keyEnd - name.length - 1) === COLON
      && buf.startsWith(name, keyEnd - name.length)) return decodeAttr(buf, vStart, vEnd);
  }
  return undefined;
}

function decodeAttr(buf: string, from: number, to: number): string {
  const raw = decodeText(buf, from, to);
  // Attribute-value normalisation: each white-space character reads as a space.
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) plain = false;
  }
  if (plain) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    out += c === 9 || c === 10 || c === 13 ? ' ' : raw[i];
  }
  return out;
}

/** buf[from, to) with entities decoded and line ends normalised (CR LF and lone CR read as LF). */
export function decodeText(buf: string, from: number, to: number): string {
  let amp = -1;
  let cr = false;
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c === AMP) { if (amp < 0) amp = i; } else if (c === 13) cr = true;
  }
  if (amp < 0 && !cr) return buf.slice(from, to);
  const parts: string[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c === 13) {
      parts.push(buf.slice(start, i), '\n');
      if (i + 1 < to && buf.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    } else if (c === AMP) {
      const semi = buf.indexOf(';', i + 1);
      if (semi < 0 || semi > to || semi - i > 12) throw new XmlSyntaxError('a bare "&" in text');
      parts.push(buf.slice(start, i), entity(buf.slice(i + 1, semi)));
      i = semi;
      start = semi + 1;
    }
  }
  parts.push(buf.slice(start, to));
  return parts.join('');
}

function entity(name: string): string {
  switch (name) {
    case 'lt': return '<';
    case 'gt': return '>';
    case 'amp': return '&';
    case 'quot': return '"';
    case 'apos': return "'";
    default: {
      if (name.charCodeAt(0) !== 35 /* # */) throw new XmlSyntaxError(`unknown entity &${name};`);
      const hex = name.charCodeAt(1) === 120 /* x */;
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlSyntaxError(`bad character reference &${name};`);
      return String.fromCodePoint(code);
    }
  }
}
