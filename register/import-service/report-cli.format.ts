import type { PupilRecord } from '../storage/school-register.repository';
import { formatPercent } from './cli.output';

/** One pupil as `npm run report -- --json` prints it. */
export interface PupilReportRow {
  upn: string;
  surname: string;
  forename: string;
  yearGroup: string;
  left: boolean;
  /** Start year of the academic year of the figures, or null without figures. */
  academicYear: number | null;
  possibleSessions: number;
  attendedSessions: number;
  authorisedAbsences: number;
  unauthorisedAbsences: number;
  /** Percentage to 1 decimal place, or null with no possible sessions. */
  attendancePercent: number | null;
  persistentlyAbsent: boolean;
  severelyAbsent: boolean;
  penaltyNoticeThresholdReached: boolean;
  holidayOnly: boolean;
  missingMarks: number;
  maxSessionsInWindow: number;
  firstSessionDate: string | null;
  lastSessionDate: string | null;
}

/** Builds the report row of a pupil. A pupil with no figures gets zero counts. */
export function toReportRow(pupil: PupilRecord): PupilReportRow {
  const figures = pupil.figures;
  return {
    upn: pupil.upn,
    surname: pupil.surname,
    forename: pupil.forename,
    yearGroup: pupil.yearGroup,
    left: pupil.left,
    academicYear: figures?.academicYear ?? null,
    possibleSessions: figures?.possibleSessions ?? 0,
    attendedSessions: figures?.attendedSessions ?? 0,
    authorisedAbsences: figures?.authorisedAbsences ?? 0,
    unauthorisedAbsences: figures?.unauthorisedAbsences ?? 0,
    attendancePercent: figures?.attendancePercent ?? null,
    persistentlyAbsent: figures?.persistentlyAbsent ?? false,
    severelyAbsent: figures?.severelyAbsent ?? false,
    penaltyNoticeThresholdReached: figures?.penaltyNoticeThresholdReached ?? false,
    holidayOnly: figures?.holidayOnly ?? false,
    missingMarks: figures?.missingMarks ?? 0,
    maxSessionsInWindow: figures?.maxSessionsInWindow ?? 0,
    firstSessionDate: figures?.firstSessionDate ?? null,
    lastSessionDate: figures?.lastSessionDate ?? null,
  };
}

const yes = (flag: boolean) => (flag ? 'yes' : '');

const COLUMNS: readonly {
  title: string;
  right: boolean;
  value: (row: PupilReportRow) => string;
}[] = [
  { title: 'UPN', right: false, value: (row) => row.upn },
  { title: 'Surname', right: false, value: (row) => row.surname },
  { title: 'Forename', right: false, value: (row) => row.forename },
  { title: 'Year', right: false, value: (row) => row.yearGroup },
  { title: 'Possible', right: true, value: (row) => String(row.possibleSessions) },
  { title: 'Attended', right: true, value: (row) => String(row.attendedSessions) },
  { title: 'Auth', right: true, value: (row) => String(row.authorisedAbsences) },
  { title: 'Unauth', right: true, value: (row) => String(row.unauthorisedAbsences) },
  { title: 'Attendance', right: true, value: (row) => formatPercent(row.attendancePercent) },
  { title: 'PA', right: false, value: (row) => yes(row.persistentlyAbsent) },
  { title: 'SA', right: false, value: (row) => yes(row.severelyAbsent) },
  { title: 'PN', right: false, value: (row) => yes(row.penaltyNoticeThresholdReached) },
  { title: 'Holiday', right: false, value: (row) => yes(row.holidayOnly) },
  { title: 'Missing', right: true, value: (row) => String(row.missingMarks) },
  { title: 'Left', right: false, value: (row) => yes(row.left) },
];

/**
 * Formats rows as a table with aligned columns: PA persistently absent, SA severely absent,
 * PN at the penalty notice threshold, Holiday that threshold reached with holiday codes only,
 * Missing sessions with no mark.
 */
export function formatReportTable(rows: readonly PupilReportRow[]): string[] {
  const cells = [
    COLUMNS.map((column) => column.title),
    ...rows.map((row) => COLUMNS.map((column) => column.value(row))),
  ];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  return cells.map((line) =>
    line
      .map((cell, index) =>
        COLUMNS[index]!.right ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!),
      )
      .join('  ')
      .trimEnd(),
  );
}
