import type { SessionName } from '../../domain/attendance/session.types';
import { parseRegisterDate } from './date.parse';
import { importError, type ProblemLog } from './import.problems';

const SESSION_NAMES = new Map<string, SessionName>([
  ['am', 'AM'],
  ['pm', 'PM'],
  ['a', 'AM'],
  ['p', 'PM'],
  ['morning', 'AM'],
  ['afternoon', 'PM'],
]);

/** Reads a session name: AM or PM, Morning or Afternoon, or A or P, in any case. */
export function parseSessionName(text: string): SessionName | null {
  return SESSION_NAMES.get(text.trim().toLowerCase()) ?? null;
}

/** Trims a year group and writes any spelling of "leaver" as `Leaver`. */
export function normaliseYearGroup(text: string): string {
  const yearGroup = text.trim();
  return yearGroup.toLowerCase() === 'leaver' ? 'Leaver' : yearGroup;
}

/** Trims a UPN and writes it in upper case. */
export function normaliseUpn(text: string): string {
  return text.trim().toUpperCase();
}

/** Pupil fields of a row, as read from a CSV record or a CTF pupil. */
export interface PupilFields {
  upn: string;
  surname: string;
  forename: string;
  yearGroup: string;
}

/** Trims pupil fields, upper-cases the UPN and normalises the year group. */
export function normalisePupil(raw: PupilFields): PupilFields {
  return {
    upn: normaliseUpn(raw.upn),
    surname: raw.surname.trim(),
    forename: raw.forename.trim(),
    yearGroup: normaliseYearGroup(raw.yearGroup),
  };
}

/** Source position of a field's value, for the problems that row readers log. */
export interface FieldPlace {
  file: string;
  line: number;
  column: string;
}

/** Logs an error for a blank required field and returns false, or returns true. */
export function requireValue(value: string, place: FieldPlace, log: ProblemLog): boolean {
  if (value.trim() !== '') return true;
  const message = `The ${place.column} value is blank. Fill it in, or delete the row.`;
  log.add(importError('import.value.missing', { ...place, value }, message));
  return false;
}

/** Parses a date to ISO, or logs `import.date.invalid` and returns null. */
export function readDate(value: string, place: FieldPlace, log: ProblemLog): string | null {
  const parsed = parseRegisterDate(value);
  if (parsed.ok) return parsed.iso;
  log.add(importError('import.date.invalid', { ...place, value }, parsed.message));
  return null;
}

/** Parses a session name, or logs `import.session.invalid` and returns null. */
export function readSession(value: string, place: FieldPlace, log: ProblemLog): SessionName | null {
  const session = parseSessionName(value);
  if (session !== null) return session;
  const message = `Invalid session "${value}". Use AM or PM (Morning, Afternoon, A and P are also accepted).`;
  log.add(importError('import.session.invalid', { ...place, value }, message));
  return null;
}
