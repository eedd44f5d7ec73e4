import { splitQuotedRecord } from './csv-record.quoted';
import { emptyFastReadCounts, type FastReadCounts } from './fast-read.counts';
import type { EnginePupil, RegisterState } from './pupil-register.state';
import { layoutOfHeader } from './session-csv.header';
import { SessionRowSink, type PrefixOutcome } from './session-csv.row-sink';

const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

function lastComma(bytes: Uint8Array, start: number, end: number): number {
  let position = end - 1;
  while (position >= start && bytes[position] !== COMMA) position--;
  return position;
}

/**
 * Reads a canonical session marks CSV (see `CANONICAL_HEADERS`) straight from bytes into a
 * `RegisterState`. A row costs no string, because the date, session and mark are parsed from
 * the last three fields in place. The pupil fields are decoded only when they differ from the
 * row before, which in a file ordered by pupil is once per pupil. A record with a double quote
 * anywhere takes a slower path that splits it into strings. Unknown and withdrawn codes,
 * invalid dates and sessions, weekend dates and malformed rows are counted and skipped.
 *
 * NOTE: unlike `checkRegisterFile`, it does not check UPN check letters or a date range, and
 * accepts only ISO dates, AM or PM sessions and the exact canonical header.
 */
export class SessionCsvFastReader {
  private sink: SessionRowSink | null = null;
  private prefix = Buffer.alloc(256);
  private prefixWords = new DataView(this.prefix.buffer, this.prefix.byteOffset, 256);
  private prefixLength = -1;
  private prefixOutcome: PrefixOutcome = 'malformed';
  private words: DataView | null = null;

  constructor(private readonly state: RegisterState) {}

  /** True once the header line has been read. */
  get hasHeader(): boolean {
    return this.sink !== null;
  }

  get counts(): FastReadCounts {
    return this.sink?.counts ?? emptyFastReadCounts();
  }

  /** Unknown marks as found (up to 20 distinct), with their rows. */
  get unknownMarks(): ReadonlyMap<string, number> {
    return this.sink?.unknownMarks ?? new Map();
  }

  /**
   * Parses the complete records in `bytes[start..end)` and returns the offset of the first
   * byte not consumed, where the caller must resume once it has read more. With `atEnd`, a
   * final record without a line end is parsed too. Throws `UnsupportedHeaderError` when the
   * first line is not a canonical header.
   */
  parse(bytes: Buffer, start: number, end: number, atEnd: boolean): number {
    const view = end === bytes.length ? bytes : bytes.subarray(0, end);
    this.words = new DataView(view.buffer, view.byteOffset, view.byteLength);
    let position = start;
    if (this.sink === null) {
      position = this.readHeader(view, position, atEnd);
      if (this.sink === null) return position;
    }
    const sink = this.sink;
    let quoteAt = nextQuote(view, position);
    while (position < end) {
      let lineEnd = view.indexOf(NEWLINE, position);
      if (lineEnd === -1) {
        if (!atEnd) break;
        lineEnd = end;
      }
      if (quoteAt < lineEnd) {
        const record = splitQuotedRecord(view, position, end, atEnd);
        if (record === null) break;
        this.prefixLength = -1;
        if (record.malformed) sink.acceptFields([]);
        else sink.acceptFields(record.fields);
        position = record.next;
        quoteAt = nextQuote(view, position);
        continue;
      }
      this.parseLine(sink, view, position, lineEnd);
      position = lineEnd + 1;
    }
    return Math.min(position, end);
  }

  private readHeader(view: Buffer, start: number, atEnd: boolean): number {
    let lineEnd = view.indexOf(NEWLINE, start);
    if (lineEnd === -1) {
      if (!atEnd || start === view.length) return start;
      lineEnd = view.length;
    }
    const layout = layoutOfHeader(view.toString('utf8', start, lineEnd));
    this.sink = new SessionRowSink(this.state, layout);
    return Math.min(lineEnd + 1, view.length);
  }

  private parseLine(sink: SessionRowSink, bytes: Buffer, start: number, lineEnd: number): void {
    let end = lineEnd;
    if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end--;
    if (end === start) return;
    sink.counts.rows++;
    const markComma = lastComma(bytes, start, end);
    const sessionComma = lastComma(bytes, start, markComma);
    const dateComma = lastComma(bytes, start, sessionComma);
    if (dateComma < start) {
      sink.counts.malformedRows++;
      return;
    }
    const pupil = this.pupilOfPrefix(sink, bytes, start, dateComma + 1);
    if (pupil !== null) {
      sink.acceptRow(pupil, bytes, dateComma + 1, sessionComma + 1, markComma + 1, end);
    }
  }

  private pupilOfPrefix(
    sink: SessionRowSink,
    bytes: Buffer,
    start: number,
    end: number,
  ): EnginePupil | null {
    const length = end - start;
    if (length !== this.prefixLength || !this.matchesPrefix(bytes, start, length)) {
      if (length > this.prefix.length) {
        this.prefix = Buffer.alloc(length * 2);
        this.prefixWords = new DataView(this.prefix.buffer, this.prefix.byteOffset, length * 2);
      }
      bytes.copy(this.prefix, 0, start, end);
      this.prefixLength = length;
      this.prefixOutcome = sink.decodePrefix(bytes.toString('utf8', start, end - 1).split(','));
    }
    const outcome = this.prefixOutcome;
    if (typeof outcome !== 'string') return outcome;
    sink.rejectPrefix(outcome);
    return null;
  }

  /** Compares four bytes at a time, which profiled faster here than a byte loop or `Buffer.compare`. */
  private matchesPrefix(bytes: Buffer, start: number, length: number): boolean {
    const words = this.words!;
    const prefixWords = this.prefixWords;
    let index = 0;
    for (; index + 4 <= length; index += 4) {
      if (words.getInt32(start + index) !== prefixWords.getInt32(index)) return false;
    }
    const prefix = this.prefix;
    for (; index < length; index++) if (bytes[start + index] !== prefix[index]) return false;
    return true;
  }
}

function nextQuote(view: Buffer, position: number): number {
  const quote = view.indexOf(QUOTE, position);
  return quote === -1 ? view.length : quote;
}
