import { PUPIL_COLUMNS, SESSION_MARK_COLUMNS } from './columns.specs';
import { readCsvTable, type CsvHeader } from './csv.table';
import type { CsvRecord } from './csv.tokenize';
import type { ProblemLog } from './import.problems';
import type { RegisterRow, RowColumnNames } from './register-row';
import {
  normaliseUpn,
  normaliseYearGroup,
  readDate,
  readSession,
  requireValue,
} from './row.fields';

const COLUMNS = [...PUPIL_COLUMNS, ...SESSION_MARK_COLUMNS];

type RecordReader = (record: CsvRecord) => RegisterRow | null;

function columnNames(header: CsvHeader): RowColumnNames {
  const name = (field: string) => header.columns.header.get(field)!;
  return {
    upn: name('upn'),
    surname: name('surname'),
    forename: name('forename'),
    yearGroup: name('yearGroup'),
    date: name('date'),
    session: name('session'),
    mark: name('mark'),
  };
}

function makeRecordReader(header: CsvHeader, file: string, log: ProblemLog): RecordReader {
  const at = (field: string) => header.columns.index.get(field) ?? -1;
  const [upnAt, surnameAt, forenameAt, yearAt] = [
    at('upn'),
    at('surname'),
    at('forename'),
    at('yearGroup'),
  ];
  const [dateAt, sessionAt, markAt, subCodeAt] = [
    at('date'),
    at('session'),
    at('mark'),
    at('subCode'),
  ];
  const columns = columnNames(header);

  return (record) => {
    const fields = record.fields;
    const line = record.line;
    const upn = fields[upnAt]!;
    const dateText = fields[dateAt]!;
    const sessionText = fields[sessionAt]!;

    if (!requireValue(upn, { file, line, column: columns.upn }, log)) return null;
    if (!requireValue(dateText, { file, line, column: columns.date }, log)) return null;
    if (!requireValue(sessionText, { file, line, column: columns.session }, log)) return null;
    const date = readDate(dateText, { file, line, column: columns.date }, log);
    const session = readSession(sessionText, { file, line, column: columns.session }, log);
    if (date === null || session === null) return null;

    const row: RegisterRow = {
      upn: normaliseUpn(upn),
      surname: fields[surnameAt]!.trim(),
      forename: fields[forenameAt]!.trim(),
      yearGroup: normaliseYearGroup(fields[yearAt]!),
      date,
      session,
      mark: fields[markAt]!,
      position: { file, line, column: columns.mark },
      columns,
    };
    const subCode = subCodeAt === -1 ? '' : fields[subCodeAt]!.trim();
    if (subCode !== '') row.subCode = subCode;
    return row;
  };
}

/**
 * Streams the rows of a session marks CSV, which has one record per pupil per session.
 * Records with a blank UPN, date or session, an invalid date or an invalid session name are
 * logged and skipped. Codes, UPNs and duplicate sessions are left to `validateRegister`.
 */
export async function* readSessionMarksCsv(
  chunks: AsyncIterable<string>,
  file: string,
  log: ProblemLog,
): AsyncGenerator<RegisterRow> {
  let readRecord: RecordReader | null = null;
  for await (const { header, records } of readCsvTable(chunks, COLUMNS, file, log)) {
    readRecord ??= makeRecordReader(header, file, log);
    for (const record of records) {
      const row = readRecord(record);
      if (row !== null) yield row;
    }
  }
}
