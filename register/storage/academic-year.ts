import { isoDateToDays } from '../../domain/attendance/calendar.date';
import type { SessionName } from '../../domain/attendance/session.types';

/**
 * Session slots in the longest academic year: 366 days, each with an AM and a PM slot. An
 * academic year runs from 1 August to 31 July, so 29 February falls in it when the year ends
 * in a leap year.
 */
export const MAX_YEAR_SLOTS = 732;

const MILLISECONDS_PER_DAY = 86_400_000;
const datesByYear = new Map<number, string[]>();

/** Returns the calendar year in which the academic year of an ISO date starts (1 August). */
export function academicYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5, 7) >= '08' ? year : year - 1;
}

/** Formats an academic year as `2025/26`. */
export function formatAcademicYear(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Returns the day number (days since 1970-01-01) of 1 August of `startYear`. */
function firstDayOf(startYear: number): number {
  return isoDateToDays(`${startYear}-08-01`);
}

/**
 * Returns the slot of a session in its academic year: 2 × days since 1 August, plus 1 for PM.
 * The date must be a real ISO date inside that academic year.
 */
export function slotOf(date: string, session: SessionName, startYear: number): number {
  const first = firstDayOf(startYear);
  const day = isoDateToDays(date) - first;
  if (!(day >= 0 && day < firstDayOf(startYear + 1) - first)) {
    throw new RangeError(
      `Invalid session date ${JSON.stringify(date)}: expected a date in the academic year ${formatAcademicYear(startYear)}.`,
    );
  }
  return day * 2 + (session === 'PM' ? 1 : 0);
}

/** Returns the ISO date of every day of an academic year, indexed by days since 1 August. */
export function datesOfAcademicYear(startYear: number): readonly string[] {
  let dates = datesByYear.get(startYear);
  if (dates === undefined) {
    const first = firstDayOf(startYear);
    const length = firstDayOf(startYear + 1) - first;
    dates = Array.from({ length }, (_, offset) =>
      new Date((first + offset) * MILLISECONDS_PER_DAY).toISOString().slice(0, 10),
    );
    datesByYear.set(startYear, dates);
  }
  return dates;
}
