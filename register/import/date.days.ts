const MILLISECONDS_PER_DAY = 86_400_000;

/** Day of the week of a day counted from 1970-01-01: 0 is Sunday, 1 is Monday, 6 is Saturday. */
export function dayOfWeek(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Reports whether a day counted from 1970-01-01 is a Saturday or a Sunday. */
export function isWeekend(days: number): boolean {
  const weekday = dayOfWeek(days);
  return weekday === 0 || weekday === 6;
}

const ISO_DATE_CACHE_LIMIT = 4096;
const isoDates = new Map<number, string>();

/** Formats a day counted from 1970-01-01 as `YYYY-MM-DD`, caching recent days. */
export function daysToIsoDate(days: number): string {
  let iso = isoDates.get(days);
  if (iso !== undefined) return iso;
  iso = new Date(days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
  if (isoDates.size >= ISO_DATE_CACHE_LIMIT) isoDates.clear();
  isoDates.set(days, iso);
  return iso;
}

/** English names of the days of the week, Sunday first, to match `dayOfWeek`. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** 1970-01-05, the first Monday after 1970-01-01, as days since 1970-01-01. */
const FIRST_MONDAY = 4;

/**
 * Numbers weekdays consecutively, skipping weekends: Monday 1970-01-05 is 0 and each Monday
 * to Friday adds 1. A Saturday or Sunday gets the number of the Friday before, so check
 * `isWeekend` first.
 */
export function weekdayIndex(days: number): number {
  const week = Math.floor((days - FIRST_MONDAY) / 7);
  return week * 5 + Math.min(days - FIRST_MONDAY - week * 7, 4);
}
