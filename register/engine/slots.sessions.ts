import { isoDateOfWeekdayNumber } from '../../domain/attendance/calendar.weekdays';
import { markCodeOfId } from '../../domain/attendance/codes.indexed';
import type { WeekdaySlots } from '../../domain/attendance/figures.slots';
import type { SessionMark } from '../../domain/attendance/session.types';

/**
 * Converts slots into `SessionMark`s in date order, morning before afternoon, for the rules
 * that take sessions (`computePupilFigures`, `computePenaltyThreshold`) and for storage.
 */
export function sessionsOfSlots(slots: WeekdaySlots): SessionMark[] {
  const sessions: SessionMark[] = [];
  const codes = slots.codes;
  for (let slot = 0; slot < codes.length; slot++) {
    const id = codes[slot]!;
    if (id === 0) continue;
    sessions.push({
      date: isoDateOfWeekdayNumber(slots.firstWeekday + (slot >> 1)),
      session: slot % 2 === 0 ? 'AM' : 'PM',
      code: markCodeOfId(id),
    });
  }
  return sessions;
}
