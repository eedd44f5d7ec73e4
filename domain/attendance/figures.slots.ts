import { CATEGORY_NUMBER, CATEGORY_OF_CODE_ID, markCodeIdOf } from './codes.indexed';
import { isoDateOfWeekdayNumber } from './calendar.weekdays';
import { attendancePercent, isPersistentlyAbsent, isSeverelyAbsent } from './figures.compute';
import type { PupilFigures } from './figures.compute';

/**
 * One pupil's sessions as one byte per session, for registers too large to hold as
 * `SessionMark` objects. Each session with a code id from `MARK_CODE_LIST` is a byte, and 0
 * means no session. Repeated sessions cannot occur, because each session has one slot.
 */
export interface WeekdaySlots {
  /**
   * Code ids by slot: slot `2 × (weekday − firstWeekday)` is the morning session of that
   * weekday and the next slot is the afternoon. Weekdays are numbered by `weekdayNumberOfDay`.
   */
  codes: Uint8Array;
  /** Weekday number of slots 0 and 1. */
  firstWeekday: number;
}

const LATE_ID = markCodeIdOf('L');
const PROSPECTIVE_ID = markCodeIdOf('Z');
// Imports compile to property reads on the exporting module, which cost more than the rest of
// the per-slot work, so the loop reads these copies.
const CATEGORIES = CATEGORY_OF_CODE_ID;
const PRESENT = CATEGORY_NUMBER.present;
const APPROVED = CATEGORY_NUMBER.approvedActivity;
const AUTHORISED = CATEGORY_NUMBER.authorised;
const UNAUTHORISED = CATEGORY_NUMBER.unauthorised;
const MISSING = CATEGORY_NUMBER.missing;
const NOT_POSSIBLE = CATEGORY_NUMBER.notPossible;

/** Builds the RangeError for a slot that contains a byte that is not a code id. */
export function invalidCodeIdError(slot: number, id: number): RangeError {
  return new RangeError(
    `Invalid code id ${id} in slot ${slot}: expected 0 or an id from markCodeIdOf.`,
  );
}

/**
 * Counts one pupil's sessions into `PupilFigures`. Returns the same figures as
 * `computePupilFigures` given the same sessions as `SessionMark`s, in one pass over the slots.
 * Throws RangeError for a slot that contains a byte that is not a code id.
 */
export function computeSlotFigures(slots: WeekdaySlots): PupilFigures {
  const codes = slots.codes;
  let present = 0;
  let approved = 0;
  let authorised = 0;
  let unauthorised = 0;
  let missing = 0;
  let notPossible = 0;
  let late = 0;
  let firstSlot = -1;
  let lastSlot = -1;

  for (let slot = 0; slot < codes.length; slot++) {
    const id = codes[slot]!;
    if (id === 0) continue;
    const category = CATEGORIES[id];
    if (category === PRESENT) {
      present++;
      if (id === LATE_ID) late++;
    } else if (category === APPROVED) approved++;
    else if (category === AUTHORISED) authorised++;
    else if (category === UNAUTHORISED) unauthorised++;
    else if (category === MISSING) missing++;
    else if (category === NOT_POSSIBLE) notPossible++;
    else throw invalidCodeIdError(slot, id);

    if (id === PROSPECTIVE_ID) continue;
    if (firstSlot === -1) firstSlot = slot;
    lastSlot = slot;
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
    firstSessionDate: slotDate(slots.firstWeekday, firstSlot),
    lastSessionDate: slotDate(slots.firstWeekday, lastSlot),
    attendancePercent: attendancePercent(attended, possible),
    persistentlyAbsent: isPersistentlyAbsent(missed, possible),
    severelyAbsent: isSeverelyAbsent(missed, possible),
  };
}

function slotDate(firstWeekday: number, slot: number): string | null {
  return slot === -1 ? null : isoDateOfWeekdayNumber(firstWeekday + (slot >> 1));
}
