import { listValidCodes } from './codes.lookup';
import { CODES_IN_FORCE_FROM, type WithdrawnCodeDefinition } from './codes.withdrawn';

/** Stable identifier of a mark that cannot be used. */
export type MarkErrorCode =
  | 'attendance.code.empty'
  | 'attendance.code.unknown'
  | 'attendance.code.withdrawn'
  | 'attendance.code.mapping-invalid'
  | 'attendance.date.invalid';

/** Stable identifier of a mark that was accepted but needs a person to check it. */
export type MarkWarningCode = 'attendance.code.withdrawn-accepted';

/** Problem found while resolving a register mark, with a message fit to show to school staff. */
export interface MarkIssue<Code extends string> {
  code: Code;
  /** The code as given, trimmed and joined with any sub-code (`Y` and `9` give `Y9`). */
  value: string;
  message: string;
}

/** Mark that cannot be used. */
export type MarkError = MarkIssue<MarkErrorCode>;

/** Mark that was accepted with a caveat. */
export type MarkWarning = MarkIssue<MarkWarningCode>;

/** Builds the error for a blank code. */
export function emptyCodeError(value: string): MarkError {
  return {
    code: 'attendance.code.empty',
    value,
    message: `The attendance code is blank. Record "-" for a session with no mark.`,
  };
}

/** Builds the error for a code that is neither national nor in the code mapping. */
export function unknownCodeError(value: string): MarkError {
  return {
    code: 'attendance.code.unknown',
    value,
    message:
      `Unknown attendance code "${value}". Valid codes: ${listValidCodes()}. ` +
      'If this is a code local to the school, supply a code-mapping file that maps it to one of these.',
  };
}

/** Builds the error for a withdrawn code on a session dated on or after 19 August 2024. */
export function withdrawnCodeError(
  value: string,
  date: string,
  withdrawn: WithdrawnCodeDefinition,
): MarkError {
  return {
    code: 'attendance.code.withdrawn',
    value,
    message:
      `Code ${withdrawn.code} (${withdrawn.meaning}) was withdrawn on ${CODES_IN_FORCE_FROM}, ` +
      `so it is invalid for the session on ${date}. ${withdrawn.replacement}`,
  };
}

/** Builds the warning for a withdrawn code accepted on a session before 19 August 2024. */
export function withdrawnCodeWarning(
  value: string,
  treatedAs: string,
  withdrawn: WithdrawnCodeDefinition,
): MarkWarning {
  return {
    code: 'attendance.code.withdrawn-accepted',
    value,
    message:
      `Code ${withdrawn.code} (${withdrawn.meaning}) was withdrawn on ${CODES_IN_FORCE_FROM}. ` +
      `It was accepted because the session is earlier, and it counts as ${treatedAs}.`,
  };
}

/** Wraps the error found for the target of a code-mapping entry. */
export function mappingTargetError(value: string, target: string, cause: MarkError): MarkError {
  return {
    code: 'attendance.code.mapping-invalid',
    value,
    message: `The code mapping maps "${value}" to "${target}", which is invalid. ${cause.message}`,
  };
}

/** Builds the error for a session date that is not a real `YYYY-MM-DD` date. */
export function invalidDateError(value: string, date: string): MarkError {
  return {
    code: 'attendance.date.invalid',
    value,
    message: `Invalid session date "${date}" for code "${value}": expected a real date as YYYY-MM-DD.`,
  };
}
