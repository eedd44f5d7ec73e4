import { isoDateToDays } from '../../domain/attendance/calendar.date';
import { resolveMark, type AcceptedMark } from '../../domain/attendance/mark.resolve';
import { SessionSlots } from './session-slots';
import { detachString } from './string.copy';
import { isWeekend, weekdayIndex } from './date.days';
import type { ProblemLog } from './import.problems';
import type { RegisterRow } from './register-row';
import { checkRowUpn } from './upn.validate';
import {
  conflictError,
  duplicateWarning,
  invalidRowDateError,
  markProblem,
  outOfRangeError,
  weekendError,
} from './row.problems';

/** Options that change which rows `RowChecker` accepts. */
export interface RowCheckOptions {
  /** School-local codes mapped to national codes, for example `X01` to `Y1`. */
  codeMap?: ReadonlyMap<string, string>;
  /** First date of the import range, inclusive (`YYYY-MM-DD`). */
  from?: string;
  /** Last date of the import range, inclusive (`YYYY-MM-DD`). */
  to?: string;
}

/** A row that passed every check, with the code to store for it. */
export interface CheckedRow {
  row: RegisterRow;
  mark: AcceptedMark;
}

interface PupilState {
  slots: SessionSlots;
  upnValid: boolean;
}

const RESOLUTION_CACHE_LIMIT = 1024;

/**
 * Checks rows one at a time against the attendance rules and remembers each pupil's sessions
 * compactly, so that a whole file is checked in memory that grows with pupils and days, not
 * rows. An invalid UPN is reported once, on the first row that has it.
 */
export class RowChecker {
  rowCount = 0;
  sessionCount = 0;
  private readonly pupils = new Map<string, PupilState>();
  private readonly codeIds = new Map<string, number>();
  private readonly codeNames: string[] = [''];
  private readonly accepted = new Map<string, AcceptedMark>();

  constructor(
    private readonly log: ProblemLog,
    private readonly options: RowCheckOptions = {},
  ) {}

  /** Number of distinct UPNs seen. */
  get pupilCount(): number {
    return this.pupils.size;
  }

  /**
   * Checks one row and logs its problems. Returns the row with its code, or null when the row
   * has an error or repeats a session.
   */
  check(row: RegisterRow): CheckedRow | null {
    this.rowCount++;
    const pupil = this.pupilState(row);
    const days = isoDateToDays(row.date);
    if (Number.isNaN(days)) {
      this.log.add(invalidRowDateError(row));
      return null;
    }
    const valid = this.checkDate(row, days) && pupil.upnValid;

    const mark = this.resolve(row);
    if (mark === null) return null;
    if (mark.warning !== undefined) {
      this.log.add(markProblem(row, 'warning', mark.warning, this.options.codeMap));
    }
    if (!valid || !this.claimSession(row, pupil.slots, days, mark.code)) return null;

    this.sessionCount++;
    return { row, mark };
  }

  private pupilState(row: RegisterRow): PupilState {
    let state = this.pupils.get(row.upn);
    if (state !== undefined) return state;
    const problem = checkRowUpn(row);
    if (problem !== null) this.log.add(problem);
    state = { slots: new SessionSlots(), upnValid: problem === null };
    this.pupils.set(detachString(row.upn), state);
    return state;
  }

  private checkDate(row: RegisterRow, days: number): boolean {
    if (isWeekend(days)) {
      this.log.add(weekendError(row, days));
      return false;
    }
    const { from, to } = this.options;
    if ((from !== undefined && row.date < from) || (to !== undefined && row.date > to)) {
      this.log.add(outOfRangeError(row, from, to));
      return false;
    }
    return true;
  }

  private resolve(row: RegisterRow): AcceptedMark | null {
    const key = row.subCode === undefined ? row.mark : `${row.mark}\u0000${row.subCode}`;
    const cached = this.accepted.get(key);
    if (cached !== undefined) return cached;

    const resolution = resolveMark(row.mark, row.subCode, row.date, this.options.codeMap);
    if (!resolution.ok) {
      this.log.add(markProblem(row, 'error', resolution.error, this.options.codeMap));
      return null;
    }
    if (resolution.warning === undefined && this.accepted.size < RESOLUTION_CACHE_LIMIT) {
      this.accepted.set(detachString(key), resolution);
    }
    return resolution;
  }

  private claimSession(row: RegisterRow, slots: SessionSlots, days: number, code: string): boolean {
    const codeId = this.codeId(code);
    const session = row.session === 'AM' ? 0 : 1;
    const earlier = slots.claim(weekdayIndex(days), session, codeId, row.position.line);
    if (earlier === 0) return true;
    const earlierCode = this.codeNames[earlier]!;
    if (earlier === codeId) this.log.add(duplicateWarning(row, slots.earlierLine, code));
    else this.log.add(conflictError(row, slots.earlierLine, earlierCode, code));
    return false;
  }

  private codeId(code: string): number {
    let id = this.codeIds.get(code);
    if (id === undefined) {
      id = this.codeNames.length;
      if (id > 255) throw new RangeError(`More than 255 distinct mark codes, at code "${code}"`);
      this.codeIds.set(code, id);
      this.codeNames.push(code);
    }
    return id;
  }
}
