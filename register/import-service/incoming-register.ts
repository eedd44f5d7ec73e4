import { isoDateToDays } from '../../domain/attendance/calendar.date';
import type { SessionName } from '../../domain/attendance/session.types';
import { MAX_YEAR_SLOTS, academicYearOf } from '../storage/academic-year';
import { codeIdOf, createYearSlots, type YearSlots } from '../storage/marks.codec';

/** One session to import, with a code that `resolveMark` accepted. */
export interface ImportSession {
  upn: string;
  surname: string;
  forename: string;
  yearGroup: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  session: SessionName;
  code: string;
}

/** One pupil of an import: the names and year group of the pupil's last row, and the marks. */
export interface IncomingPupil {
  surname: string;
  forename: string;
  yearGroup: string;
  /** Marks by academic year. A zero slot is a session that the import does not cover. */
  years: Map<number, YearSlots>;
}

interface DatePlace {
  academicYear: number;
  /** Slot of the AM session. */
  slot: number;
}

/**
 * Returns a copy of a string that shares no memory with it, because V8 keeps a slice of 13 or
 * more characters (a UPN, a long name) as a view that keeps its whole 64 KB chunk alive.
 */
function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * The sessions of one import, held as one byte per session per pupil per academic year (about
 * 730 bytes per pupil-year), so 1,500 pupils over one school year take about 1.1 MB.
 */
export class IncomingRegister {
  readonly pupils = new Map<string, IncomingPupil>();
  sessionCount = 0;
  private readonly places = new Map<string, DatePlace>();

  /** Adds one session. A later session for the same slot replaces an earlier one. */
  add(session: ImportSession): void {
    const pupil = this.pupilOf(session);
    const place = this.placeOf(session.date);
    let slots = pupil.years.get(place.academicYear);
    if (slots === undefined) {
      slots = createYearSlots();
      pupil.years.set(place.academicYear, slots);
    }
    slots[place.slot + (session.session === 'PM' ? 1 : 0)] = codeIdOf(session.code);
    this.sessionCount++;
  }

  /** Returns every academic year that has at least one session. */
  academicYears(): number[] {
    const years = new Set<number>();
    for (const pupil of this.pupils.values())
      for (const year of pupil.years.keys()) years.add(year);
    return [...years].sort((left, right) => left - right);
  }

  private pupilOf(session: ImportSession): IncomingPupil {
    let pupil = this.pupils.get(session.upn);
    if (pupil === undefined) {
      pupil = {
        surname: detach(session.surname),
        forename: detach(session.forename),
        yearGroup: detach(session.yearGroup),
        years: new Map(),
      };
      this.pupils.set(detach(session.upn), pupil);
      return pupil;
    }
    if (pupil.surname !== session.surname) pupil.surname = detach(session.surname);
    if (pupil.forename !== session.forename) pupil.forename = detach(session.forename);
    if (pupil.yearGroup !== session.yearGroup) pupil.yearGroup = detach(session.yearGroup);
    return pupil;
  }

  private placeOf(date: string): DatePlace {
    let place = this.places.get(date);
    if (place === undefined) {
      const academicYear = academicYearOf(date);
      const day = isoDateToDays(date) - isoDateToDays(`${academicYear}-08-01`);
      if (!(day >= 0 && day * 2 < MAX_YEAR_SLOTS)) {
        throw new RangeError(`Invalid session date ${JSON.stringify(date)}: expected YYYY-MM-DD.`);
      }
      place = { academicYear, slot: day * 2 };
      this.places.set(detach(date), place);
    }
    return place;
  }
}
