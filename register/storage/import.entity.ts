import type { TableEntity, TableEntityResult } from '@azure/data-tables';
import type { ThresholdName } from '../../domain/attendance/threshold.diff';
import { attendancePercent } from '../../domain/attendance/figures.compute';
import { encodeKey } from '../../bot/storage/table-client';
import type {
  ImportRecord,
  SchoolFigures,
  SchoolRecord,
  ThresholdChangeEntry,
} from './school-register.repository';

type Properties = Record<string, unknown>;

/** Partition of the `schools` table, which contains one entity per school. */
export const SCHOOLS_PARTITION = 'school';

/**
 * Maximum length in JSON characters of a change list kept inside the import entity. A string
 * property may contain 64 KiB, which is 32,768 UTF-16 characters, and an entity 1 MiB
 * (Microsoft Learn, "Understanding the Table service data model",
 * https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model),
 * so longer lists go to their own table.
 */
export const MAX_INLINE_CHANGE_CHARACTERS = 30_000;

/** Builds the import entity. `changesJson` is null when the changes are stored separately. */
export function toImportEntity(
  urn: string,
  record: ImportRecord,
  changesJson: string | null,
): TableEntity<Properties> {
  const school = record.school;
  return {
    partitionKey: urn,
    rowKey: record.importId,
    importedAt: record.importedAt,
    source: record.source,
    format: record.format,
    pupilsInFile: record.pupilsInFile,
    sessionsInFile: record.sessionsInFile,
    sessionsChanged: record.sessionsChanged,
    pupilsWritten: record.pupilsWritten,
    warnings: record.warnings,
    schoolAcademicYear: school.academicYear ?? -1,
    schoolPupils: school.pupils,
    schoolLeavers: school.leavers,
    schoolPossibleSessions: school.possibleSessions,
    schoolAttendedSessions: school.attendedSessions,
    schoolPersistentlyAbsent: school.persistentlyAbsent,
    schoolSeverelyAbsent: school.severelyAbsent,
    schoolPenaltyNoticeThreshold: school.penaltyNoticeThreshold,
    schoolPenaltyNoticeThresholdHolidayOnly: school.penaltyNoticeThresholdHolidayOnly,
    crossedCount: record.crossedCount,
    recoveredCount: record.recoveredCount,
    changesStoredSeparately: changesJson === null,
    changes: changesJson ?? '',
  };
}

function readSchoolFigures(entity: Properties): SchoolFigures {
  const year = Number(entity.schoolAcademicYear);
  const possible = Number(entity.schoolPossibleSessions);
  const attended = Number(entity.schoolAttendedSessions);
  return {
    academicYear: year < 0 ? null : year,
    pupils: Number(entity.schoolPupils),
    leavers: Number(entity.schoolLeavers),
    possibleSessions: possible,
    attendedSessions: attended,
    attendancePercent: attendancePercent(attended, possible),
    persistentlyAbsent: Number(entity.schoolPersistentlyAbsent),
    severelyAbsent: Number(entity.schoolSeverelyAbsent),
    penaltyNoticeThreshold: Number(entity.schoolPenaltyNoticeThreshold),
    penaltyNoticeThresholdHolidayOnly: Number(entity.schoolPenaltyNoticeThresholdHolidayOnly),
  };
}

/** Reads an import entity written by `toImportEntity`, without its change list. */
export function fromImportEntity(entity: TableEntityResult<Properties>): ImportRecord {
  return {
    importId: entity.rowKey!,
    importedAt: new Date(entity.importedAt as string | Date),
    source: String(entity.source ?? ''),
    format: String(entity.format ?? ''),
    pupilsInFile: Number(entity.pupilsInFile),
    sessionsInFile: Number(entity.sessionsInFile),
    sessionsChanged: Number(entity.sessionsChanged),
    pupilsWritten: Number(entity.pupilsWritten),
    warnings: Number(entity.warnings),
    school: readSchoolFigures(entity),
    crossedCount: Number(entity.crossedCount),
    recoveredCount: Number(entity.recoveredCount),
  };
}

/** Partition of the separately stored change list of one import. */
export function thresholdChangesPartition(urn: string, importId: string): string {
  return `${urn}_${importId}`;
}

function joinNames(names: ThresholdName[]): string {
  return names.join(' ');
}

function splitNames(text: unknown): ThresholdName[] {
  return String(text ?? '')
    .split(' ')
    .filter((name) => name !== '') as ThresholdName[];
}

/** Builds the entity of one pupil's change in a separately stored change list. */
export function toThresholdChangeEntity(
  partition: string,
  change: ThresholdChangeEntry,
): TableEntity<Properties> {
  return {
    partitionKey: partition,
    rowKey: encodeKey(change.upn),
    upn: change.upn,
    crossed: joinNames(change.crossed),
    recovered: joinNames(change.recovered),
  };
}

/** Reads an entity written by `toThresholdChangeEntity`. */
export function fromThresholdChangeEntity(entity: Properties): ThresholdChangeEntry {
  return {
    upn: String(entity.upn),
    crossed: splitNames(entity.crossed),
    recovered: splitNames(entity.recovered),
  };
}

/** Builds a school's entity from its latest import. */
export function toSchoolEntity(urn: string, record: ImportRecord): TableEntity<Properties> {
  return {
    partitionKey: SCHOOLS_PARTITION,
    rowKey: urn,
    lastImportId: record.importId,
    lastImportedAt: record.importedAt,
    pupils: record.school.pupils,
    academicYear: record.school.academicYear ?? -1,
  };
}

/** Reads an entity written by `toSchoolEntity`. */
export function fromSchoolEntity(entity: TableEntityResult<Properties>): SchoolRecord {
  const year = Number(entity.academicYear);
  return {
    urn: entity.rowKey!,
    lastImportId: String(entity.lastImportId ?? ''),
    lastImportedAt: new Date(entity.lastImportedAt as string | Date),
    pupils: Number(entity.pupils),
    academicYear: year < 0 ? null : year,
  };
}
