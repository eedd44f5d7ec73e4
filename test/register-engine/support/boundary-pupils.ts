import { makeSyntheticUpn } from '../../../domain/attendance/upn.synthetic';
import type { MarkCode, SessionMark } from '../../../domain/attendance';
import type { TestPupil } from './register-files';

const MILLISECONDS_PER_DAY = 86_400_000;
/** Half-term week of the autumn term 2025 in these registers: no rows at all. */
export const HALF_TERM_MONDAY = '2025-10-27';

function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * MILLISECONDS_PER_DAY;
  return new Date(time).toISOString().slice(0, 10);
}

/** Mondays of the 14 school weeks of the autumn term 2025, 1 September to 8 December, half-term skipped. */
export const AUTUMN_MONDAYS: readonly string[] = Array.from({ length: 15 }, (_, week) => {
  return addDays('2025-09-01', week * 7);
}).filter((monday) => monday !== HALF_TERM_MONDAY);

/**
 * Builds a pupil's autumn term: 10 sessions in each school week of `AUTUMN_MONDAYS`, present
 * unless `weekCodes` gives codes for the first sessions of that week, and, with
 * `halfTermCode`, every half-term session marked with that code.
 */
function autumnTerm(
  weekCodes: Readonly<Record<string, readonly MarkCode[]>>,
  halfTermCode?: MarkCode,
): SessionMark[] {
  const sessions: SessionMark[] = [];
  const mondays = [...AUTUMN_MONDAYS, ...(halfTermCode ? [HALF_TERM_MONDAY] : [])].sort();
  for (const monday of mondays) {
    const codes = monday === HALF_TERM_MONDAY ? Array(10).fill(halfTermCode) : weekCodes[monday];
    for (let index = 0; index < 10; index++) {
      const session = index % 2 === 0 ? 'AM' : 'PM';
      const present: MarkCode = session === 'AM' ? '/' : '\\';
      sessions.push({
        date: addDays(monday, index >> 1),
        session,
        code: codes?.[index] ?? present,
      });
    }
  }
  return sessions;
}

/** Spreads `count` sessions of `code` over the term, filling weeks from the first. */
function absences(code: MarkCode, count: number): Record<string, MarkCode[]> {
  const weeks: Record<string, MarkCode[]> = {};
  AUTUMN_MONDAYS.forEach((monday, week) => {
    const inWeek = Math.min(10, Math.max(0, count - week * 10));
    if (inWeek > 0) weeks[monday] = Array<MarkCode>(inWeek).fill(code);
  });
  return weeks;
}

function pupil(number: number, surname: string, sessions: SessionMark[]): TestPupil {
  return { upn: makeSyntheticUpn(number), surname, forename: 'Test', yearGroup: '5', sessions };
}

/**
 * Builds pupils on each side of each boundary, over a 14-week autumn term of 140 sessions.
 * They have exactly 90.0% and just above, exactly 50% and just above, and 9 or 10 unauthorised
 * sessions in the 10 school weeks from 22 September to 1 December, which span half-term.
 */
export function boundaryPupils() {
  const n = (count: number): MarkCode[] => Array<MarkCode>(count).fill('N');
  const g = (count: number): MarkCode[] => Array<MarkCode>(count).fill('G');
  return {
    exactly90: pupil(90_001, 'Ninety', autumnTerm(absences('I', 14))),
    above90: pupil(90_002, 'Ninetyone', autumnTerm(absences('I', 13))),
    exactly50: pupil(90_003, 'Fifty', autumnTerm(absences('M', 70))),
    above50: pupil(90_004, 'Fiftyone', autumnTerm(absences('M', 69))),
    tenInWindow: pupil(90_005, 'Ten', autumnTerm({ '2025-09-22': n(5), '2025-12-01': n(5) })),
    nineInWindow: pupil(90_006, 'Nine', autumnTerm({ '2025-09-22': n(5), '2025-12-01': n(4) })),
    tenTooFarApart: pupil(90_007, 'Eleven', autumnTerm({ '2025-09-15': n(5), '2025-12-01': n(5) })),
    tenWithClosedHalfTerm: pupil(
      90_008,
      'Closed',
      autumnTerm({ '2025-09-22': n(5), '2025-12-01': n(5) }, '#'),
    ),
    holidayOnly: pupil(90_009, 'Holiday', autumnTerm({ '2025-10-13': g(10) })),
    holidayAndOther: pupil(90_010, 'Mixed', autumnTerm({ '2025-10-13': [...g(9), 'O'] })),
  };
}
