import { XmlSyntaxError } from './xml.errors';

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/g;

function decodeReference(reference: string, complete: boolean, line: number): string {
  if (!complete) throw new XmlSyntaxError(line, `"&${reference}" is missing its closing ";"`);
  if (reference.startsWith('#')) {
    const hex = reference.startsWith('#x');
    const codePoint = Number.parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (codePoint > 0 && codePoint <= 0x10ffff) return String.fromCodePoint(codePoint);
    throw new XmlSyntaxError(line, `"&${reference};" is not a valid character`);
  }
  const decoded = PREDEFINED_ENTITIES[reference];
  if (decoded !== undefined) return decoded;
  throw new XmlSyntaxError(
    line,
    `unknown entity "&${reference};" (only &amp; &lt; &gt; &quot; &apos; are defined)`,
  );
}

/**
 * Replaces the five predefined XML entities and numeric character references in element text.
 * Throws `XmlSyntaxError` for an unknown entity, a reference without ";" or a bare "&".
 */
export function decodeXmlText(text: string, line: number): string {
  if (!text.includes('&')) return text;
  if (text.replace(REFERENCE, '').includes('&')) {
    throw new XmlSyntaxError(line, 'a bare "&" must be written as &amp;');
  }
  return text.replace(REFERENCE, (match, reference: string) =>
    decodeReference(reference, match.endsWith(';'), line),
  );
}
