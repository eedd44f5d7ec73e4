import { isWeekendDay, weekdayNumberOfDay } from '../../domain/attendance/calendar.weekdays';

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const HYPHEN = 0x2d;
const ZERO = 0x30;
/** Register dates must fall in these years, as in the validating import. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
/** Days from 0001-01-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const DAYS_BEFORE_EPOCH = 719_162;

/** Returned by `weekdayOfDateBytes` for text that is not a real date from 2000 to 2100. */
export const INVALID_DATE = -1;
/** Returned by `weekdayOfDateBytes` for a Saturday or Sunday. */
export const WEEKEND_DATE = -2;
const NOT_CACHED = 0;

/**
 * Weekday numbers by date, indexed by (year − 2000) × 372 + (month − 1) × 31 + day − 1 and
 * filled on first use. Weekday numbers from 2000 on are above 7,000, so 0 means not cached.
 */
const weekdayByDate = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 372);

function digit(bytes: Uint8Array, at: number): number {
  const value = bytes[at]! - ZERO;
  return value >= 0 && value <= 9 ? value : NaN;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Returns days since 1970-01-01 of a date whose month and day are in range, or NaN. */
function daysOfCivilDate(year: number, month: number, day: number): number {
  const leap = isLeapYear(year);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return NaN;
  const yearsBefore = year - 1;
  const leapDaysBefore =
    Math.floor(yearsBefore / 4) - Math.floor(yearsBefore / 100) + Math.floor(yearsBefore / 400);
  const dayOfYear = DAYS_BEFORE_MONTH[month - 1]! + (month > 2 && leap ? 1 : 0) + day - 1;
  return yearsBefore * 365 + leapDaysBefore + dayOfYear - DAYS_BEFORE_EPOCH;
}

function weekdayOfCivilDate(year: number, month: number, day: number): number {
  const days = daysOfCivilDate(year, month, day);
  if (Number.isNaN(days)) return INVALID_DATE;
  return isWeekendDay(days) ? WEEKEND_DATE : weekdayNumberOfDay(days);
}

/**
 * Parses an ISO date (`YYYY-MM-DD`, exactly 10 bytes) in `bytes[start..end)` without
 * allocating and returns its weekday number (see `weekdayNumberOfDay`). Returns
 * `INVALID_DATE` for other text, a date that does not exist or a year outside 2000 to 2100
 * (the range the validating import accepts), and `WEEKEND_DATE` for a Saturday or Sunday.
 */
export function weekdayOfDateBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || bytes[start + 4] !== HYPHEN || bytes[start + 7] !== HYPHEN) {
    return INVALID_DATE;
  }
  const year =
    digit(bytes, start) * 1000 +
    digit(bytes, start + 1) * 100 +
    digit(bytes, start + 2) * 10 +
    digit(bytes, start + 3);
  const month = digit(bytes, start + 5) * 10 + digit(bytes, start + 6);
  const day = digit(bytes, start + 8) * 10 + digit(bytes, start + 9);
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12)) return INVALID_DATE;
  if (!(day >= 1 && day <= 31)) return INVALID_DATE;
  const key = (year - FIRST_YEAR) * 372 + (month - 1) * 31 + day - 1;
  let weekday = weekdayByDate[key]!;
  if (weekday === NOT_CACHED) {
    weekday = weekdayOfCivilDate(year, month, day);
    weekdayByDate[key] = weekday;
  }
  return weekday;
}
