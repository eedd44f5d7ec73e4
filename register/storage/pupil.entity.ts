import type { TableEntity, TableEntityResult } from '@azure/data-tables';
import { attendancePercent } from '../../domain/attendance/figures.compute';
import { encodeKey } from '../../bot/storage/table-client';
import { decodeYearMarks, encodeYearMarks } from './marks.codec';
import type {
  PupilRecord,
  StoredFigures,
  StoredPupil,
  StoredYearMarks,
  YearMarksRecord,
} from './school-register.repository';

type Properties = Record<string, unknown>;

/** Row key of a pupil's year marks: the academic year, `_`, then the UPN. */
export function yearMarksRowKey(academicYear: number, upn: string): string {
  return `${academicYear}_${encodeKey(upn)}`;
}

/** Builds the pupil entity. A pupil with no figures stores `hasFigures` false and no counts. */
export function toPupilEntity(urn: string, pupil: PupilRecord): TableEntity<Properties> {
  const entity: TableEntity<Properties> = {
    partitionKey: urn,
    rowKey: encodeKey(pupil.upn),
    upn: pupil.upn,
    surname: pupil.surname,
    forename: pupil.forename,
    yearGroup: pupil.yearGroup,
    left: pupil.left,
    hasFigures: pupil.figures !== null,
  };
  const figures = pupil.figures;
  if (figures === null) return entity;
  return {
    ...entity,
    academicYear: figures.academicYear,
    possibleSessions: figures.possibleSessions,
    attendedSessions: figures.attendedSessions,
    authorisedAbsences: figures.authorisedAbsences,
    unauthorisedAbsences: figures.unauthorisedAbsences,
    missingMarks: figures.missingMarks,
    persistentlyAbsent: figures.persistentlyAbsent,
    severelyAbsent: figures.severelyAbsent,
    penaltyNoticeThresholdReached: figures.penaltyNoticeThresholdReached,
    holidayOnly: figures.holidayOnly,
    maxSessionsInWindow: figures.maxSessionsInWindow,
    firstSessionDate: figures.firstSessionDate ?? '',
    lastSessionDate: figures.lastSessionDate ?? '',
  };
}

function readFigures(entity: Properties): StoredFigures | null {
  if (entity.hasFigures !== true) return null;
  const possible = Number(entity.possibleSessions);
  const attended = Number(entity.attendedSessions);
  return {
    academicYear: Number(entity.academicYear),
    possibleSessions: possible,
    attendedSessions: attended,
    authorisedAbsences: Number(entity.authorisedAbsences),
    unauthorisedAbsences: Number(entity.unauthorisedAbsences),
    missingMarks: Number(entity.missingMarks),
    attendancePercent: attendancePercent(attended, possible),
    persistentlyAbsent: entity.persistentlyAbsent === true,
    severelyAbsent: entity.severelyAbsent === true,
    penaltyNoticeThresholdReached: entity.penaltyNoticeThresholdReached === true,
    holidayOnly: entity.holidayOnly === true,
    maxSessionsInWindow: Number(entity.maxSessionsInWindow),
    firstSessionDate: String(entity.firstSessionDate ?? '') || null,
    lastSessionDate: String(entity.lastSessionDate ?? '') || null,
  };
}

/** Reads a pupil entity written by `toPupilEntity`. */
export function fromPupilEntity(entity: TableEntityResult<Properties>): StoredPupil {
  return {
    upn: String(entity.upn),
    surname: String(entity.surname ?? ''),
    forename: String(entity.forename ?? ''),
    yearGroup: String(entity.yearGroup ?? ''),
    left: entity.left === true,
    figures: readFigures(entity),
    etag: entity.etag,
  };
}

/** Builds the entity of one pupil's marks for one academic year. */
export function toYearMarksEntity(urn: string, marks: YearMarksRecord): TableEntity<Properties> {
  return {
    partitionKey: urn,
    rowKey: yearMarksRowKey(marks.academicYear, marks.upn),
    upn: marks.upn,
    academicYear: marks.academicYear,
    marks: encodeYearMarks(marks.slots),
  };
}

/** Reads a year marks entity written by `toYearMarksEntity`. */
export function fromYearMarksEntity(entity: TableEntityResult<Properties>): StoredYearMarks {
  return {
    upn: String(entity.upn),
    academicYear: Number(entity.academicYear),
    slots: decodeYearMarks(String(entity.marks ?? '')),
    etag: entity.etag,
  };
}
