import type { SessionMark } from '../domain/attendance/session.types';
import { createTableClient } from '../bot/storage/table-client';
import { startEmbeddedAzurite } from '../bot/storage/embedded-azurite';
import { generateCounty, pupilSessionMarks } from '../register/generate';
import {
  REGISTER_TABLES,
  TableSchoolRegister,
  academicYearOf,
  codeIdOf,
  createYearSlots,
  slotOf,
  type YearMarksRecord,
} from '../register/storage';
import { toYearMarksEntity } from '../register/storage/pupil.entity';
import { secondsSince } from './engine.system';

/** Writes in flight at once for single-entity upserts, as many as `submitInBatches` uses. */
const PARALLEL_UPSERTS = 4;

/** Time to store a set of entities in one way. */
export interface StorageTiming {
  method: string;
  entities: number;
  seconds: number;
}

/** Options of the storage measurement: which synthetic schools to write. */
export interface StorageOptions {
  schools: number;
  pupilsPerSchool: number;
  weeks: number;
  seed: number;
}

interface SchoolMarks {
  urn: string;
  records: YearMarksRecord[];
}

function yearMarksOf(upn: string, sessions: readonly SessionMark[]): YearMarksRecord[] {
  const years = new Map<number, YearMarksRecord>();
  for (const session of sessions) {
    const academicYear = academicYearOf(session.date);
    let record = years.get(academicYear);
    if (record === undefined) {
      record = { upn, academicYear, slots: createYearSlots() };
      years.set(academicYear, record);
    }
    record.slots[slotOf(session.date, session.session, academicYear)] = codeIdOf(session.code);
  }
  return [...years.values()];
}

function generateSchoolMarks(options: StorageOptions): SchoolMarks[] {
  return [...generateCounty(options)].map((school) => ({
    urn: school.plan.urn,
    records: [...school.pupils()].flatMap((pupil) => {
      return yearMarksOf(pupil.upn, pupilSessionMarks(pupil, school.calendar));
    }),
  }));
}

async function upsertEach(
  connectionString: string,
  partition: string,
  records: readonly YearMarksRecord[],
  parallel: number,
): Promise<void> {
  const client = createTableClient(connectionString, REGISTER_TABLES.pupilMarks);
  let next = 0;
  const worker = async () => {
    while (next < records.length) {
      const record = records[next++]!;
      await client.upsertEntity(toYearMarksEntity(partition, record), 'Replace');
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

async function timeSchools(
  method: string,
  schools: readonly SchoolMarks[],
  write: (school: SchoolMarks) => Promise<void>,
): Promise<StorageTiming> {
  const started = process.hrtime.bigint();
  for (const school of schools) await write(school);
  const entities = schools.reduce((total, school) => total + school.records.length, 0);
  return { method, entities, seconds: secondsSince(started) };
}

/**
 * Measures storing synthetic schools' years of marks, one entity per pupil per academic year,
 * in Azurite in memory. `TableSchoolRegister.writePupils` sends transactions of up to 100
 * entities. The comparison sends one `upsertEntity` per entity, one at a time and 4 at a time.
 * Each method writes into partitions of its own, so none finds entities already stored.
 */
export async function runStorageBenchmark(options: StorageOptions): Promise<StorageTiming[]> {
  const schools = generateSchoolMarks(options);
  const azurite = await startEmbeddedAzurite({ location: '', inMemory: true });
  try {
    const { connectionString } = azurite;
    const repository = new TableSchoolRegister(connectionString);
    await repository.prepare();
    return [
      await timeSchools('Batch transactions (TableSchoolRegister.writePupils)', schools, (school) =>
        repository.writePupils(
          school.urn,
          school.records.map((record) => ({ record })),
          [],
        ),
      ),
      await timeSchools('One upsertEntity per entity, 1 at a time', schools, (school) =>
        upsertEach(connectionString, `${school.urn}-single`, school.records, 1),
      ),
      await timeSchools(
        `One upsertEntity per entity, ${PARALLEL_UPSERTS} at a time`,
        schools,
        (school) =>
          upsertEach(connectionString, `${school.urn}-parallel`, school.records, PARALLEL_UPSERTS),
      ),
    ];
  } finally {
    await azurite.stop();
  }
}
