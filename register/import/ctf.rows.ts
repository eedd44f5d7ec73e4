import { isoDateToDays } from '../../domain/attendance/calendar.date';
import type { CtfPupil, CtfYearData } from './ctf.collect';
import { daysToIsoDate } from './date.days';
import { importError, importWarning, type ProblemLog } from './import.problems';
import type { RegisterRow, RowColumnNames } from './register-row';
import { normalisePupil, readDate, requireValue, type PupilFields } from './row.fields';

/** Character of `AttendanceMarks` that stands for a session that did not take place. */
export const CTF_NO_SESSION = '#';

/** File-level facts used to turn one pupil into rows. */
export interface CtfRowContext {
  file: string;
  log: ProblemLog;
  /** ISO date the file was created. Marks after it are out of the file's range. */
  createdOn: string | null;
}

/** Column names for the characters of `AttendanceMarks`, built once per offset. */
const markColumns: RowColumnNames[] = [];
/** Offsets with cached column names: two years of two sessions a day. */
const MAX_CACHED_OFFSETS = 4 * 366;

function columnsAt(offset: number): RowColumnNames {
  const cached = markColumns[offset];
  if (cached !== undefined) return cached;
  const column = `AttendanceMarks character ${offset + 1}`;
  const columns = {
    upn: 'UPN',
    surname: 'Surname',
    forename: 'Forename',
    yearGroup: 'NCyearActual',
    date: column,
    session: column,
    mark: column,
  };
  if (offset < MAX_CACHED_OFFSETS) markColumns[offset] = columns;
  return columns;
}

function readStartDays(year: CtfYearData, context: CtfRowContext): number | null {
  const { file, log } = context;
  const start = year.startDate;
  if (start === undefined) {
    const place = { file, line: year.line, column: 'AttendanceStartDate', value: '' };
    const message =
      'YearData has AttendanceMarks but no AttendanceStartDate, so the marks cannot be dated. ' +
      'Export the CTF again with attendance included.';
    log.add(importError('import.ctf.start-date-missing', place, message));
    return null;
  }
  const place = { file, line: start.line, column: 'AttendanceStartDate' };
  const iso = readDate(start.text, place, log);
  return iso === null ? null : isoDateToDays(iso);
}

function checkMarksLength(marks: string, line: number, context: CtfRowContext): boolean {
  if (marks.length % 2 === 0) return true;
  const place = {
    file: context.file,
    line,
    column: 'AttendanceMarks',
    value: String(marks.length),
  };
  const message =
    `AttendanceMarks has ${marks.length} characters, but it needs two per day (morning, then ` +
    'afternoon), so the marks cannot be matched to dates. Export the CTF again.';
  context.log.add(importError('import.ctf.marks-length', place, message));
  return false;
}

function logAfterCreation(first: RegisterRow, count: number, context: CtfRowContext): void {
  const place = { ...first.position, value: first.mark };
  const message =
    `AttendanceMarks has ${count} marks dated after ${context.createdOn}, the date in the file ` +
    `header, starting with ${first.date} ${first.session}. Export the CTF again.`;
  context.log.add(importError('import.date.out-of-range', place, message));
}

function expandYear(
  pupil: PupilFields,
  year: CtfYearData,
  context: CtfRowContext,
  rows: RegisterRow[],
): void {
  const marks = year.marks;
  if (marks === undefined) return;
  const startDays = readStartDays(year, context);
  if (startDays === null || !checkMarksLength(marks.text, marks.line, context)) return;

  let late: RegisterRow | null = null;
  let lateCount = 0;
  for (let offset = 0; offset < marks.text.length; offset++) {
    const mark = marks.text.charAt(offset);
    if (mark === CTF_NO_SESSION) continue;
    const columns = columnsAt(offset);
    const date = daysToIsoDate(startDays + (offset >> 1));
    const session = offset % 2 === 0 ? 'AM' : 'PM';
    const position = { file: context.file, line: marks.line, column: columns.mark };
    const row: RegisterRow = {
      upn: pupil.upn,
      surname: pupil.surname,
      forename: pupil.forename,
      yearGroup: pupil.yearGroup,
      date,
      session,
      mark,
      position,
      columns,
    };
    if (context.createdOn !== null && date > context.createdOn) {
      late ??= row;
      lateCount++;
      continue;
    }
    rows.push(row);
  }
  if (late !== null) logAfterCreation(late, lateCount, context);
}

function warnNoMarks(pupil: CtfPupil, context: CtfRowContext): void {
  const place = { file: context.file, line: pupil.line, column: 'AttendanceMarks', value: '' };
  const message =
    `Pupil ${pupil.upn?.text ?? ''} has no AttendanceMarks, so no sessions were read. ` +
    'Export the CTF with attendance marks if this pupil should be included.';
  context.log.add(importWarning('import.ctf.marks-missing', place, message));
}

/**
 * Turns one CTF pupil into rows, two characters per calendar day from `AttendanceStartDate`
 * (morning, then afternoon). `#` means no session and gives no row, on weekdays too. Every
 * other character gives a row, and `validateRegister` rejects any character that is not a
 * code, naming its position, date and session. A CTF has one character per session, so
 * 2024 codes with a sub-code (`Y1`, `C2`, `J1`) cannot be written in one.
 */
export function expandCtfPupil(pupil: CtfPupil, context: CtfRowContext, rows: RegisterRow[]) {
  const place = { file: context.file, line: pupil.line, column: 'UPN' };
  if (!requireValue(pupil.upn?.text ?? '', place, context.log)) return;
  if (!pupil.years.some((year) => year.marks !== undefined)) warnNoMarks(pupil, context);

  const fields = normalisePupil({
    upn: pupil.upn!.text,
    surname: pupil.surname?.text ?? '',
    forename: pupil.forename?.text ?? '',
    yearGroup: pupil.yearGroup?.text ?? '',
  });
  for (const year of pupil.years) expandYear(fields, year, context, rows);
}
