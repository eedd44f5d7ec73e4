import { MARK_CATEGORIES, invalidMarkCodeError } from './codes.lookup';
import { isoDateToDays, weekNumberOfDay } from './calendar.date';
import type { SessionMark } from './session.types';

/**
 * School weeks in date order, as parallel arrays: the week number (see `weekNumberOfDay`),
 * the sessions in that week that count towards the threshold, and how many of those are not
 * holiday codes.
 */
export interface SchoolWeeks {
  weekNumbers: number[];
  countedSessions: number[];
  nonHolidaySessions: number[];
}

const POSSIBLE = 1;
const COUNTED = 2;
const HOLIDAY = 4;

function flagsByCode(
  countedCodes: ReadonlySet<string>,
  holidayCodes: ReadonlySet<string>,
): Map<string, number> {
  const flags = new Map<string, number>();
  for (const [code, category] of MARK_CATEGORIES) {
    const possible = category !== 'not_possible' && category !== 'missing' ? POSSIBLE : 0;
    const counted = countedCodes.has(code) ? COUNTED : 0;
    const holiday = holidayCodes.has(code) ? HOLIDAY : 0;
    flags.set(code, possible | counted | holiday);
  }
  return flags;
}

function compareByDate(left: SessionMark, right: SessionMark): number {
  if (left.date < right.date) return -1;
  return left.date > right.date ? 1 : 0;
}

function weekNumberOfSession(session: SessionMark): number {
  const days = isoDateToDays(session.date);
  if (Number.isNaN(days)) {
    throw new TypeError(
      `Invalid session date ${JSON.stringify(session.date)}: expected YYYY-MM-DD.`,
    );
  }
  return weekNumberOfDay(days);
}

/** Groups sessions in date order into school weeks. Returns null at the first session out of order. */
function groupInDateOrder(
  sessions: readonly SessionMark[],
  flagsOfCode: ReadonlyMap<string, number>,
): SchoolWeeks | null {
  const weeks: SchoolWeeks = { weekNumbers: [], countedSessions: [], nonHolidaySessions: [] };
  let week = NaN;
  let isSchoolWeek = false;
  let counted = 0;
  let nonHoliday = 0;
  let date = '';

  for (let index = 0; index < sessions.length; index++) {
    const session = sessions[index]!;
    if (session.date !== date) {
      if (session.date < date) return null;
      date = session.date;
      const sessionWeek = weekNumberOfSession(session);
      if (sessionWeek !== week) {
        if (isSchoolWeek) {
          weeks.weekNumbers.push(week);
          weeks.countedSessions.push(counted);
          weeks.nonHolidaySessions.push(nonHoliday);
        }
        week = sessionWeek;
        isSchoolWeek = false;
        counted = 0;
        nonHoliday = 0;
      }
    }
    const flags = flagsOfCode.get(session.code);
    if (flags === undefined) throw invalidMarkCodeError(session.code);
    if (flags & POSSIBLE) isSchoolWeek = true;
    if (flags & COUNTED) {
      counted++;
      if (!(flags & HOLIDAY)) nonHoliday++;
    }
  }
  if (isSchoolWeek) {
    weeks.weekNumbers.push(week);
    weeks.countedSessions.push(counted);
    weeks.nonHolidaySessions.push(nonHoliday);
  }
  return weeks;
}

/**
 * Groups sessions into Monday-start weeks and keeps the school weeks. A school week here is a
 * week with at least one possible session for this pupil, so weeks that contain only `-`,
 * `#`, `Z`, `X`, `D`, `Q` or `Y1`–`Y7` marks, and weeks absent from the data, are skipped.
 * Runs in O(n) when sessions are in date order, and sorts a copy first otherwise.
 * Throws TypeError for a session code or date that did not come through `resolveMark`.
 *
 * NOTE: the penalty notice regulations count any week in which the school met. A week where
 * the school met but this pupil had no possible session is skipped here, which can stretch a
 * window compared with the school calendar.
 */
export function collectSchoolWeeks(
  sessions: readonly SessionMark[],
  countedCodes: ReadonlySet<string>,
  holidayCodes: ReadonlySet<string>,
): SchoolWeeks {
  const flagsOfCode = flagsByCode(countedCodes, holidayCodes);
  const weeks = groupInDateOrder(sessions, flagsOfCode);
  if (weeks !== null) return weeks;
  return groupInDateOrder(sessions.slice().sort(compareByDate), flagsOfCode)!;
}
