import { isoDateToDays } from '../../domain/attendance/calendar.date';
import type { SessionName } from '../../domain/attendance/session.types';
import { GRID_SESSION_COLUMNS, PUPIL_COLUMNS, WEEKLY_GRID_COLUMNS } from './columns.specs';
import { readCsvTable, type CsvHeader } from './csv.table';
import type { CsvRecord } from './csv.tokenize';
import { WEEKDAY_NAMES, dayOfWeek, daysToIsoDate } from './date.days';
import { importError, type ProblemLog } from './import.problems';
import type { RegisterRow, RowColumnNames } from './register-row';
import { normalisePupil, readDate, requireValue } from './row.fields';

const COLUMNS = [...PUPIL_COLUMNS, ...WEEKLY_GRID_COLUMNS];

/** One of the ten session columns: where it is, and which day and session it holds. */
interface GridCell {
  index: number;
  dayOffset: number;
  session: SessionName;
  columns: RowColumnNames;
}

function gridCells(header: CsvHeader): GridCell[] {
  const name = (field: string) => header.columns.header.get(field)!;
  return GRID_SESSION_COLUMNS.map((field, position) => {
    const cellName = name(field);
    return {
      index: header.columns.index.get(field)!,
      dayOffset: position >> 1,
      session: position % 2 === 0 ? 'AM' : 'PM',
      columns: {
        upn: name('upn'),
        surname: name('surname'),
        forename: name('forename'),
        yearGroup: name('yearGroup'),
        date: cellName,
        session: cellName,
        mark: cellName,
      },
    };
  });
}

/** Returns the Monday before a Tuesday to Friday, or the Monday after a Saturday or Sunday. */
function nearestWeekStart(days: number, weekday: number): number {
  if (weekday === 0) return days + 1;
  if (weekday === 6) return days + 2;
  return days - (weekday - 1);
}

function readWeekStart(
  value: string,
  place: { file: string; line: number; column: string },
  log: ProblemLog,
) {
  if (!requireValue(value, place, log)) return null;
  const iso = readDate(value, place, log);
  if (iso === null) return null;
  const days = isoDateToDays(iso);
  const weekday = dayOfWeek(days);
  if (weekday === 1) return days;
  const monday = daysToIsoDate(nearestWeekStart(days, weekday));
  const message =
    `Week start ${iso} is a ${WEEKDAY_NAMES[weekday]}, but each week must start on a Monday. ` +
    `Change it to the Monday that starts the week, probably ${monday}.`;
  log.add(importError('import.week.not-monday', { ...place, value }, message));
  return null;
}

function makeRecordReader(header: CsvHeader, file: string, log: ProblemLog) {
  const at = (field: string) => header.columns.index.get(field)!;
  const cells = gridCells(header);
  const upnColumn = header.columns.header.get('upn')!;
  const weekColumn = header.columns.header.get('week')!;

  return (record: CsvRecord, rows: RegisterRow[]): void => {
    const { fields, line } = record;
    if (!requireValue(fields[at('upn')]!, { file, line, column: upnColumn }, log)) return;
    const weekDays = readWeekStart(fields[at('week')]!, { file, line, column: weekColumn }, log);
    if (weekDays === null) return;

    const pupil = normalisePupil({
      upn: fields[at('upn')]!,
      surname: fields[at('surname')]!,
      forename: fields[at('forename')]!,
      yearGroup: fields[at('yearGroup')]!,
    });
    for (const cell of cells) {
      const mark = fields[cell.index]!;
      if (mark.trim() === '') continue;
      const date = daysToIsoDate(weekDays + cell.dayOffset);
      const position = { file, line, column: cell.columns.mark };
      rows.push({
        upn: pupil.upn,
        surname: pupil.surname,
        forename: pupil.forename,
        yearGroup: pupil.yearGroup,
        date,
        session: cell.session,
        mark,
        position,
        columns: cell.columns,
      });
    }
  };
}

/**
 * Streams the rows of a weekly grid CSV (Bromcom attendance by week), which has one record per
 * pupil per week and ten session columns from MonAM to FriPM. An empty cell means the pupil
 * had no session then (school closed, or not on roll) and gives no row. A `-` cell is a
 * session with no mark and gives a row with mark `-`. A week start that is not a Monday is an
 * error and skips the record.
 */
export async function* readWeeklyGridCsv(
  chunks: AsyncIterable<string>,
  file: string,
  log: ProblemLog,
): AsyncGenerator<RegisterRow> {
  let readRecord: ReturnType<typeof makeRecordReader> | null = null;
  const rows: RegisterRow[] = [];
  for await (const { header, records } of readCsvTable(chunks, COLUMNS, file, log)) {
    readRecord ??= makeRecordReader(header, file, log);
    for (const record of records) {
      readRecord(record, rows);
      yield* rows;
      rows.length = 0;
    }
  }
}
