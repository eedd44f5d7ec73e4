import type { ThresholdName } from '../../domain/attendance/threshold.diff';
import type { YearSlots } from './marks.codec';

/**
 * One pupil's latest figures: the attendance figures and penalty notice threshold of the
 * academic year with the pupil's latest session, from the first to the last session stored.
 */
export interface StoredFigures {
  /** Calendar year in which the academic year of these figures starts (2025 for 2025/26). */
  academicYear: number;
  possibleSessions: number;
  attendedSessions: number;
  authorisedAbsences: number;
  unauthorisedAbsences: number;
  missingMarks: number;
  /** Attended / possible as a percentage to 1 decimal place, or null with no possible sessions. */
  attendancePercent: number | null;
  persistentlyAbsent: boolean;
  severelyAbsent: boolean;
  penaltyNoticeThresholdReached: boolean;
  /** Every counted session in the first window that reached the threshold is a holiday code. */
  holidayOnly: boolean;
  /** Max counted sessions in any window of 10 school weeks. */
  maxSessionsInWindow: number;
  firstSessionDate: string | null;
  lastSessionDate: string | null;
}

/** A pupil of one school, with names held once and the latest figures. */
export interface PupilRecord {
  upn: string;
  surname: string;
  forename: string;
  /** Latest year group on roll, or `Leaver` when no earlier year group is known. */
  yearGroup: string;
  /** The latest import gave the year group `Leaver`. */
  left: boolean;
  /** Null until a session in a possible-session year has been imported. */
  figures: StoredFigures | null;
}

/** A stored pupil with the entity tag that a later write must match. */
export interface StoredPupil extends PupilRecord {
  etag: string;
}

/** One pupil's marks for one academic year. */
export interface YearMarksRecord {
  upn: string;
  academicYear: number;
  slots: YearSlots;
}

/** Stored year marks with the entity tag that a later write must match. */
export interface StoredYearMarks extends YearMarksRecord {
  etag: string;
}

/** A record to write, with the entity tag of the version it replaces, or none to create it. */
export interface RecordWrite<T> {
  record: T;
  etag?: string;
}

/** One pupil who crossed or recovered from a threshold in an import. */
export interface ThresholdChangeEntry {
  upn: string;
  crossed: ThresholdName[];
  recovered: ThresholdName[];
}

/** Counts over the pupils whose figures are for the school's latest academic year. */
export interface SchoolFigures {
  academicYear: number | null;
  pupils: number;
  leavers: number;
  possibleSessions: number;
  attendedSessions: number;
  /** Attended / possible over the school as a percentage to 1 decimal place, or null. */
  attendancePercent: number | null;
  persistentlyAbsent: number;
  severelyAbsent: number;
  penaltyNoticeThreshold: number;
  penaltyNoticeThresholdHolidayOnly: number;
}

/** Summary of one import, stored newest first per school. */
export interface ImportRecord {
  /** Row key of the import, which sorts newest first. */
  importId: string;
  importedAt: Date;
  /** File name without its folder, or a description such as `synthetic demo register`. */
  source: string;
  format: string;
  pupilsInFile: number;
  sessionsInFile: number;
  /** Stored sessions that this import added or changed. */
  sessionsChanged: number;
  pupilsWritten: number;
  warnings: number;
  school: SchoolFigures;
  crossedCount: number;
  recoveredCount: number;
}

/** The stored entry of a school, updated by every import. */
export interface SchoolRecord {
  urn: string;
  lastImportId: string;
  lastImportedAt: Date;
  pupils: number;
  academicYear: number | null;
}

/** Progress of a write in transactions of up to 100 entities. */
export type BatchProgress = (done: number, total: number) => void;

/**
 * Storage of imported registers, partitioned by school URN. Writes that pass an `etag` fail
 * with `ConcurrentChangeError` when the stored entity changed since it was read.
 */
export interface SchoolRegisterRepository {
  /** Creates the tables when they do not exist yet. */
  prepare(): Promise<void>;
  findSchool(urn: string): Promise<SchoolRecord | undefined>;
  listSchools(): Promise<SchoolRecord[]>;
  listPupils(urn: string): Promise<StoredPupil[]>;
  /** Returns every pupil's marks for one academic year of a school. */
  listYearMarks(urn: string, academicYear: number): Promise<StoredYearMarks[]>;
  /** Writes marks first, then pupils, in transactions of up to 100 entities. */
  writePupils(
    urn: string,
    marks: RecordWrite<YearMarksRecord>[],
    pupils: RecordWrite<PupilRecord>[],
    onProgress?: BatchProgress,
  ): Promise<void>;
  /**
   * Stores an import with its change list, makes it the school's latest import and returns
   * its id. Ids sort newest first.
   */
  addImport(
    urn: string,
    record: Omit<ImportRecord, 'importId'>,
    changes: ThresholdChangeEntry[],
  ): Promise<string>;
  /** Returns a school's imports, newest first. */
  listImports(urn: string, limit: number): Promise<ImportRecord[]>;
  /** Returns the change list of an import in UPN order, empty for an unknown import. */
  listThresholdChanges(urn: string, importId: string): Promise<ThresholdChangeEntry[]>;
}

/** A stored entity changed between reading and writing it, for example by a second import. */
export class ConcurrentChangeError extends Error {
  constructor(urn: string, options?: ErrorOptions) {
    super(
      `The stored register of school ${urn} changed while this import ran, probably because ` +
        'another import for the school ran at the same time. Run the import again: repeating it is safe.',
      options,
    );
    this.name = 'ConcurrentChangeError';
  }
}
