import { weekNumberOfDay } from '../../domain/attendance';
import {
  autumnTermStart,
  buildAcademicYear,
  weekdayOfDay,
  type AcademicYear,
} from './calendar.terms';

/** One day on which the school is open (for teaching or for INSET). */
export interface SchoolDay {
  /** Days since 1970-01-01. */
  day: number;
  /** `YYYY-MM-DD`. */
  date: string;
  /** 0 for Monday to 4 for Friday. */
  weekday: number;
  /** Monday-start week number, as `weekNumberOfDay` in the attendance rules counts it. */
  weekNumber: number;
  /** Index of the school week in the register, from 0. */
  weekIndex: number;
  /** Index of the half-term in the register, from 0. */
  halfTermIndex: number;
  /** Position of the half-term in its academic year, 0 (autumn, first half) to 5 (summer, second half). */
  halfTermOfYear: number;
  /** Calendar year in which the academic year of this day starts. */
  academicYear: number;
}

/** School days covered by a register, in date order, with two sessions (AM, PM) on each. */
export interface RegisterCalendar {
  days: SchoolDay[];
  /** Number of school weeks in `days`. */
  weekCount: number;
}

const MILLISECONDS_PER_DAY = 86_400_000;

/** Formats days since 1970-01-01 as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  return new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

function academicYearStartOf(day: number): number {
  const year = new Date(day * MILLISECONDS_PER_DAY).getUTCFullYear();
  return day >= autumnTermStart(year) ? year : year - 1;
}

/**
 * Lists the school days from `startDay` until `weeks` school weeks are complete. A school week
 * is a Monday-start week with at least one school day. The calendar runs on into later academic
 * years when `weeks` is longer than the rest of the year.
 */
export function buildRegisterCalendar(startDay: number, weeks: number): RegisterCalendar {
  const days: SchoolDay[] = [];
  let weekIndex = -1;
  let lastWeekNumber = NaN;
  let halfTermIndex = -1;
  for (let startYear = academicYearStartOf(startDay); ; startYear++) {
    const year = buildAcademicYear(startYear);
    for (let term = 0; term < year.halfTerms.length; term++) {
      const { firstDay, lastDay } = year.halfTerms[term]!;
      let termUsed = false;
      for (let day = Math.max(firstDay, startDay); day <= lastDay; day++) {
        if (!isOpen(year, day)) continue;
        const weekNumber = weekNumberOfDay(day);
        if (weekNumber !== lastWeekNumber) {
          if (weekIndex + 1 === weeks) return { days, weekCount: weeks };
          weekIndex++;
          lastWeekNumber = weekNumber;
        }
        if (!termUsed) halfTermIndex++;
        termUsed = true;
        days.push({
          day,
          date: formatDay(day),
          weekday: weekdayOfDay(day),
          weekNumber,
          weekIndex,
          halfTermIndex,
          halfTermOfYear: term,
          academicYear: startYear,
        });
      }
    }
  }
}

function isOpen(year: AcademicYear, day: number): boolean {
  return weekdayOfDay(day) < 5 && !year.closedDays.has(day);
}
