import { MARK_CATEGORIES, isPossibleCategory } from './codes.lookup';
import { mondayOfWeek } from './calendar.date';
import { collectSchoolWeeks, type SchoolWeeks } from './penalty-threshold.weeks';
import type { SessionMark } from './session.types';

/**
 * Local settings for the penalty notice threshold. The defaults are the national framework in
 * force from 19 August 2024 (DfE, "Working together to improve school attendance", August 2024).
 * It counts 10 sessions of `G`, `N`, `O` or `U` within 10 school weeks. The sessions may be any
 * mix of those codes and need not be consecutive, and the weeks may cross terms and school years.
 */
export interface PenaltyThresholdOptions {
  /** Codes whose sessions count. Each must be a possible-session code. Default `G N O U`. */
  countedCodes?: ReadonlySet<string>;
  /** Counted codes that record holiday, for `holidayOnly`. Default `G`. */
  holidayCodes?: ReadonlySet<string>;
  /** Counted sessions that reach the threshold. Default 10. */
  sessionThreshold?: number;
  /** Length of the rolling window in school weeks. Default 10. */
  windowSchoolWeeks?: number;
}

/** School weeks in which the threshold was first reached. */
export interface PenaltyWindow {
  /** Monday (`YYYY-MM-DD`) of the first school week in the window with a counted session. */
  startWeek: string;
  /** Monday (`YYYY-MM-DD`) of the school week in which the threshold was reached. */
  endWeek: string;
  /** School weeks from `startWeek` to `endWeek`, both included. */
  schoolWeeks: number;
  /** Counted sessions in those weeks, at least the threshold. */
  countedSessions: number;
}

/** Whether, where and by how much a pupil reached the penalty notice threshold. */
export interface PenaltyThresholdResult {
  reached: boolean;
  /** Earliest window that reached the threshold, or null. */
  firstWindow: PenaltyWindow | null;
  /** Max counted sessions in any window of `windowSchoolWeeks` consecutive school weeks. */
  maxSessionsInWindow: number;
  /**
   * True when every counted session in `firstWindow` is a holiday code. In Gloucestershire a
   * holiday-only case may go straight to a penalty notice request, while other cases need a
   * Notice to Improve first.
   */
  holidayOnly: boolean;
}

/** Unauthorised absence codes that count nationally: `G`, `N`, `O`, `U`. */
export const NATIONAL_COUNTED_CODES: ReadonlySet<string> = new Set(['G', 'N', 'O', 'U']);
const HOLIDAY_CODES: ReadonlySet<string> = new Set(['G']);

function requirePositiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`Invalid ${name} ${value}: expected a whole number of 1 or more.`);
  }
  return value;
}

function requirePossibleCodes(codes: ReadonlySet<string>): ReadonlySet<string> {
  for (const code of codes) {
    const category = MARK_CATEGORIES.get(code);
    if (category === undefined || !isPossibleCategory(category)) {
      throw new RangeError(
        `Invalid counted code ${JSON.stringify(code)}: expected a possible-session code such as G, N, O or U.`,
      );
    }
  }
  return codes;
}

function locateWindow(weeks: SchoolWeeks, end: number, windowLength: number): PenaltyWindow {
  let start = Math.max(0, end - windowLength + 1);
  while (weeks.countedSessions[start] === 0) start++;
  let counted = 0;
  for (let index = start; index <= end; index++) counted += weeks.countedSessions[index]!;
  return {
    startWeek: mondayOfWeek(weeks.weekNumbers[start]!),
    endWeek: mondayOfWeek(weeks.weekNumbers[end]!),
    schoolWeeks: end - start + 1,
    countedSessions: counted,
  };
}

/**
 * Checks one pupil's sessions against the penalty notice threshold with a sliding window over
 * school weeks (see `collectSchoolWeeks`), in O(n) for sessions in date order.
 * Throws RangeError for invalid options and TypeError for a session that bypassed `resolveMark`.
 *
 * NOTE: sessions dated before 19 August 2024, when the national threshold began, count like any
 * other. Leave them out of `sessions` if the local authority does not count them.
 */
export function computePenaltyThreshold(
  sessions: readonly SessionMark[],
  options: PenaltyThresholdOptions = {},
): PenaltyThresholdResult {
  const countedCodes = requirePossibleCodes(options.countedCodes ?? NATIONAL_COUNTED_CODES);
  const threshold = requirePositiveInteger('sessionThreshold', options.sessionThreshold ?? 10);
  const windowLength = requirePositiveInteger('windowSchoolWeeks', options.windowSchoolWeeks ?? 10);
  const weeks = collectSchoolWeeks(sessions, countedCodes, options.holidayCodes ?? HOLIDAY_CODES);

  let windowCounted = 0;
  let windowNonHoliday = 0;
  let maxCounted = 0;
  let firstWindow: PenaltyWindow | null = null;
  let holidayOnly = false;
  for (let end = 0; end < weeks.weekNumbers.length; end++) {
    windowCounted += weeks.countedSessions[end]!;
    windowNonHoliday += weeks.nonHolidaySessions[end]!;
    const leaving = end - windowLength;
    if (leaving >= 0) {
      windowCounted -= weeks.countedSessions[leaving]!;
      windowNonHoliday -= weeks.nonHolidaySessions[leaving]!;
    }
    if (windowCounted > maxCounted) maxCounted = windowCounted;
    if (firstWindow === null && windowCounted >= threshold) {
      firstWindow = locateWindow(weeks, end, windowLength);
      holidayOnly = windowNonHoliday === 0;
    }
  }
  return {
    reached: firstWindow !== null,
    firstWindow,
    maxSessionsInWindow: maxCounted,
    holidayOnly,
  };
}
