import type {
  ImportRecord,
  PupilRecord,
  RecordWrite,
  SchoolRegisterRepository,
  StoredYearMarks,
  ThresholdChangeEntry,
  YearMarksRecord,
} from '../storage/school-register.repository';
import { IncomingRegister, type ImportSession } from './incoming-register';
import { compareText } from './pupil.filter';
import { mergePupil } from './pupil.merge';
import { computeSchoolFigures } from './school.figures';

/** Sessions to import, checked already, with the details that the import record stores. */
export interface ImportSource {
  /** File name without its folder, or a description of generated data. */
  name: string;
  format: string;
  warnings: number;
  sessions: AsyncIterable<ImportSession> | Iterable<ImportSession>;
}

/** Callbacks that report how far an import has got. */
export interface ImportProgress {
  /** Called after every 10,000 sessions read, with the last one read. */
  onSessionsRead?: (count: number, last: ImportSession) => void;
  /** Called when reading is done and storing starts. */
  onStoring?: () => void;
  onBatchWritten?: (done: number, total: number) => void;
}

/** Outcome of a stored import. */
export interface ImportResult {
  record: ImportRecord;
  /** Pupils who crossed or recovered from a threshold, in UPN order. */
  changes: ThresholdChangeEntry[];
  /** No pupil of the school was stored before, so every flag set counts as newly crossed. */
  firstImport: boolean;
}

const PROGRESS_EVERY_SESSIONS = 10_000;

async function readSessions(source: ImportSource, progress: ImportProgress) {
  const incoming = new IncomingRegister();
  for await (const session of source.sessions) {
    incoming.add(session);
    if (incoming.sessionCount % PROGRESS_EVERY_SESSIONS === 0) {
      progress.onSessionsRead?.(incoming.sessionCount, session);
    }
  }
  return incoming;
}

async function loadYearMarks(
  store: SchoolRegisterRepository,
  urn: string,
  academicYears: number[],
): Promise<Map<string, StoredYearMarks>> {
  const byKey = new Map<string, StoredYearMarks>();
  for (const year of academicYears) {
    for (const marks of await store.listYearMarks(urn, year)) {
      byKey.set(`${year}|${marks.upn}`, marks);
    }
  }
  return byKey;
}

/**
 * Merges checked sessions into a school's stored register: a session replaces the stored mark
 * for the same pupil, date and session, and other stored sessions stay as they were. Then it
 * recomputes the figures of every pupil in the import, compares their threshold flags with the
 * stored ones, writes what changed and stores the import record with its change list.
 * Importing the same sessions again writes no pupil or marks and gives an empty change list.
 * The sessions are all read before anything is written, so a source that throws stores nothing.
 */
export async function importSessions(
  store: SchoolRegisterRepository,
  urn: string,
  source: ImportSource,
  progress: ImportProgress = {},
): Promise<ImportResult> {
  const incoming = await readSessions(source, progress);
  progress.onStoring?.();
  const pupils = new Map<string, PupilRecord>();
  const storedPupils = new Map((await store.listPupils(urn)).map((pupil) => [pupil.upn, pupil]));
  for (const [upn, pupil] of storedPupils) pupils.set(upn, pupil);
  // The year before the earliest imported one is loaded too, for penalty windows that cross years.
  const years = incoming.academicYears();
  const withPrevious = years.length > 0 ? [...years, Math.min(...years) - 1] : years;
  const storedMarks = await loadYearMarks(store, urn, withPrevious);

  const markWrites: RecordWrite<YearMarksRecord>[] = [];
  const pupilWrites: RecordWrite<PupilRecord>[] = [];
  const changes: ThresholdChangeEntry[] = [];
  let sessionsChanged = 0;
  for (const [upn, incomingPupil] of incoming.pupils) {
    const merge = mergePupil(upn, incomingPupil, storedPupils.get(upn), (year) =>
      storedMarks.get(`${year}|${upn}`),
    );
    markWrites.push(...merge.marks);
    if (merge.pupilWrite !== null) pupilWrites.push(merge.pupilWrite);
    if (merge.change !== null) changes.push(merge.change);
    sessionsChanged += merge.sessionsChanged;
    pupils.set(upn, merge.pupil);
  }
  await store.writePupils(urn, markWrites, pupilWrites, progress.onBatchWritten);

  changes.sort((left, right) => compareText(left.upn, right.upn));
  const record: Omit<ImportRecord, 'importId'> = {
    importedAt: new Date(),
    source: source.name,
    format: source.format,
    pupilsInFile: incoming.pupils.size,
    sessionsInFile: incoming.sessionCount,
    sessionsChanged,
    pupilsWritten: pupilWrites.length,
    warnings: source.warnings,
    school: computeSchoolFigures(pupils.values()),
    crossedCount: changes.filter((change) => change.crossed.length > 0).length,
    recoveredCount: changes.filter((change) => change.recovered.length > 0).length,
  };
  const importId = await store.addImport(urn, record, changes);
  return { record: { ...record, importId }, changes, firstImport: storedPupils.size === 0 };
}
