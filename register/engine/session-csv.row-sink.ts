import * as dateBytes from './date-bytes.parse';
import { emptyFastReadCounts, type FastReadCounts } from './fast-read.counts';
import * as markBytes from './mark-bytes.lookup';
import { STORE_OUTCOME, type EnginePupil, type RegisterState } from './pupil-register.state';
import type { CanonicalLayout } from './session-csv.header';

/** Distinct unknown marks listed in the report; the rest are only counted. */
const MAX_LISTED_UNKNOWN_MARKS = 20;

// tsx compiles imports to property reads on the exporting module, which V8 does not inline
// in the per-row loop, so the functions called per row are bound once here.
const weekdayOfDateBytes = dateBytes.weekdayOfDateBytes;
const codeIdOfBytes = markBytes.codeIdOfBytes;
const isWithdrawnOn = markBytes.isWithdrawnOn;
const { INVALID_DATE, WEEKEND_DATE } = dateBytes;

/** The pupil of a row's fields before the date, or why the row is rejected. */
export type PrefixOutcome = EnginePupil | 'malformed' | 'blank-upn';

/** Returns 0 for AM and 1 for PM in either case, or -1 for anything else. */
export function sessionOfBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 2 || (bytes[start + 1]! | 0x20) !== 0x6d) return -1;
  const first = bytes[start]! | 0x20;
  if (first === 0x61) return 0;
  return first === 0x70 ? 1 : -1;
}

/**
 * Checks parsed rows and stores their sessions in a `RegisterState`, counting each rejected
 * row once, by its first problem: date, then session, then code.
 */
export class SessionRowSink {
  readonly counts: FastReadCounts = emptyFastReadCounts();
  /** Unknown marks as found (up to 20 distinct), with their rows. */
  readonly unknownMarks = new Map<string, number>();

  constructor(
    private readonly state: RegisterState,
    private readonly layout: CanonicalLayout,
  ) {}

  /** Finds or adds the pupil of a row from its fields before the date. */
  decodePrefix(fields: readonly string[]): PrefixOutcome {
    const layout = this.layout;
    if (fields.length !== layout.fieldCount - 3) return 'malformed';
    const upn = fields[layout.upnField]!.trim().toUpperCase();
    if (upn === '') return 'blank-upn';
    const urn = layout.schoolUrnField === -1 ? '' : fields[layout.schoolUrnField]!.trim();
    const [surname, forename, yearGroup] = fields.slice(layout.upnField + 1);
    return this.state.pupilFor(upn, urn, surname!.trim(), forename!.trim(), yearGroup!.trim());
  }

  /** Counts a row rejected for its pupil fields. */
  rejectPrefix(outcome: 'malformed' | 'blank-upn'): void {
    if (outcome === 'malformed') this.counts.malformedRows++;
    else this.counts.blankUpns++;
  }

  /** Checks and stores a row split into strings, as quoted records are. */
  acceptFields(fields: readonly string[]): void {
    this.counts.rows++;
    const layout = this.layout;
    if (fields.length !== layout.fieldCount) {
      this.counts.malformedRows++;
      return;
    }
    const outcome = this.decodePrefix(fields.slice(0, layout.fieldCount - 3));
    if (outcome === 'malformed' || outcome === 'blank-upn') {
      this.rejectPrefix(outcome);
      return;
    }
    const [date, session, mark] = fields.slice(layout.fieldCount - 3) as [string, string, string];
    const tail = Buffer.from(`${date},${session},${mark}`, 'utf8');
    const sessionStart = Buffer.byteLength(date) + 1;
    const markStart = sessionStart + Buffer.byteLength(session) + 1;
    this.acceptRow(outcome, tail, 0, sessionStart, markStart, tail.length);
  }

  /**
   * Checks and stores one row of `pupil` from the bytes of its last three fields: the date in
   * `bytes[dateStart..sessionStart − 1)`, the session up to `markStart − 1` and the mark up to
   * `end`, each followed by one separator byte.
   */
  acceptRow(
    pupil: EnginePupil,
    bytes: Buffer,
    dateStart: number,
    sessionStart: number,
    markStart: number,
    end: number,
  ): void {
    const counts = this.counts;
    const weekday = weekdayOfDateBytes(bytes, dateStart, sessionStart - 1);
    const session = sessionOfBytes(bytes, sessionStart, markStart - 1);
    const codeId = codeIdOfBytes(bytes, markStart, end);
    if (weekday === INVALID_DATE) counts.invalidDates++;
    else if (weekday === WEEKEND_DATE) counts.weekendDates++;
    else if (session < 0) counts.invalidSessions++;
    else if (codeId === 0) {
      counts.unknownMarks++;
      pupil.rejectedMarks++;
      this.noteUnknownMark(bytes.toString('utf8', markStart, end));
    } else if (isWithdrawnOn(codeId, weekday)) {
      counts.withdrawnMarks++;
      pupil.rejectedMarks++;
    } else {
      const outcome = this.state.storeSession(pupil, weekday, session, codeId);
      if (outcome === STORE_OUTCOME.stored) counts.sessions++;
      else if (outcome === STORE_OUTCOME.repeated) counts.repeatedSessions++;
      else counts.conflictingSessions++;
    }
  }

  private noteUnknownMark(mark: string): void {
    const known = this.unknownMarks.get(mark);
    if (known !== undefined) this.unknownMarks.set(mark, known + 1);
    else if (this.unknownMarks.size < MAX_LISTED_UNKNOWN_MARKS) this.unknownMarks.set(mark, 1);
  }
}
