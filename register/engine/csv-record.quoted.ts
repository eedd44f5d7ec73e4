const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Outcome of `splitQuotedRecord`: the fields and where the next record starts. */
export interface QuotedRecord {
  fields: string[];
  next: number;
  /** A quoted field was not closed, or text followed its closing quote. */
  malformed: boolean;
}

function skipLine(bytes: Uint8Array, position: number, end: number): number {
  while (position < end && bytes[position] !== NEWLINE) position++;
  return Math.min(position + 1, end);
}

/**
 * Splits one CSV record that contains a double quote, following RFC 4180: a field that starts
 * with `"` runs to the next single `"`, may contain commas and line breaks, and writes a quote
 * as `""`. A quote inside an unquoted field is kept as text. Returns null when the record may
 * continue past `end` and `atEnd` is false, so the caller must read more bytes first.
 */
export function splitQuotedRecord(
  bytes: Buffer,
  start: number,
  end: number,
  atEnd: boolean,
): QuotedRecord | null {
  const fields: string[] = [];
  let position = start;
  for (;;) {
    if (position < end && bytes[position] === QUOTE) {
      let text = '';
      let chunkStart = position + 1;
      for (;;) {
        const quote = bytes.indexOf(QUOTE, chunkStart);
        if (quote === -1 || quote >= end) {
          return atEnd ? { fields, next: end, malformed: true } : null;
        }
        if (quote + 1 >= end && !atEnd) return null;
        if (bytes[quote + 1] === QUOTE) {
          text += bytes.toString('utf8', chunkStart, quote + 1);
          chunkStart = quote + 2;
          continue;
        }
        text += bytes.toString('utf8', chunkStart, quote);
        position = quote + 1;
        break;
      }
      fields.push(text);
      const after = bytes[position];
      if (position < end && after === COMMA) {
        position++;
        continue;
      }
      if (position < end && after === CARRIAGE_RETURN && bytes[position + 1] === NEWLINE) {
        return { fields, next: position + 2, malformed: false };
      }
      if (position < end && after === NEWLINE)
        return { fields, next: position + 1, malformed: false };
      if (position >= end) return atEnd ? { fields, next: end, malformed: false } : null;
      return { fields, next: skipLine(bytes, position, end), malformed: true };
    }

    let stop = position;
    while (stop < end && bytes[stop] !== COMMA && bytes[stop] !== NEWLINE) stop++;
    if (stop >= end && !atEnd) return null;
    let fieldEnd = stop;
    const atNewline = stop < end && bytes[stop] === NEWLINE;
    if (atNewline && fieldEnd > position && bytes[fieldEnd - 1] === CARRIAGE_RETURN) fieldEnd--;
    fields.push(bytes.toString('utf8', position, fieldEnd));
    if (stop < end && bytes[stop] === COMMA) {
      position = stop + 1;
      continue;
    }
    return { fields, next: Math.min(stop + 1, end), malformed: false };
  }
}
