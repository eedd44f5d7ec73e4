import { computePupilFigures } from '../domain/attendance/figures.compute';
import type { PupilFigures } from '../domain/attendance/figures.compute';
import {
  computePenaltyThreshold,
  type PenaltyThresholdResult,
} from '../domain/attendance/penalty-threshold.compute';
import {
  FIGURE_FLAG,
  sessionsOfSlots,
  type EnginePupil,
  type RegisterFigures,
} from '../register/engine';
import type { PupilResult } from './engine.results';

function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** Yields the results of every pupil as the fast path computed them. */
export function* fastPathResults(
  pupils: readonly EnginePupil[],
  figures: RegisterFigures,
): Generator<PupilResult> {
  for (const pupil of pupils) {
    const row = figures.read(pupil.index);
    yield {
      upn: pupil.upn,
      values: [
        row.possibleSessions,
        row.attendedSessions,
        row.authorisedAbsences,
        row.unauthorisedAbsences,
        row.missingMarks,
        row.attendanceTenths === -1 ? null : row.attendanceTenths,
        flag((row.flags & FIGURE_FLAG.persistentlyAbsent) !== 0),
        flag((row.flags & FIGURE_FLAG.severelyAbsent) !== 0),
        flag((row.flags & FIGURE_FLAG.penaltyThresholdReached) !== 0),
        flag((row.flags & FIGURE_FLAG.holidayOnly) !== 0),
        row.maxSessionsInWindow,
        pupil.rejectedMarks,
      ],
    };
  }
}

/** Builds a pupil's results from the domain functions that take `SessionMark`s. */
export function domainResult(
  upn: string,
  figures: PupilFigures,
  penalty: PenaltyThresholdResult,
  rejectedMarks: number,
): PupilResult {
  const percent = figures.attendancePercent;
  return {
    upn,
    values: [
      figures.possibleSessions,
      figures.attendedSessions,
      figures.authorisedAbsences,
      figures.unauthorisedAbsences,
      figures.missingMarks,
      percent === null ? null : Math.round(percent * 10),
      flag(figures.persistentlyAbsent),
      flag(figures.severelyAbsent),
      flag(penalty.reached),
      flag(penalty.holidayOnly),
      penalty.maxSessionsInWindow,
      rejectedMarks,
    ],
  };
}

/** Computes one pupil's results from their slots with `computePupilFigures` and `computePenaltyThreshold`. */
export function domainResultOfPupil(pupil: EnginePupil): PupilResult {
  const sessions = sessionsOfSlots(pupil);
  return domainResult(
    pupil.upn,
    computePupilFigures(sessions),
    computePenaltyThreshold(sessions),
    pupil.rejectedMarks,
  );
}
