import {
  computePenaltyThreshold,
  computePupilFigures,
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

/**
 * Computes a pupil's figures for one academic year, year to date: from the pupil's first to
 * last session stored for that year.
 *
 * NOTE: the penalty notice threshold is checked within this academic year only, so a window of
 * 10 school weeks that starts in the summer term of the previous year is not counted.
 */
export function computeYearFigures(academicYear: number, slots: YearSlots): StoredFigures {
  const sessions = sessionsOfYear(academicYear, slots);
  const figures = computePupilFigures(sessions);
  const penalty = computePenaltyThreshold(sessions);
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
