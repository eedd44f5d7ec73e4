import { MARK_CATEGORIES, invalidMarkCodeError } from './codes.lookup';
import type { SessionMark } from './session.types';

/**
 * Attendance figures for one pupil over the sessions supplied, which run from the first
 * session in the data (admission, or the start of the period) to the last (leaving, or today).
 *
 * Definitions follow the DfE "Pupil absence in schools in England" statistics: attendance is
 * present (`/` `\` `L`) plus approved educational activity (`K` `V` `P` `W` `B`), and missed
 * sessions are authorised plus unauthorised absence.
 */
export interface PupilFigures {
  /** Sessions the pupil could have attended: attended plus missed. */
  possibleSessions: number;
  /** Present plus approved educational activity. */
  attendedSessions: number;
  /** Sessions marked `/`, `\` or `L`. */
  presentSessions: number;
  /** Sessions marked `K`, `V`, `P`, `W` or `B` (and `J` before 19 August 2024). */
  approvedActivitySessions: number;
  authorisedAbsences: number;
  unauthorisedAbsences: number;
  /** Possible sessions not attended: authorised plus unauthorised absence. */
  missedSessions: number;
  /** Sessions marked `-`, where the register has no mark. They are not possible sessions. */
  missingMarks: number;
  /** Sessions with a code that is not a possible session (`D` `X` `Q` `Y1`–`Y7` `Z` `#`). */
  notPossibleSessions: number;
  /** Sessions marked `L`, late but before the register closed. They count as present. */
  lateBeforeRegisterClosed: number;
  /** Earliest session date, or null when there is none. `Z` marks do not count because they come before admission. */
  firstSessionDate: string | null;
  /** Latest session date, or null when there is none. `Z` marks do not count. */
  lastSessionDate: string | null;
  /** Attended / possible as a percentage rounded to 1 decimal place, for display only. Null with no possible sessions. */
  attendancePercent: number | null;
  /** Missed 10% or more of possible sessions, so exactly 90.0% attendance is persistent absence. */
  persistentlyAbsent: boolean;
  /** Missed 50% or more of possible sessions. */
  severelyAbsent: boolean;
}

/** Reports persistent absence: missed × 10 ≥ possible, compared exactly. False with no possible sessions. */
export function isPersistentlyAbsent(missed: number, possible: number): boolean {
  return possible > 0 && missed * 10 >= possible;
}

/** Reports severe absence: missed × 2 ≥ possible, compared exactly. False with no possible sessions. */
export function isSeverelyAbsent(missed: number, possible: number): boolean {
  return possible > 0 && missed * 2 >= possible;
}

/** Returns attended / possible as a percentage rounded half up to 1 decimal place, or null when possible is 0. */
export function attendancePercent(attended: number, possible: number): number | null {
  if (possible === 0) return null;
  return Math.round((attended * 1000) / possible) / 10;
}

/**
 * Counts one pupil's sessions into `PupilFigures` in a single pass that allocates nothing per
 * session. Sessions may be in any order. Each session is counted as given, so the caller must
 * remove duplicate sessions first.
 * Throws TypeError for a code that did not come from `resolveMark`.
 */
export function computePupilFigures(sessions: readonly SessionMark[]): PupilFigures {
  let present = 0;
  let approved = 0;
  let authorised = 0;
  let unauthorised = 0;
  let missing = 0;
  let notPossible = 0;
  let late = 0;
  let first: string | null = null;
  let last: string | null = null;
  const categories = MARK_CATEGORIES;

  for (let index = 0; index < sessions.length; index++) {
    const session = sessions[index]!;
    const category = categories.get(session.code);
    if (category === undefined) throw invalidMarkCodeError(session.code);
    if (category === 'present') {
      present++;
      if (session.code === 'L') late++;
    } else if (category === 'approved_educational_activity') approved++;
    else if (category === 'authorised_absence') authorised++;
    else if (category === 'unauthorised_absence') unauthorised++;
    else if (category === 'missing') missing++;
    else notPossible++;

    if (session.code === 'Z') continue;
    if (first === null || session.date < first) first = session.date;
    if (last === null || session.date > last) last = session.date;
  }

  const attended = present + approved;
  const missed = authorised + unauthorised;
  const possible = attended + missed;
  return {
    possibleSessions: possible,
    attendedSessions: attended,
    presentSessions: present,
    approvedActivitySessions: approved,
    authorisedAbsences: authorised,
    unauthorisedAbsences: unauthorised,
    missedSessions: missed,
    missingMarks: missing,
    notPossibleSessions: notPossible,
    lateBeforeRegisterClosed: late,
    firstSessionDate: first,
    lastSessionDate: last,
    attendancePercent: attendancePercent(attended, possible),
    persistentlyAbsent: isPersistentlyAbsent(missed, possible),
    severelyAbsent: isSeverelyAbsent(missed, possible),
  };
}
