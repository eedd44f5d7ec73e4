import type { ColumnSpec } from './columns.match';

/**
 * Pupil columns shared by both CSV formats. Names after the first are accepted aliases.
 * `PersonID` is accepted as the UPN column, so its values must be UPNs. Preferred names are not
 * aliases, so an export may carry them beside the legal names.
 */
export const PUPIL_COLUMNS: readonly ColumnSpec[] = [
  { field: 'upn', names: ['upn', 'PersonID', 'Pupil ID', 'Pupil UPN'], required: true },
  { field: 'surname', names: ['surname', 'Legal Surname', 'Last Name'], required: true },
  {
    field: 'forename',
    names: ['forename', 'Legal Forename', 'First Name'],
    required: true,
  },
  { field: 'yearGroup', names: ['year_group', 'Year', 'NC Year'], required: true },
];

/** Columns of a session marks CSV (one row per pupil per session) after the pupil columns. */
export const SESSION_MARK_COLUMNS: readonly ColumnSpec[] = [
  { field: 'date', names: ['date', 'AttendanceDate', 'Session Date'], required: true },
  { field: 'session', names: ['session', 'SessionName'], required: true },
  {
    field: 'mark',
    names: ['mark', 'AttendanceMark', 'Code', 'Attendance Code'],
    required: true,
  },
  {
    field: 'subCode',
    names: ['sub_code', 'AttendanceMarkSubCode', 'Mark Sub Code'],
    required: false,
  },
];

/** The ten session columns of a weekly grid, Monday morning to Friday afternoon. */
export const GRID_SESSION_COLUMNS = [
  'MonAM',
  'MonPM',
  'TueAM',
  'TuePM',
  'WedAM',
  'WedPM',
  'ThuAM',
  'ThuPM',
  'FriAM',
  'FriPM',
] as const;

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Columns of a weekly grid CSV (one row per pupil per week) after the pupil columns. */
export const WEEKLY_GRID_COLUMNS: readonly ColumnSpec[] = [
  {
    field: 'week',
    names: ['week', 'Week Start', 'WeekStarting', 'Week Beginning', 'Week Commencing'],
    required: true,
  },
  ...GRID_SESSION_COLUMNS.map((name, index) => ({
    field: name,
    names: [name, `${DAY_NAMES[index >> 1]}${name.slice(3)}`],
    required: true,
  })),
];
