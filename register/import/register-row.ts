import type { SessionName } from '../../domain/attendance/session.types';

/** Position in an input file that a value came from, for error messages. */
export interface SourcePosition {
  file: string;
  /** 1-based line number in the file (for XML, the line of the element). */
  line: number;
  /** Column name or XML element/attribute the value was read from. */
  column: string;
}

/**
 * Column names or XML elements that each field of a row was read from, for messages about fields
 * other than the mark. Readers share one object between the rows of a file where they can.
 */
export interface RowColumnNames {
  upn: string;
  surname: string;
  forename: string;
  yearGroup: string;
  date: string;
  session: string;
  mark: string;
}

/** One session mark read from a register export, before its code is checked against the rules. */
export interface RegisterRow {
  upn: string;
  surname: string;
  forename: string;
  /** Year group as exported, for example `7`, `R`, `N2` or `Leaver`. */
  yearGroup: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  session: SessionName;
  /** The mark as exported, for example `/`, `N`, `Y1`, `Y` (with `subCode` 1) or a local `X01`. */
  mark: string;
  subCode?: string;
  /** Source position of the mark. `position.column` names the mark's column or element. */
  position: SourcePosition;
  /** Sources of the other fields. Without them, messages use the canonical field names. */
  columns?: RowColumnNames;
}

/** A problem found while reading an input file, with what to do about it. */
export interface ImportProblem {
  severity: 'error' | 'warning';
  /** Stable dotted code, for example `import.date.invalid`. */
  code: string;
  file: string;
  line: number;
  column: string;
  value: string;
  /** Description of the problem and its fix, as one or two plain sentences. */
  message: string;
}
