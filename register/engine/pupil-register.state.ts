import type { WeekdaySlots } from '../../domain/attendance/figures.slots';

import { detachString } from '../import/string.copy';

/** Weekdays a pupil's slots cover when first allocated: about 38 school weeks. */
const INITIAL_WEEKDAYS = 192;

/** Outcomes of `storeSession`. */
export const STORE_OUTCOME = { stored: 0, repeated: 1, conflicting: 2 } as const;

/** One pupil of a register held in memory, with a byte per session from first to last weekday. */
export class EnginePupil implements WeekdaySlots {
  codes = new Uint8Array(0);
  firstWeekday = 0;
  /** Marks rejected for this pupil because their code is unknown or withdrawn. */
  rejectedMarks = 0;
  /** Number of the load that last gave a row for this pupil (see `RegisterState.beginLoad`). */
  lastLoad = 0;

  constructor(
    /** Position in `RegisterState.pupils`. */
    readonly index: number,
    readonly upn: string,
    /** School URN of the pupil's first row, or an empty string for a file without one. */
    readonly schoolUrn: string,
    public surname: string,
    public forename: string,
    public yearGroup: string,
  ) {}
}

/**
 * Pupils of a register in memory, keyed by UPN, each with their sessions as `WeekdaySlots`.
 * Each pupil takes 2 bytes per weekday from their first to last session, with up to half again
 * for growth: about 600 bytes for a school year, so 80,000 pupils take about 50 MB.
 */
export class RegisterState {
  readonly pupils: EnginePupil[] = [];
  private readonly byUpn = new Map<string, EnginePupil>();
  private loads = 0;

  /** Starts a new load and returns its number, which rows mark on the pupils they touch. */
  beginLoad(): number {
    return ++this.loads;
  }

  findPupil(upn: string): EnginePupil | undefined {
    return this.byUpn.get(upn);
  }

  /**
   * Returns the pupil with this UPN, adding one with these details when there is none, and
   * keeps the latest names and year group. Stored strings are copies, so that a field cut
   * from a large chunk of text does not keep the chunk in memory.
   */
  pupilFor(
    upn: string,
    schoolUrn: string,
    surname: string,
    forename: string,
    yearGroup: string,
  ): EnginePupil {
    let pupil = this.byUpn.get(upn);
    if (pupil === undefined) {
      const key = detachString(upn);
      pupil = new EnginePupil(this.pupils.length, key, detachString(schoolUrn), '', '', '');
      this.pupils.push(pupil);
      this.byUpn.set(key, pupil);
    }
    if (pupil.surname !== surname) pupil.surname = detachString(surname);
    if (pupil.forename !== forename) pupil.forename = detachString(forename);
    if (pupil.yearGroup !== yearGroup) pupil.yearGroup = detachString(yearGroup);
    pupil.lastLoad = this.loads;
    return pupil;
  }

  /**
   * Stores a session (`session` 0 for AM, 1 for PM) unless the pupil already has one on that
   * weekday and session, which keeps the first mark. Returns a `STORE_OUTCOME`.
   */
  storeSession(pupil: EnginePupil, weekday: number, session: number, codeId: number): number {
    let slot = (weekday - pupil.firstWeekday) * 2 + session;
    if (slot < 0 || slot >= pupil.codes.length) {
      growSlots(pupil, weekday);
      slot = (weekday - pupil.firstWeekday) * 2 + session;
    }
    const earlier = pupil.codes[slot]!;
    if (earlier === 0) {
      pupil.codes[slot] = codeId;
      return STORE_OUTCOME.stored;
    }
    return earlier === codeId ? STORE_OUTCOME.repeated : STORE_OUTCOME.conflicting;
  }

  /** Returns the latest weekday with a session for any pupil, or NaN with no sessions. */
  lastWeekday(): number {
    let last = NaN;
    for (const pupil of this.pupils) {
      const codes = pupil.codes;
      let slot = codes.length - 1;
      while (slot >= 0 && codes[slot] === 0) slot--;
      if (slot < 0) continue;
      const weekday = pupil.firstWeekday + (slot >> 1);
      if (!(weekday <= last)) last = weekday;
    }
    return last;
  }
}

/** Widens a pupil's slots to cover `weekday`, with half as much again for later growth. */
function growSlots(pupil: EnginePupil, weekday: number): void {
  const oldWeekdays = pupil.codes.length >> 1;
  if (oldWeekdays === 0) {
    pupil.firstWeekday = weekday;
    pupil.codes = new Uint8Array(INITIAL_WEEKDAYS * 2);
    return;
  }
  const lastWeekday = pupil.firstWeekday + oldWeekdays - 1;
  const span = Math.max(lastWeekday, weekday) - Math.min(pupil.firstWeekday, weekday) + 1;
  const newWeekdays = Math.max(Math.ceil(oldWeekdays * 1.5), span);
  const newFirst =
    weekday < pupil.firstWeekday ? lastWeekday - newWeekdays + 1 : pupil.firstWeekday;
  const codes = new Uint8Array(newWeekdays * 2);
  codes.set(pupil.codes, (pupil.firstWeekday - newFirst) * 2);
  pupil.firstWeekday = newFirst;
  pupil.codes = codes;
}
