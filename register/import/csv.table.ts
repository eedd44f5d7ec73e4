import type { ColumnSpec, MatchedColumns } from './columns.match';
import { matchColumns } from './columns.match';
import { readCsvRecords } from './csv.records';
import type { CsvRecord } from './csv.tokenize';
import { importError, type ProblemLog } from './import.problems';

/** Header of a CSV file matched against the columns a reader needs. */
export interface CsvHeader {
  columns: MatchedColumns;
  fieldCount: number;
  line: number;
}

/** Matches the first record against the column specs, logging missing or repeated columns. */
export function readCsvHeader(
  record: CsvRecord,
  specs: readonly ColumnSpec[],
  file: string,
  log: ProblemLog,
): CsvHeader | null {
  const columns = matchColumns(record.fields, specs, { file, line: record.line }, log);
  if (columns === null) return null;
  return { columns, fieldCount: record.fields.length, line: record.line };
}

/**
 * Checks that a record has as many fields as the header. Extra fields are allowed only when
 * blank, because spreadsheet programs add empty trailing cells.
 */
export function checkFieldCount(
  record: CsvRecord,
  header: CsvHeader,
  file: string,
  log: ProblemLog,
): boolean {
  const count = record.fields.length;
  if (count === header.fieldCount) return true;
  if (count > header.fieldCount) {
    const extra = record.fields.slice(header.fieldCount);
    if (extra.every((field) => field.trim() === '')) return true;
  }
  const message =
    `Line ${record.line} has ${count} fields but the header has ${header.fieldCount}. ` +
    'Put values that contain the separator in double quotes, and check for missing separators.';
  const place = { file, line: record.line, column: '', value: String(count) };
  log.add(importError('import.row.field-count', place, message));
  return false;
}

/** Logs `import.file.empty` for a file with no header, or with a header and no rows. */
export function logEmptyFile(file: string, header: CsvHeader | null, log: ProblemLog): void {
  const message =
    header === null
      ? 'The file is empty. It needs a header row and at least one data row.'
      : 'The file has a header row but no data rows. Export it again with the data included.';
  const line = header?.line ?? 1;
  log.add(importError('import.file.empty', { file, line, column: '', value: '' }, message));
}

/** Data records of a CSV file that passed the field count check, with the file's header. */
export interface CsvTableBatch {
  header: CsvHeader;
  records: CsvRecord[];
}

/**
 * Streams a CSV file's data records in batches after matching its header against `specs`.
 * Logs an error and yields nothing more when the header does not match, and logs
 * `import.file.empty` when there is no header or no data record.
 */
export async function* readCsvTable(
  chunks: AsyncIterable<string>,
  specs: readonly ColumnSpec[],
  file: string,
  log: ProblemLog,
): AsyncGenerator<CsvTableBatch> {
  let header: CsvHeader | null = null;
  let dataRecords = 0;
  const errorsBefore = log.errorCount;

  for await (const batch of readCsvRecords(chunks, file, log)) {
    let records = batch;
    if (header === null) {
      header = readCsvHeader(batch[0]!, specs, file, log);
      if (header === null) return;
      records = batch.slice(1);
    }
    const current = header;
    const accepted = records.filter((record) => checkFieldCount(record, current, file, log));
    dataRecords += records.length;
    if (accepted.length > 0) yield { header, records: accepted };
  }

  if (dataRecords === 0 && log.errorCount === errorsBefore) logEmptyFile(file, header, log);
}
