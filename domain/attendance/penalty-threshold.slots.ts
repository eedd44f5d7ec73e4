import { mondayOfWeek } from './calendar.date';
import type { WeekdaySlots } from './figures.slots';
import { invalidCodeIdError } from './figures.slots';
import type {
  PenaltyThresholdOptions,
  PenaltyThresholdResult,
  PenaltyWindow,
} from './penalty-threshold.compute';
import * as slotFlags from './penalty-threshold.slot-flags';
import { codeFlagsOf, requirePositiveInteger } from './penalty-threshold.slot-flags';

// Imports compile to property reads on the exporting module, which cost more than the rest of
// the per-slot work, so the loop reads these copies.
const { POSSIBLE, COUNTED, HOLIDAY } = slotFlags;

/** School weeks of one pupil, reused between calls because the computation is synchronous. */
let weekNumbers = new Int32Array(64);
let countedByWeek = new Int32Array(64);
let nonHolidayByWeek = new Int32Array(64);

function ensureWeekCapacity(weeks: number): void {
  if (weekNumbers.length >= weeks) return;
  const length = Math.max(weeks, weekNumbers.length * 2);
  weekNumbers = new Int32Array(length);
  countedByWeek = new Int32Array(length);
  nonHolidayByWeek = new Int32Array(length);
}

/**
 * Fills the week arrays with the pupil's school weeks in date order, where a school week is a
 * Monday-start week with at least one possible session. Returns the number of school weeks.
 */
function collectSlotSchoolWeeks(slots: WeekdaySlots, flags: Uint8Array): number {
  const codes = slots.codes;
  const firstWeek = Math.floor(slots.firstWeekday / 5);
  const lastWeek = Math.floor((slots.firstWeekday + Math.ceil(codes.length / 2) - 1) / 5);
  ensureWeekCapacity(lastWeek - firstWeek + 1);
  let schoolWeeks = 0;
  for (let week = firstWeek; week <= lastWeek; week++) {
    const start = Math.max(0, (week * 5 - slots.firstWeekday) * 2);
    const end = Math.min(codes.length, ((week + 1) * 5 - slots.firstWeekday) * 2);
    let isSchoolWeek = false;
    let counted = 0;
    let nonHoliday = 0;
    for (let slot = start; slot < end; slot++) {
      const id = codes[slot]!;
      if (id === 0) continue;
      const codeFlags = flags[id];
      if (codeFlags === undefined) throw invalidCodeIdError(slot, id);
      if (codeFlags & POSSIBLE) isSchoolWeek = true;
      if (codeFlags & COUNTED) {
        counted++;
        if (!(codeFlags & HOLIDAY)) nonHoliday++;
      }
    }
    if (!isSchoolWeek) continue;
    weekNumbers[schoolWeeks] = week;
    countedByWeek[schoolWeeks] = counted;
    nonHolidayByWeek[schoolWeeks] = nonHoliday;
    schoolWeeks++;
  }
  return schoolWeeks;
}

function locateSlotWindow(end: number, windowLength: number): PenaltyWindow {
  let start = Math.max(0, end - windowLength + 1);
  while (countedByWeek[start] === 0) start++;
  let counted = 0;
  for (let index = start; index <= end; index++) counted += countedByWeek[index]!;
  return {
    startWeek: mondayOfWeek(weekNumbers[start]!),
    endWeek: mondayOfWeek(weekNumbers[end]!),
    schoolWeeks: end - start + 1,
    countedSessions: counted,
  };
}

/**
 * Checks one pupil's slots against the penalty notice threshold. Returns the same result as
 * `computePenaltyThreshold` given the same sessions as `SessionMark`s, with the same options
 * and the same definition of a school week, in one pass over the slots that allocates only
 * the result. Throws RangeError for invalid options or a slot byte that is not a code id.
 */
export function computeSlotPenaltyThreshold(
  slots: WeekdaySlots,
  options: PenaltyThresholdOptions = {},
): PenaltyThresholdResult {
  const flags = codeFlagsOf(options);
  const threshold = requirePositiveInteger('sessionThreshold', options.sessionThreshold ?? 10);
  const windowLength = requirePositiveInteger('windowSchoolWeeks', options.windowSchoolWeeks ?? 10);
  const schoolWeeks = collectSlotSchoolWeeks(slots, flags);

  let windowCounted = 0;
  let windowNonHoliday = 0;
  let maxCounted = 0;
  let firstWindow: PenaltyWindow | null = null;
  let holidayOnly = false;
  for (let end = 0; end < schoolWeeks; end++) {
    windowCounted += countedByWeek[end]!;
    windowNonHoliday += nonHolidayByWeek[end]!;
    const leaving = end - windowLength;
    if (leaving >= 0) {
      windowCounted -= countedByWeek[leaving]!;
      windowNonHoliday -= nonHolidayByWeek[leaving]!;
    }
    if (windowCounted > maxCounted) maxCounted = windowCounted;
    if (firstWindow === null && windowCounted >= threshold) {
      firstWindow = locateSlotWindow(end, windowLength);
      holidayOnly = windowNonHoliday === 0;
    }
  }
  return {
    reached: firstWindow !== null,
    firstWindow,
    maxSessionsInWindow: maxCounted,
    holidayOnly,
  };
}
