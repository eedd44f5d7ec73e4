import { computeSlotFigures } from '../../domain/attendance/figures.slots';
import { computeSlotPenaltyThreshold } from '../../domain/attendance/penalty-threshold.slots';
import type { EnginePupil, RegisterState } from './pupil-register.state';

/** Bits of `RegisterFigures.flags`. */
export const FIGURE_FLAG = {
  persistentlyAbsent: 1,
  severelyAbsent: 2,
  penaltyThresholdReached: 4,
  holidayOnly: 8,
} as const;

/** Figures of one pupil as numbers, the shape that `RegisterFigures.read` returns. */
export interface PupilFigureRow {
  possibleSessions: number;
  attendedSessions: number;
  authorisedAbsences: number;
  unauthorisedAbsences: number;
  missingMarks: number;
  /** Attendance percentage × 10, rounded as `attendancePercent` rounds, or -1 with no possible sessions. */
  attendanceTenths: number;
  flags: number;
  maxSessionsInWindow: number;
}

/**
 * Attendance figures and penalty notice threshold flags of every pupil in a `RegisterState`,
 * held in typed arrays indexed by `EnginePupil.index`: 29 bytes per pupil, so 80,000 pupils
 * take about 2.3 MB.
 */
export class RegisterFigures {
  possible = new Int32Array(0);
  attended = new Int32Array(0);
  authorised = new Int32Array(0);
  unauthorised = new Int32Array(0);
  missing = new Int32Array(0);
  attendanceTenths = new Int32Array(0);
  maxInWindow = new Int32Array(0);
  flags = new Uint8Array(0);

  /** Computes the figures of every pupil in the state. */
  computeAll(state: RegisterState): void {
    this.ensureCapacity(state.pupils.length);
    for (const pupil of state.pupils) this.computePupil(pupil);
  }

  /**
   * Recomputes one pupil from their slots with `computeSlotFigures` and
   * `computeSlotPenaltyThreshold`, and returns the flags they had before.
   */
  computePupil(pupil: EnginePupil): number {
    const index = pupil.index;
    if (index >= this.flags.length) this.ensureCapacity(index + 1);
    const before = this.flags[index]!;
    const figures = computeSlotFigures(pupil);
    const penalty = computeSlotPenaltyThreshold(pupil);
    this.possible[index] = figures.possibleSessions;
    this.attended[index] = figures.attendedSessions;
    this.authorised[index] = figures.authorisedAbsences;
    this.unauthorised[index] = figures.unauthorisedAbsences;
    this.missing[index] = figures.missingMarks;
    const percent = figures.attendancePercent;
    this.attendanceTenths[index] = percent === null ? -1 : Math.round(percent * 10);
    this.maxInWindow[index] = penalty.maxSessionsInWindow;
    this.flags[index] =
      (figures.persistentlyAbsent ? FIGURE_FLAG.persistentlyAbsent : 0) |
      (figures.severelyAbsent ? FIGURE_FLAG.severelyAbsent : 0) |
      (penalty.reached ? FIGURE_FLAG.penaltyThresholdReached : 0) |
      (penalty.holidayOnly ? FIGURE_FLAG.holidayOnly : 0);
    return before;
  }

  /** Returns one pupil's figures. */
  read(index: number): PupilFigureRow {
    return {
      possibleSessions: this.possible[index]!,
      attendedSessions: this.attended[index]!,
      authorisedAbsences: this.authorised[index]!,
      unauthorisedAbsences: this.unauthorised[index]!,
      missingMarks: this.missing[index]!,
      attendanceTenths: this.attendanceTenths[index]!,
      flags: this.flags[index]!,
      maxSessionsInWindow: this.maxInWindow[index]!,
    };
  }

  private ensureCapacity(pupils: number): void {
    if (this.flags.length >= pupils) return;
    const length = Math.max(pupils, Math.ceil(this.flags.length * 1.5));
    const grow = <T extends Int32Array | Uint8Array>(old: T, created: T): T => {
      created.set(old);
      return created;
    };
    this.possible = grow(this.possible, new Int32Array(length));
    this.attended = grow(this.attended, new Int32Array(length));
    this.authorised = grow(this.authorised, new Int32Array(length));
    this.unauthorised = grow(this.unauthorised, new Int32Array(length));
    this.missing = grow(this.missing, new Int32Array(length));
    this.attendanceTenths = grow(this.attendanceTenths, new Int32Array(length));
    this.maxInWindow = grow(this.maxInWindow, new Int32Array(length));
    this.flags = grow(this.flags, new Uint8Array(length));
  }
}
