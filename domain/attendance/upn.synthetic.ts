import { upnCheckLetter } from './upn.check';

/** Prefix of synthetic UPNs: local authority 916 (Gloucestershire) and establishment 0000. */
const SYNTHETIC_PREFIX = '9160000';
const MAX_SYNTHETIC_NUMBER = 99_999;

/**
 * Makes a valid permanent UPN for synthetic test pupils from a number between 0 and 99,999.
 * The number fills the year and serial digits, so different numbers give different UPNs.
 * Throws RangeError for any other number. Never use these for real pupils.
 */
export function makeSyntheticUpn(pupilNumber: number): string {
  if (!Number.isInteger(pupilNumber) || pupilNumber < 0 || pupilNumber > MAX_SYNTHETIC_NUMBER) {
    throw new RangeError(
      `Invalid synthetic pupil number ${pupilNumber}: expected a whole number from 0 to ${MAX_SYNTHETIC_NUMBER}.`,
    );
  }
  const body = SYNTHETIC_PREFIX + String(pupilNumber).padStart(5, '0');
  return upnCheckLetter(body)! + body;
}
