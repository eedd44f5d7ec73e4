import { MARK_CODE_LIST, NO_SESSION } from '../../domain/attendance/codes.indexed';
import { CODES_IN_FORCE_FROM, WITHDRAWN_CODES } from '../../domain/attendance/codes.withdrawn';
import { isoDateToDays } from '../../domain/attendance/calendar.date';
import { weekdayNumberOfDay } from '../../domain/attendance/calendar.weekdays';

const SPACE = 0x20;

/**
 * Code id (see `MARK_CODE_LIST`) of every mark of one or two bytes, indexed by the first byte
 * plus 256 × the second byte (0 for a one-byte mark). Letters match in either case, as they do
 * in `resolveMark`. Unknown marks map to `NO_SESSION`.
 */
const CODE_ID_BY_BYTES: Uint8Array = buildLookup();

/** 1 for the code ids of codes withdrawn on 19 August 2024 (H, J and Y without a sub-code). */
const WITHDRAWN_ID: Uint8Array = withdrawnFlags(new Set<string>(WITHDRAWN_CODES.keys()));

/** Weekday number (see `weekdayNumberOfDay`) from which withdrawn codes are rejected. */
const WITHDRAWN_FROM_WEEKDAY = weekdayNumberOfDay(isoDateToDays(CODES_IN_FORCE_FROM));

function withdrawnFlags(withdrawn: ReadonlySet<string>): Uint8Array {
  return Uint8Array.from(['', ...MARK_CODE_LIST], (code) => (withdrawn.has(code) ? 1 : 0));
}

/** Returns every spelling of a code with its letters in either case, such as `y1` and `Y1`. */
export function caseVariants(code: string): string[] {
  let variants = [''];
  for (const character of code) {
    const options = [...new Set([character.toUpperCase(), character.toLowerCase()])];
    variants = variants.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return variants;
}

function buildLookup(): Uint8Array {
  const lookup = new Uint8Array(65_536);
  MARK_CODE_LIST.forEach((code, index) => {
    for (const variant of caseVariants(code)) {
      const bytes = Buffer.from(variant, 'latin1');
      if (bytes.length > 2) {
        throw new RangeError(`Mark code ${JSON.stringify(code)} is longer than 2 bytes.`);
      }
      lookup[bytes[0]! + 256 * (bytes[1] ?? 0)] = index + 1;
    }
  });
  return lookup;
}

/**
 * Returns the code id of the mark in `bytes[start..end)`, ignoring spaces around it, or
 * `NO_SESSION` when it is not a mark code. Withdrawn codes get their id here, so check
 * `isWithdrawnOn` before storing them.
 */
export function codeIdOfBytes(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && bytes[start] === SPACE) start++;
  while (end > start && bytes[end - 1] === SPACE) end--;
  const length = end - start;
  if (length === 1) return CODE_ID_BY_BYTES[bytes[start]!]!;
  if (length === 2) return CODE_ID_BY_BYTES[bytes[start]! + 256 * bytes[start + 1]!]!;
  return NO_SESSION;
}

/** Reports whether a code id is a withdrawn code, rejected on a weekday number `weekday`. */
export function isWithdrawnOn(codeId: number, weekday: number): boolean {
  return WITHDRAWN_ID[codeId] === 1 && weekday >= WITHDRAWN_FROM_WEEKDAY;
}
