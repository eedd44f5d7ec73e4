import { attendancePercent } from '../../domain/attendance/figures.compute';
import type { PupilRecord, SchoolFigures } from '../storage/school-register.repository';

/**
 * Adds up the figures of the pupils whose figures are for the school's latest academic year,
 * leavers included. Pupils whose latest sessions are in an earlier year are left out.
 */
export function computeSchoolFigures(pupils: Iterable<PupilRecord>): SchoolFigures {
  const all = [...pupils];
  let academicYear: number | null = null;
  for (const pupil of all) {
    const year = pupil.figures?.academicYear;
    if (year !== undefined && (academicYear === null || year > academicYear)) academicYear = year;
  }
  const totals: SchoolFigures = {
    academicYear,
    pupils: 0,
    leavers: 0,
    possibleSessions: 0,
    attendedSessions: 0,
    attendancePercent: null,
    persistentlyAbsent: 0,
    severelyAbsent: 0,
    penaltyNoticeThreshold: 0,
    penaltyNoticeThresholdHolidayOnly: 0,
  };
  for (const pupil of all) {
    const figures = pupil.figures;
    if (figures === null || figures.academicYear !== academicYear) continue;
    totals.pupils++;
    if (pupil.left) totals.leavers++;
    totals.possibleSessions += figures.possibleSessions;
    totals.attendedSessions += figures.attendedSessions;
    if (figures.persistentlyAbsent) totals.persistentlyAbsent++;
    if (figures.severelyAbsent) totals.severelyAbsent++;
    if (figures.penaltyNoticeThresholdReached) {
      totals.penaltyNoticeThreshold++;
      if (figures.holidayOnly) totals.penaltyNoticeThresholdHolidayOnly++;
    }
  }
  totals.attendancePercent = attendancePercent(totals.attendedSessions, totals.possibleSessions);
  return totals;
}
