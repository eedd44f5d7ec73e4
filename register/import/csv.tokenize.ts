/** One CSV record with the line it starts on. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. A quoted field may carry it over later lines. */
  line: number;
}

/** Maximum characters in one field. No register field comes near it, so more means a stray quote. */
export const MAX_FIELD_CHARS = 64 * 1024;
/** Maximum fields in one record, which stops a line of separators from filling memory. */
export const MAX_RECORD_FIELDS = 10_000;

const QUOTE = 34;
const LF = 10;
const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

/** Thrown when a field or record passes `MAX_FIELD_CHARS` or `MAX_RECORD_FIELDS`. */
export class CsvLimitError extends Error {
  constructor(readonly line: number) {
    super(`CSV record starting on line ${line} is too long`);
    this.name = 'CsvLimitError';
  }
}

/**
 * Splits CSV text into records as chunks arrive, so a quoted field may span chunks and lines.
 * Follows RFC 4180 (double quotes, `""` for a quote inside quotes) and accepts LF, CRLF or CR
 * line ends. A quote inside an unquoted field, or text after a closing quote, is kept as text
 * rather than rejected, as spreadsheet programs do.
 */
export class CsvTokenizer {
  private fields: string[] = [];
  private field = '';
  private state = FIELD_START;
  private skipLineFeed = false;
  private line = 1;
  private recordLine = 1;

  constructor(private readonly separator: number) {}

  /** Tokenizes one chunk and appends the records it completes to `out`. */
  push(chunk: string, out: CsvRecord[]): void {
    const length = chunk.length;
    const separator = this.separator;
    let index = 0;
    let start = 0;

    while (index < length) {
      const code = chunk.charCodeAt(index);
      if (this.skipLineFeed) {
        this.skipLineFeed = false;
        if (code === LF) {
          index++;
          start = index;
          continue;
        }
      }

      if (this.state === QUOTED) {
        if (code === QUOTE) {
          this.field += chunk.slice(start, index);
          this.state = QUOTE_IN_QUOTED;
          start = index + 1;
        } else if (code === LF) {
          this.line++;
        }
        index++;
        continue;
      }

      if (this.state === QUOTE_IN_QUOTED && code === QUOTE) {
        this.field += '"';
        this.state = QUOTED;
        index++;
        start = index;
        continue;
      }

      if (this.state === FIELD_START && code === QUOTE) {
        this.state = QUOTED;
        index++;
        start = index;
        continue;
      }

      if (code === separator) {
        this.endField(chunk.slice(start, index));
        index++;
        start = index;
        continue;
      }

      if (code === LF || code === CR) {
        this.endField(chunk.slice(start, index));
        this.endRecord(out, code === CR);
        index++;
        start = index;
        continue;
      }

      if (this.state !== UNQUOTED) {
        if (this.state === FIELD_START) start = index;
        this.state = UNQUOTED;
      }
      index++;
    }

    this.carryOver(chunk, start, length);
  }

  /**
   * Completes the last record when the text does not end with a line end. Returns the line of
   * a quoted field that is still open, or null when every quote was closed.
   */
  finish(out: CsvRecord[]): number | null {
    if (this.state === QUOTED) return this.recordLine;
    if (this.state !== FIELD_START || this.fields.length > 0) {
      this.endField('');
      this.endRecord(out, false);
    }
    return null;
  }

  private carryOver(chunk: string, start: number, length: number): void {
    if ((this.state === UNQUOTED || this.state === QUOTED) && start < length) {
      this.field += chunk.slice(start, length);
    }
    if (this.field.length > MAX_FIELD_CHARS || this.fields.length > MAX_RECORD_FIELDS) {
      throw new CsvLimitError(this.recordLine);
    }
  }

  private endField(tail: string): void {
    const inField = this.state === UNQUOTED || this.state === QUOTE_IN_QUOTED;
    this.fields.push(inField ? this.field + tail : this.field);
    this.field = '';
    this.state = FIELD_START;
  }

  private endRecord(out: CsvRecord[], endedByCarriageReturn: boolean): void {
    out.push({ fields: this.fields, line: this.recordLine });
    this.fields = [];
    this.line++;
    this.recordLine = this.line;
    this.skipLineFeed = endedByCarriageReturn;
  }
}
