import { decodeXmlText } from './xml.entities';
import { XmlSyntaxError } from './xml.errors';

/** An element start, an element end, or the text between two tags. */
export type XmlEvent =
  | { kind: 'open'; name: string; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

const MARKUP_PREFIXES = ['<!--', '<![CDATA['];

/** Maximum characters held for one tag or one text node before the input is rejected. */
export const MAX_XML_PENDING_CHARS = 1024 * 1024;

/**
 * Pull parser for the subset of XML that CTF files use, fed in chunks so that memory stays
 * bounded by the largest tag or text node. It reports elements and text, decodes the five
 * predefined entities, numeric character references and CDATA sections, and skips
 * attributes, comments, processing instructions and a DOCTYPE without an internal subset.
 * Element names lose any namespace prefix. It does not validate against a schema.
 */
export class XmlPullParser {
  private buffer = '';
  private line = 1;
  private text = '';
  private rawText = '';
  private textLine = 1;
  private readonly open: { name: string; line: number }[] = [];

  /** Parses one chunk and appends complete events to `out`. Throws `XmlSyntaxError`. */
  push(chunk: string, out: XmlEvent[]): void {
    this.buffer += chunk;
    let position = 0;
    while (position < this.buffer.length) {
      const next = this.step(position, out);
      if (next === null) break;
      position = next;
    }
    this.buffer = this.buffer.slice(position);
    if (this.buffer.length > MAX_XML_PENDING_CHARS || this.rawText.length > MAX_XML_PENDING_CHARS) {
      throw new XmlSyntaxError(this.line, 'a tag or text is longer than 1 MB');
    }
  }

  /** Checks that the input ended outside markup with every element closed. */
  finish(): void {
    if (this.buffer.trim() !== '')
      throw new XmlSyntaxError(this.line, 'the file ends inside a tag');
    const unclosed = this.open.at(-1);
    if (unclosed !== undefined) {
      throw new XmlSyntaxError(unclosed.line, `element <${unclosed.name}> is never closed`);
    }
  }

  private step(position: number, out: XmlEvent[]): number | null {
    const buffer = this.buffer;
    if (buffer.charCodeAt(position) !== 60) {
      const tagAt = buffer.indexOf('<', position);
      const end = tagAt === -1 ? buffer.length : tagAt;
      if (this.rawText === '' && this.text === '') this.textLine = this.line;
      this.rawText += buffer.slice(position, end);
      this.countLines(position, end);
      return end;
    }
    if (!this.canClassify(position)) return null;
    if (buffer.startsWith('<!--', position)) return this.skipUntil(position, '-->');
    if (buffer.startsWith('<![CDATA[', position)) return this.readCdata(position);
    if (buffer.startsWith('<?', position)) return this.skipUntil(position, '?>');
    if (buffer.startsWith('<!', position)) return this.skipUntil(position, '>');
    return this.readTag(position, out);
  }

  /** Reports whether enough of the markup has arrived to tell a comment or CDATA from a tag. */
  private canClassify(position: number): boolean {
    const start = this.buffer.slice(position, position + 9);
    return !MARKUP_PREFIXES.some(
      (prefix) => prefix.length > start.length && prefix.startsWith(start),
    );
  }

  private skipUntil(position: number, terminator: string): number | null {
    const end = this.buffer.indexOf(terminator, position + 2);
    if (end === -1) return null;
    const next = end + terminator.length;
    this.countLines(position, next);
    return next;
  }

  private readCdata(position: number): number | null {
    const end = this.buffer.indexOf(']]>', position + 9);
    if (end === -1) return null;
    if (this.rawText === '' && this.text === '') this.textLine = this.line;
    this.text += decodeXmlText(this.rawText, this.textLine) + this.buffer.slice(position + 9, end);
    this.rawText = '';
    this.countLines(position, end + 3);
    return end + 3;
  }

  private readTag(position: number, out: XmlEvent[]): number | null {
    const end = findTagEnd(this.buffer, position + 1);
    if (end === -1) return null;
    this.flushText(out);
    const line = this.line;
    const body = this.buffer.slice(position + 1, end);
    this.countLines(position, end + 1);

    if (body.startsWith('/')) {
      this.closeElement(localName(body.slice(1)), line, out);
      return end + 1;
    }
    const name = localName(body);
    if (name === '') throw new XmlSyntaxError(line, `invalid tag <${body}>`);
    out.push({ kind: 'open', name, line });
    if (body.endsWith('/')) out.push({ kind: 'close', name, line });
    else this.open.push({ name, line });
    return end + 1;
  }

  private closeElement(name: string, line: number, out: XmlEvent[]): void {
    const expected = this.open.pop();
    if (expected === undefined || expected.name !== name) {
      const wanted = expected === undefined ? 'no open element' : `</${expected.name}>`;
      throw new XmlSyntaxError(line, `found </${name}> where ${wanted} was expected`);
    }
    out.push({ kind: 'close', name, line });
  }

  private flushText(out: XmlEvent[]): void {
    if (this.rawText === '' && this.text === '') return;
    const text = this.text + decodeXmlText(this.rawText, this.textLine);
    this.text = '';
    this.rawText = '';
    out.push({ kind: 'text', text, line: this.textLine });
  }

  private countLines(start: number, end: number): void {
    let index = this.buffer.indexOf('\n', start);
    while (index !== -1 && index < end) {
      this.line++;
      index = this.buffer.indexOf('\n', index + 1);
    }
  }
}

function findTagEnd(buffer: string, start: number): number {
  let quote = 0;
  for (let index = start; index < buffer.length; index++) {
    const code = buffer.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return index;
    }
  }
  return -1;
}

function localName(body: string): string {
  const name = /^\s*([^\s/>]+)/.exec(body)?.[1] ?? '';
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
