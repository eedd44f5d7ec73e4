import { CsvLimitError, CsvTokenizer, MAX_FIELD_CHARS, type CsvRecord } from './csv.tokenize';
import { importError, type ProblemLog } from './import.problems';

const SEPARATORS = [',', ';', '\t'];

/**
 * Picks the field separator from the header line: whichever of comma, semicolon and tab occurs
 * most often outside quotes. Ties and a line with none of them give a comma.
 */
export function detectSeparator(headerLine: string): string {
  const counts = new Map(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}

/**
 * Streams the records of a CSV file in batches, one batch per chunk of text. Blank lines and
 * lines that hold only separators are dropped, which covers trailing blank lines. An unclosed
 * quote or an overlong field logs an error and ends the stream.
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<string>,
  file: string,
  log: ProblemLog,
): AsyncGenerator<CsvRecord[]> {
  let tokenizer: CsvTokenizer | null = null;
  let head = '';
  const batch: CsvRecord[] = [];

  try {
    for await (const chunk of chunks) {
      if (tokenizer === null) {
        head += chunk;
        if (!hasLineEnd(head) && head.length <= MAX_FIELD_CHARS) continue;
        tokenizer = new CsvTokenizer(detectSeparator(firstLine(head)).charCodeAt(0));
        tokenizer.push(head, batch);
      } else {
        tokenizer.push(chunk, batch);
      }
      const records = batch.filter((record) => !isBlankRecord(record));
      batch.length = 0;
      if (records.length > 0) yield records;
    }

    if (tokenizer === null) {
      tokenizer = new CsvTokenizer(detectSeparator(head).charCodeAt(0));
      tokenizer.push(head, batch);
    }
    const openQuoteLine = tokenizer.finish(batch);
    const records = batch.filter((record) => !isBlankRecord(record));
    if (records.length > 0) yield records;
    if (openQuoteLine !== null) log.add(unclosedQuoteError(file, openQuoteLine));
  } catch (error) {
    if (!(error instanceof CsvLimitError)) throw error;
    log.add(fieldTooLongError(file, error.line));
  }
}

function hasLineEnd(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

function firstLine(text: string): string {
  return text.split(/\r\n|\r|\n/, 1)[0] ?? '';
}

function unclosedQuoteError(file: string, line: number) {
  const message =
    `A quoted field that starts on line ${line} has no closing quote. ` +
    'Close the quote, or write a quote inside a quoted field as two quotes ("").';
  return importError('import.csv.unclosed-quote', { file, line, column: '', value: '"' }, message);
}

function fieldTooLongError(file: string, line: number) {
  const message =
    `The record starting on line ${line} has a field longer than ${MAX_FIELD_CHARS} characters ` +
    'or too many fields, which usually means a quote was never closed. Check the quotes on that line.';
  return importError('import.csv.field-too-long', { file, line, column: '', value: '' }, message);
}
