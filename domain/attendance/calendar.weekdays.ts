/** 1970-01-05, the first Monday after the Unix epoch, as days since 1970-01-01. */
const FIRST_MONDAY = 4;
const MILLISECONDS_PER_DAY = 86_400_000;

/** Reports whether a day counted from 1970-01-01 is a Saturday or a Sunday. */
export function isWeekendDay(days: number): boolean {
  const dayInWeek = (((days - FIRST_MONDAY) % 7) + 7) % 7;
  return dayInWeek >= 5;
}

/**
 * Numbers the weekdays Monday to Friday consecutively, skipping weekends: Monday 1970-01-05 is
 * 0 and each weekday adds 1, so weekday number `w` is in week `Math.floor(w / 5)` of
 * `weekNumberOfDay`. A Saturday or Sunday gets the number of the Friday before, so check
 * `isWeekendDay` first.
 */
export function weekdayNumberOfDay(days: number): number {
  const week = Math.floor((days - FIRST_MONDAY) / 7);
  return week * 5 + Math.min(days - FIRST_MONDAY - week * 7, 4);
}

/** Returns the day (days since 1970-01-01) of a weekday number from `weekdayNumberOfDay`. */
export function dayOfWeekdayNumber(weekday: number): number {
  const week = Math.floor(weekday / 5);
  return FIRST_MONDAY + week * 7 + (weekday - week * 5);
}

const ISO_DATE_CACHE_LIMIT = 4096;
const isoDates = new Map<number, string>();

/** Formats a weekday number from `weekdayNumberOfDay` as `YYYY-MM-DD`, caching recent ones. */
export function isoDateOfWeekdayNumber(weekday: number): string {
  let iso = isoDates.get(weekday);
  if (iso !== undefined) return iso;
  iso = new Date(dayOfWeekdayNumber(weekday) * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
  if (isoDates.size >= ISO_DATE_CACHE_LIMIT) isoDates.clear();
  isoDates.set(weekday, iso);
  return iso;
}
