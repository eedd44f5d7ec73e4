/**
 * Unique Pupil Number (UPN) format and check letter, from the DfE guide "Unique pupil numbers
 * (UPNs): a guide for schools and local authorities" (version 1.2, June 2019, Annex A,
 * https://www.gov.uk/government/publications/unique-pupil-numbers).
 *
 * A UPN has 13 characters: a check letter, the local authority number (3 digits), the DfE
 * establishment number (4 digits), the last 2 digits of the academic year of allocation, and a
 * serial of 3 digits. A temporary UPN ends in 2 digits and a letter instead.
 */

/** Letters used for check letters and for the last character of a temporary UPN: A to Z without I, O and S. */
export const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const UPN_BODY = /^[0-9]{11}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/;

function characterValue(character: string): number {
  const digit = character.charCodeAt(0) - 48;
  return digit >= 0 && digit <= 9 ? digit : UPN_LETTERS.indexOf(character);
}

/**
 * Computes the check letter for the 12 characters that follow it (UPN characters 2 to 13).
 * Each character is multiplied by its position in the UPN (2 to 13) and the sum is taken
 * modulo 23. A final letter counts as its index in `UPN_LETTERS` (A = 0). The result indexes
 * `UPN_LETTERS`. Returns null when `body` is not 11 digits followed by a digit or one of those
 * letters.
 */
export function upnCheckLetter(body: string): string | null {
  if (!UPN_BODY.test(body)) return null;
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    sum += characterValue(body.charAt(index)) * (index + 2);
  }
  return UPN_LETTERS.charAt(sum % 23);
}

/**
 * Reports whether the text is a well-formed UPN with the right check letter. The text must be
 * exactly 13 upper-case characters with no spaces. The local authority number is not checked
 * against the list of issued numbers.
 */
export function isValidUpn(upn: string): boolean {
  if (upn.length !== 13) return false;
  const expected = upnCheckLetter(upn.slice(1));
  return expected !== null && upn.charAt(0) === expected;
}

/** Reports whether a valid UPN is temporary, which means it ends in a letter. */
export function isTemporaryUpn(upn: string): boolean {
  return isValidUpn(upn) && !/[0-9]$/.test(upn);
}
