import {
  computePenaltyThreshold,
  computePupilFigures,
  isoDateToDays,
  weekNumberOfDay,
  type SessionMark,
  type MarkCode,
} from '../../domain/attendance';
import { datesOfAcademicYear } from '../storage/academic-year';
import { codeOfId, type YearSlots } from '../storage/marks.codec';
import type { StoredFigures } from '../storage/school-register.repository';

/** Converts a year's slots into session marks in date order, AM before PM. */
export function sessionsOfYear(academicYear: number, slots: YearSlots): SessionMark[] {
  const dates = datesOfAcademicYear(academicYear);
  const sessions: SessionMark[] = [];
  for (let slot = 0; slot < slots.length; slot++) {
    const id = slots[slot]!;
    if (id === 0) continue;
    sessions.push({
      date: dates[slot >> 1]!,
      session: slot % 2 === 0 ? 'AM' : 'PM',
      code: codeOfId(id) as MarkCode,
    });
  }
  return sessions;
}

/** School weeks of the previous year that a 10-school-week window ending this year can reach. */
const CARRIED_SCHOOL_WEEKS = 9;

/**
 * Returns the previous year's sessions in its last 9 weeks with sessions, the most that a
 * rolling window of 10 school weeks can take from it while still reaching into this year.
 */
function carriedSessions(previousYear: number, previousSlots: YearSlots | undefined) {
  if (previousSlots === undefined) return [];
  const sessions = sessionsOfYear(previousYear, previousSlots);
  const weeks = [...new Set(sessions.map((s) => weekNumberOfDay(isoDateToDays(s.date))))];
  const firstCarried = weeks.sort((a, b) => a - b).slice(-CARRIED_SCHOOL_WEEKS)[0];
  return sessions.filter((s) => weekNumberOfDay(isoDateToDays(s.date)) >= (firstCarried ?? 0));
}

/**
 * Computes a pupil's figures for one academic year, year to date: from the pupil's first to
 * last session stored for that year. The penalty notice threshold also looks back into the end
 * of the previous year, because its rolling 10 school weeks cross school years.
 */
export function computeYearFigures(
  academicYear: number,
  slots: YearSlots,
  previousYearSlots?: YearSlots,
): StoredFigures {
  const sessions = sessionsOfYear(academicYear, slots);
  const figures = computePupilFigures(sessions);
  const carried = carriedSessions(academicYear - 1, previousYearSlots);
  const penalty = computePenaltyThreshold([...carried, ...sessions]);
  return {
    academicYear,
    possibleSessions: figures.possibleSessions,
    attendedSessions: figures.attendedSessions,
    authorisedAbsences: figures.authorisedAbsences,
    unauthorisedAbsences: figures.unauthorisedAbsences,
    missingMarks: figures.missingMarks,
    attendancePercent: figures.attendancePercent,
    persistentlyAbsent: figures.persistentlyAbsent,
    severelyAbsent: figures.severelyAbsent,
    penaltyNoticeThresholdReached: penalty.reached,
    holidayOnly: penalty.holidayOnly,
    maxSessionsInWindow: penalty.maxSessionsInWindow,
    firstSessionDate: figures.firstSessionDate,
    lastSessionDate: figures.lastSessionDate,
  };
}
