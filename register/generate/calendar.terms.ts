import { isoDateToDays } from '../../domain/attendance';

/**
 * Term dates in the usual English pattern: six half-terms from early September to late July,
 * with a week's break at each half-term, two weeks at Christmas and Easter, and the early May
 * bank holiday off. These are typical dates, not any local authority's published calendar.
 */

/** Days a school is open in a year, INSET days included: 190 days for pupils plus 5 INSET days. */
export const SCHOOL_DAYS_PER_YEAR = 195;

/** One half-term, as inclusive day numbers (days since 1970-01-01). */
export interface HalfTerm {
  firstDay: number;
  lastDay: number;
}

/** Terms of the academic year that starts in September of `startYear`. */
export interface AcademicYear {
  startYear: number;
  halfTerms: HalfTerm[];
  /** Weekdays inside a half-term when the school is closed (bank holidays). */
  closedDays: ReadonlySet<number>;
}

/** Returns the weekday of a day number: 0 for Monday to 6 for Sunday. */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function dayOf(year: number, month: number, dayOfMonth: number): number {
  const text = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return isoDateToDays(text);
}

function mondayOnOrAfter(day: number): number {
  return day + ((7 - weekdayOfDay(day)) % 7);
}

function lastMondayOfMonth(year: number, month: number): number {
  const lastDay = month === 12 ? dayOf(year + 1, 1, 1) - 1 : dayOf(year, month + 1, 1) - 1;
  return lastDay - weekdayOfDay(lastDay);
}

/** Returns Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, dayOfMonth);
}

/** Returns the first Monday of September of a year, when the autumn term starts. */
export function autumnTermStart(year: number): number {
  return mondayOnOrAfter(dayOf(year, 9, 1));
}

function countWeekdays(firstDay: number, lastDay: number, closedDays: ReadonlySet<number>): number {
  let count = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if (weekdayOfDay(day) < 5 && !closedDays.has(day)) count++;
  }
  return count;
}

/**
 * Builds the terms of one academic year. Half-terms fall in the week of the last Monday of
 * October, the week starting on the Monday from 12 to 18 February, and the week of the spring
 * bank holiday (last Monday of May). Christmas runs two weeks from the Monday from 19 to 25
 * December, and Easter from the Monday before Easter Sunday to the Friday after. The summer
 * term ends on the day that brings the year to `SCHOOL_DAYS_PER_YEAR`, or on 31 July at the latest.
 */
export function buildAcademicYear(startYear: number): AcademicYear {
  const nextYear = startYear + 1;
  const autumnStart = autumnTermStart(startYear);
  const octoberBreak = lastMondayOfMonth(startYear, 10);
  const christmasBreak = mondayOnOrAfter(dayOf(startYear, 12, 19));
  const februaryBreak = mondayOnOrAfter(dayOf(nextYear, 2, 12));
  const easterBreak = easterSunday(nextYear) - 6;
  const mayBreak = lastMondayOfMonth(nextYear, 5);
  const closedDays = new Set([mondayOnOrAfter(dayOf(nextYear, 5, 1))]);

  const halfTerms: HalfTerm[] = [
    { firstDay: autumnStart, lastDay: octoberBreak - 3 },
    { firstDay: octoberBreak + 7, lastDay: christmasBreak - 3 },
    { firstDay: christmasBreak + 14, lastDay: februaryBreak - 3 },
    { firstDay: februaryBreak + 7, lastDay: easterBreak - 3 },
    { firstDay: easterBreak + 14, lastDay: mayBreak - 3 },
  ];
  const daysSoFar = halfTerms.reduce(
    (total, term) => total + countWeekdays(term.firstDay, term.lastDay, closedDays),
    0,
  );
  const summerStart = mayBreak + 7;
  const latestEnd = dayOf(nextYear, 7, 31);
  let summerEnd = summerStart;
  let remaining = SCHOOL_DAYS_PER_YEAR - daysSoFar;
  for (; summerEnd < latestEnd; summerEnd++) {
    if (weekdayOfDay(summerEnd) < 5) remaining--;
    if (remaining <= 0) break;
  }
  halfTerms.push({ firstDay: summerStart, lastDay: summerEnd });
  return { startYear, halfTerms, closedDays };
}
