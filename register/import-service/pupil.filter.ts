import type { PupilRecord } from '../storage/school-register.repository';

/** Conditions a listed pupil must all meet. Unset conditions match every pupil. */
export interface PupilFilter {
  /**
   * Attendance strictly below this percentage, compared exactly (attended × 100 < percent ×
   * possible), so a pupil at exactly 90.0% is not below 90. Pupils with no possible sessions
   * never match.
   */
  belowPercent?: number;
  persistent?: boolean;
  severe?: boolean;
  penaltyThreshold?: boolean;
  /** Year group as stored, compared without regard to case. */
  yearGroup?: string;
}

function matches(pupil: PupilRecord, filter: PupilFilter): boolean {
  const figures = pupil.figures;
  if (filter.yearGroup !== undefined) {
    if (pupil.yearGroup.toLowerCase() !== filter.yearGroup.toLowerCase()) return false;
  }
  if (filter.belowPercent !== undefined) {
    if (figures === null || figures.possibleSessions === 0) return false;
    if (!(figures.attendedSessions * 100 < filter.belowPercent * figures.possibleSessions)) {
      return false;
    }
  }
  if (filter.persistent === true && figures?.persistentlyAbsent !== true) return false;
  if (filter.severe === true && figures?.severelyAbsent !== true) return false;
  if (filter.penaltyThreshold === true && figures?.penaltyNoticeThresholdReached !== true) {
    return false;
  }
  return true;
}

function attendanceRatio(pupil: PupilRecord): number {
  const figures = pupil.figures;
  if (figures === null || figures.possibleSessions === 0) return Number.POSITIVE_INFINITY;
  return figures.attendedSessions / figures.possibleSessions;
}

/** Compares strings by UTF-16 code units, as `Array.prototype.sort` does without a function. */
export function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

/**
 * Returns the pupils that match the filter, lowest attendance first, then by surname, forename
 * and UPN. Pupils with no possible sessions come last.
 */
export function selectPupils<T extends PupilRecord>(pupils: Iterable<T>, filter: PupilFilter): T[] {
  return [...pupils]
    .filter((pupil) => matches(pupil, filter))
    .sort(
      (left, right) =>
        attendanceRatio(left) - attendanceRatio(right) ||
        compareText(left.surname, right.surname) ||
        compareText(left.forename, right.forename) ||
        compareText(left.upn, right.upn),
    );
}
