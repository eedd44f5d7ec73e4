import { UPN_LETTERS, upnCheckLetter } from '../../domain/attendance/upn.check';
import { importError } from './import.problems';
import type { ImportProblem, RegisterRow } from './register-row';

const UPN_FORMAT =
  'A UPN has 13 characters: a check letter, 11 digits, then a digit or a letter ' +
  `(${UPN_LETTERS.charAt(0)} to Z without I, O and S).`;

/**
 * Checks a row's UPN and returns the problem to report, or null when it is valid. The UPN
 * format and check letter follow the DfE guide "Unique pupil numbers (UPNs): a guide for
 * schools and local authorities" (see `domain/attendance/upn.check.ts`).
 */
export function checkRowUpn(row: RegisterRow): ImportProblem | null {
  const upn = row.upn;
  const place = {
    file: row.position.file,
    line: row.position.line,
    column: row.columns?.upn ?? 'upn',
    value: upn,
  };
  const body = upn.slice(1);
  const expected = upn.length === 13 ? upnCheckLetter(body) : null;
  if (expected === null || !UPN_LETTERS.includes(upn.charAt(0))) {
    const message = `Invalid UPN "${upn}". ${UPN_FORMAT} Correct the UPN in the school's MIS and export again.`;
    return importError('import.upn.malformed', place, message);
  }
  if (upn.charAt(0) === expected) return null;
  const message =
    `UPN "${upn}" has the wrong check letter: it starts with ${upn.charAt(0)}, but the check ` +
    `letter for ${body} is ${expected}. A mistyped digit also changes the check letter, so ` +
    "check the whole UPN in the school's MIS.";
  return importError('import.upn.check-letter', place, message);
}
