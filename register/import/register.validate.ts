import { isIsoDate } from '../../domain/attendance/calendar.date';
import { ProblemLog } from './import.problems';
import type { ImportProblem, RegisterRow } from './register-row';
import { RowChecker, type RowCheckOptions } from './row.check';

/** Options for `validateRegister`. */
export interface ValidateRegisterOptions extends RowCheckOptions {
  /** Log to add problems to, usually the one the reader logs to. Defaults to a new log. */
  log?: ProblemLog;
}

/** Outcome of validating a register file. The file may be imported only when `ok` is true. */
export interface ValidationReport {
  /** True when no error was found. Warnings do not stop an import. */
  ok: boolean;
  /** Rows read and checked, including rows with problems. */
  rowCount: number;
  /** Sessions that would be stored, after repeated sessions are dropped. */
  sessionCount: number;
  pupilCount: number;
  /** Errors in the order found, up to the log's limit. */
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** Errors found past the log's limit and not listed. */
  omittedErrors: number;
  omittedWarnings: number;
}

function checkRangeOption(name: string, value: string | undefined): void {
  if (value !== undefined && !isIsoDate(value)) {
    throw new RangeError(`Invalid ${name} date "${value}": expected a real date as YYYY-MM-DD.`);
  }
}

/** Builds the report for a finished check. */
export function buildReport(log: ProblemLog, checker: RowChecker): ValidationReport {
  return {
    ok: log.errorCount === 0,
    rowCount: checker.rowCount,
    sessionCount: checker.sessionCount,
    pupilCount: checker.pupilCount,
    errors: log.errors,
    warnings: log.warnings,
    omittedErrors: log.omittedErrors,
    omittedWarnings: log.omittedWarnings,
  };
}

/**
 * Checks every row against the attendance rules and collects all problems. Codes go through
 * `resolveMark`, which rejects unknown codes, withdrawn codes and local codes without a
 * mapping. It also checks the UPN format and check letter, weekend dates, dates outside
 * `from`..`to`, and sessions given twice, which is an error when the marks differ and a
 * warning when they match. It keeps no rows, only a few bytes per pupil weekday, so memory
 * grows with pupils and days but not with rows. Throws RangeError for a `from` or `to`
 * option that is not a `YYYY-MM-DD` date.
 */
export async function validateRegister(
  rows: AsyncIterable<RegisterRow> | Iterable<RegisterRow>,
  options: ValidateRegisterOptions = {},
): Promise<ValidationReport> {
  checkRangeOption('from', options.from);
  checkRangeOption('to', options.to);
  const log = options.log ?? new ProblemLog();
  const checker = new RowChecker(log, options);
  for await (const row of rows) checker.check(row);
  return buildReport(log, checker);
}
