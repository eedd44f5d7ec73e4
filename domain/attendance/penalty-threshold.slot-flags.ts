import { CATEGORY_NUMBER, CATEGORY_OF_CODE_ID, MARK_CODE_LIST } from './codes.indexed';
import { MARK_CATEGORIES, isPossibleCategory } from './codes.lookup';
import { NATIONAL_COUNTED_CODES, type PenaltyThresholdOptions } from './penalty-threshold.compute';

/** Flag of a code id whose sessions are possible sessions. */
export const POSSIBLE = 1;
/** Flag of a code id whose sessions count towards the threshold. */
export const COUNTED = 2;
/** Flag of a code id that records holiday, for `holidayOnly`. */
export const HOLIDAY = 4;
const DEFAULT_HOLIDAY_CODES: ReadonlySet<string> = new Set(['G']);

function buildCodeFlags(counted: ReadonlySet<string>, holiday: ReadonlySet<string>): Uint8Array {
  const flags = new Uint8Array(MARK_CODE_LIST.length + 1);
  MARK_CODE_LIST.forEach((code, index) => {
    const category = CATEGORY_OF_CODE_ID[index + 1];
    const possible =
      category !== CATEGORY_NUMBER.missing && category !== CATEGORY_NUMBER.notPossible;
    flags[index + 1] =
      (possible ? POSSIBLE : 0) |
      (counted.has(code) ? COUNTED : 0) |
      (holiday.has(code) ? HOLIDAY : 0);
  });
  return flags;
}

const DEFAULT_FLAGS = buildCodeFlags(NATIONAL_COUNTED_CODES, DEFAULT_HOLIDAY_CODES);

/** Returns the value, or throws RangeError naming the option when it is not a whole number of 1 or more. */
export function requirePositiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`Invalid ${name} ${value}: expected a whole number of 1 or more.`);
  }
  return value;
}

/**
 * Returns `POSSIBLE`, `COUNTED` and `HOLIDAY` flags by code id for the options, as
 * `computePenaltyThreshold` reads them. Throws RangeError for a counted code that is not a
 * possible-session code.
 */
export function codeFlagsOf(options: PenaltyThresholdOptions): Uint8Array {
  if (options.countedCodes === undefined && options.holidayCodes === undefined) {
    return DEFAULT_FLAGS;
  }
  const counted = options.countedCodes ?? NATIONAL_COUNTED_CODES;
  for (const code of counted) {
    const category = MARK_CATEGORIES.get(code);
    if (category === undefined || !isPossibleCategory(category)) {
      throw new RangeError(
        `Invalid counted code ${JSON.stringify(code)}: expected a possible-session code such as G, N, O or U.`,
      );
    }
  }
  return buildCodeFlags(counted, options.holidayCodes ?? DEFAULT_HOLIDAY_CODES);
}
