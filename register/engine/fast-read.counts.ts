/** Rows read by the fast path and what happened to them. Each rejected row counts once. */
export interface FastReadCounts {
  /** Data rows read, header and blank lines excluded. */
  rows: number;
  /** Sessions stored. */
  sessions: number;
  /** Rows whose mark is not a national code or `-`. */
  unknownMarks: number;
  /** Rows with H, J or Y (no sub-code) dated on or after 19 August 2024, when they were withdrawn. */
  withdrawnMarks: number;
  /** Rows with a date that is not a real `YYYY-MM-DD` date from 2000 to 2100. */
  invalidDates: number;
  weekendDates: number;
  /** Rows whose session is not AM or PM. */
  invalidSessions: number;
  /** Rows with the wrong number of fields, or a broken quoted field. */
  malformedRows: number;
  blankUpns: number;
  /** Sessions given again with the same mark. The repeat is dropped. */
  repeatedSessions: number;
  /** Sessions given again with a different mark. The first mark is kept. */
  conflictingSessions: number;
}

/** Returns counts of zero. */
export function emptyFastReadCounts(): FastReadCounts {
  return {
    rows: 0,
    sessions: 0,
    unknownMarks: 0,
    withdrawnMarks: 0,
    invalidDates: 0,
    weekendDates: 0,
    invalidSessions: 0,
    malformedRows: 0,
    blankUpns: 0,
    repeatedSessions: 0,
    conflictingSessions: 0,
  };
}

/** Returns the number of rows rejected for any reason, repeated sessions excluded. */
export function rejectedRows(counts: FastReadCounts): number {
  return (
    counts.unknownMarks +
    counts.withdrawnMarks +
    counts.invalidDates +
    counts.weekendDates +
    counts.invalidSessions +
    counts.malformedRows +
    counts.blankUpns +
    counts.conflictingSessions
  );
}
