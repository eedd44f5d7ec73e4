import type { MarkIssue } from '../../domain/attendance/mark.issues';
import { CODE_MAP_OPTION } from './code-map.option';
import { WEEKDAY_NAMES, dayOfWeek } from './date.days';
import { importError, importWarning } from './import.problems';
import type { ImportProblem, RegisterRow } from './register-row';

type RowField = 'upn' | 'date' | 'session' | 'mark';

function placeOf(row: RegisterRow, field: RowField, value: string) {
  const column = field === 'mark' ? row.position.column : (row.columns?.[field] ?? field);
  return { file: row.position.file, line: row.position.line, column, value };
}

function sessionName(row: RegisterRow): string {
  return `${row.date} ${row.session}`;
}

/** Turns a `resolveMark` error or warning into a problem that names the row's session. */
export function markProblem(
  row: RegisterRow,
  severity: ImportProblem['severity'],
  issue: MarkIssue<string>,
  codeMap: ReadonlyMap<string, string> | undefined,
): ImportProblem {
  let message = `${issue.message} (pupil ${row.upn}, session ${sessionName(row)})`;
  if (issue.code === 'attendance.code.unknown' && codeMap === undefined) {
    message +=
      ` To import local codes, pass a mapping file with ${CODE_MAP_OPTION}: a CSV with the` +
      ' header local_code,code and one line per local code, such as X01,Y1.';
  }
  const place = placeOf(row, 'mark', issue.value);
  return severity === 'error'
    ? importError(issue.code, place, message)
    : importWarning(issue.code, place, message);
}

/** Builds the error for a row whose date is not `YYYY-MM-DD`, which only hand-built rows can have. */
export function invalidRowDateError(row: RegisterRow): ImportProblem {
  const message = `Invalid session date "${row.date}": expected a real date as YYYY-MM-DD.`;
  return importError('import.date.invalid', placeOf(row, 'date', row.date), message);
}

/** Builds the error for a mark dated on a Saturday or a Sunday. */
export function weekendError(row: RegisterRow, days: number): ImportProblem {
  const message =
    `Session ${sessionName(row)} is on a ${WEEKDAY_NAMES[dayOfWeek(days)]}, and registers ` +
    'have no weekend sessions. Check the date, and delete the mark if it was entered by mistake.';
  return importError('import.date.weekend', placeOf(row, 'date', row.date), message);
}

/** Builds the error for a mark dated outside the import range. */
export function outOfRangeError(
  row: RegisterRow,
  from: string | undefined,
  to: string | undefined,
): ImportProblem {
  const range = `${from ?? 'the start'} to ${to ?? 'the end'}`;
  const message =
    `Session ${sessionName(row)} is outside the import range, ${range}. ` +
    'Export the register for that range only, or widen the range.';
  return importError('import.date.out-of-range', placeOf(row, 'date', row.date), message);
}

/** Builds the warning for a session given twice with the same mark. */
export function duplicateWarning(
  row: RegisterRow,
  earlierLine: number,
  code: string,
): ImportProblem {
  const message =
    `Pupil ${row.upn} has session ${sessionName(row)} twice with the same mark "${code}", on ` +
    `lines ${earlierLine} and ${row.position.line}. The repeat on line ${row.position.line} is ignored.`;
  return importWarning('import.session.duplicate', placeOf(row, 'mark', row.mark), message);
}

/** Builds the error for a session given twice with different marks. */
export function conflictError(
  row: RegisterRow,
  earlierLine: number,
  earlierCode: string,
  code: string,
): ImportProblem {
  const message =
    `Pupil ${row.upn} has two different marks for session ${sessionName(row)}: "${earlierCode}" ` +
    `on line ${earlierLine} and "${code}" on line ${row.position.line}. ` +
    'Correct the register in the MIS and export it again.';
  return importError('import.session.conflict', placeOf(row, 'mark', row.mark), message);
}
