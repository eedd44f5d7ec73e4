const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in the year before the first of each month, in a year that is not a leap year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** Days from 0001-01-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const DAYS_BEFORE_EPOCH = 719_162;
const MILLISECONDS_PER_DAY = 86_400_000;
/** 1970-01-05, the first Monday after the Unix epoch, as days since the epoch. */
const FIRST_MONDAY = 4;

function digitAt(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : NaN;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Parses an ISO calendar date (`YYYY-MM-DD`) into days since 1970-01-01.
 * Returns NaN when the text is not a real date in that exact format, or when the year is
 * before 1900, which in a register is a mistyped year such as `0024`. It parses by hand
 * because `Date.UTC` costs more than the rest of the per-session work.
 */
export function isoDateToDays(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return NaN;
  const year =
    digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  const month = digitAt(date, 5) * 10 + digitAt(date, 6);
  const day = digitAt(date, 8) * 10 + digitAt(date, 9);
  if (!(year >= 1900 && month >= 1 && month <= 12 && day >= 1)) return NaN;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > monthLength) return NaN;
  return daysSinceEpoch(year, month, day);
}

function daysSinceEpoch(year: number, month: number, day: number): number {
  const yearsBefore = year - 1;
  const leapDaysBefore =
    Math.floor(yearsBefore / 4) - Math.floor(yearsBefore / 100) + Math.floor(yearsBefore / 400);
  const leapDayThisYear = month > 2 && isLeapYear(year) ? 1 : 0;
  const dayOfYear = DAYS_BEFORE_MONTH[month - 1]! + leapDayThisYear + day - 1;
  return yearsBefore * 365 + leapDaysBefore + dayOfYear - DAYS_BEFORE_EPOCH;
}

/** Reports whether the text is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(date: string): boolean {
  return !Number.isNaN(isoDateToDays(date));
}

/** Numbers Monday-start weeks: 0 is the week of Monday 1970-01-05, and each week adds 1. */
export function weekNumberOfDay(days: number): number {
  return Math.floor((days - FIRST_MONDAY) / 7);
}

/** Formats the Monday that starts a week number from `weekNumberOfDay` as `YYYY-MM-DD`. */
export function mondayOfWeek(weekNumber: number): string {
  const days = weekNumber * 7 + FIRST_MONDAY;
  return new Date(days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}
