import assert from 'node:assert/strict';
import {
  computePenaltyThreshold,
  computePupilFigures,
  diffThresholds,
  thresholdFlagsOf,
  type SessionMark,
} from '../../domain/attendance';
import {
  BufferedWriter,
  MemorySink,
  generateCounty,
  pupilSessionMarks,
  writeSchool,
  type GeneratedSchool,
} from '../../register/generate';
import { importRegisterFile, type RegisterFileImport } from '../../register/import-service';
import {
  datesOfAcademicYear,
  decodeYearMarks,
  type TableSchoolRegister,
} from '../../register/storage';
import {
  RegisterFolder,
  openTestStore,
  snapshotRegisterTables,
  uniqueUrn,
} from './support/register-store';
import { buildSessionCsv } from './support/session-csv';

const OPTIONS = { schools: 1, pupilsPerSchool: 30, weeks: 8, seed: 11, phase: 'primary' } as const;

function generateSchool(): GeneratedSchool {
  return [...generateCounty(OPTIONS)][0]!;
}

function renderCsv(school: GeneratedSchool): Buffer {
  const sink = new MemorySink();
  const writer = new BufferedWriter(sink, 4096);
  writeSchool(school, 'csv', writer);
  writer.close();
  return sink.toBuffer();
}

function flagsOf(sessions: SessionMark[]) {
  return thresholdFlagsOf(computePupilFigures(sessions), computePenaltyThreshold(sessions));
}

function requireStored(outcome: RegisterFileImport) {
  assert.equal(outcome.stored, true, 'the import was rejected');
  return (outcome as Extract<RegisterFileImport, { stored: true }>).result;
}

async function partitionSnapshot(urn: string) {
  const tables = await snapshotRegisterTables();
  const inSchool = (entity: unknown) => (entity as { partitionKey: string }).partitionKey === urn;
  return { pupils: tables.pupils!.filter(inSchool), marks: tables.pupilmarks!.filter(inSchool) };
}

describe('register import merging', () => {
  const school = generateSchool();
  const pupils = [...school.pupils()];
  const sessionsByUpn = new Map(pupils.map((p) => [p.upn, pupilSessionMarks(p, school.calendar)]));
  let store: TableSchoolRegister;
  let folder: RegisterFolder;
  let basePath: string;

  before(async () => {
    store = await openTestStore();
    folder = await RegisterFolder.create();
    basePath = await folder.write('base.csv', renderCsv(school));
  });

  after(async () => {
    await folder.remove();
  });

  it('stores nothing from a file with errors', async () => {
    const urn = uniqueUrn();
    await importRegisterFile(store, urn, basePath);
    const before = await snapshotRegisterTables();
    const text = renderCsv(school).toString('utf8').replace(/,#\n/, ',Q9\n');
    const badPath = await folder.write('bad.csv', text);

    const existing = await importRegisterFile(store, urn, badPath);
    const fresh = await importRegisterFile(store, uniqueUrn(), badPath);

    assert.equal(existing.stored, false);
    assert.equal(fresh.stored, false);
    assert.equal(existing.report.errors[0]?.value, 'Q9');
    assert.deepEqual(await snapshotRegisterTables(), before);
  });

  it('changes nothing on re-import', async () => {
    const urn = uniqueUrn();
    requireStored(await importRegisterFile(store, urn, basePath));
    const before = await partitionSnapshot(urn);

    const again = requireStored(await importRegisterFile(store, urn, basePath));

    assert.deepEqual(await partitionSnapshot(urn), before);
    assert.equal(again.record.sessionsChanged, 0);
    assert.equal(again.record.pupilsWritten, 0);
    assert.deepEqual(again.changes, []);
    assert.deepEqual(await store.listThresholdChanges(urn, again.record.importId), []);
  });

  describe('correction files', () => {
    const target = pupils.find((pupil) => {
      const flags = flagsOf(sessionsByUpn.get(pupil.upn)!);
      return pupil.yearGroup !== 'Leaver' && !flags.persistent && !flags.penaltyThreshold;
    })!;
    const original = sessionsByUpn.get(target.upn)!;
    const corrected = original.slice(0, 24).filter((session) => session.code !== '#');
    const correctedKeys = new Set(corrected.map((session) => `${session.date} ${session.session}`));
    const dates = [...new Set(corrected.map((session) => session.date))];
    const csvPupil = { ...target };
    const absentCsv = buildSessionCsv([csvPupil], dates, (_pupil, date, session) =>
      correctedKeys.has(`${date} ${session}`) ? 'O' : '#',
    );
    const revertCsv = buildSessionCsv(
      [csvPupil],
      dates,
      (_pupil, date, session) =>
        original.find((mark) => mark.date === date && mark.session === session)!.code,
    );
    const afterCorrection = original.map((session) =>
      correctedKeys.has(`${session.date} ${session.session}`)
        ? { ...session, code: 'O' as const }
        : session,
    );
    let urn: string;
    let beforeCorrection: Awaited<ReturnType<typeof partitionSnapshot>>;
    let correction: Awaited<ReturnType<typeof requireStored>>;

    before(async () => {
      urn = uniqueUrn();
      requireStored(await importRegisterFile(store, urn, basePath));
      beforeCorrection = await partitionSnapshot(urn);
      correction = requireStored(
        await importRegisterFile(store, urn, await folder.write('absent.csv', absentCsv)),
      );
    });

    it('changes only the sessions it covers', async () => {
      const stored = await store.listYearMarks(urn, 2025);
      const after = stored.find((entry) => entry.upn === target.upn)!.slots;
      const beforeEntity = beforeCorrection.marks.find(
        (entity) => (entity as { upn: string }).upn === target.upn,
      ) as { marks: string };
      const before = decodeYearMarks(beforeEntity.marks);
      const dates = datesOfAcademicYear(2025);
      const changed: string[] = [];
      for (let slot = 0; slot < before.length; slot++) {
        if (before[slot] !== after[slot]) {
          changed.push(`${dates[slot >> 1]} ${slot % 2 === 0 ? 'AM' : 'PM'}`);
        }
      }

      assert.ok(changed.length > 0);
      assert.deepEqual(
        changed.filter((key) => !correctedKeys.has(key)),
        [],
      );
      assert.equal(changed.length, corrected.filter((session) => session.code !== 'O').length);
      assert.equal(correction.record.sessionsChanged, changed.length);
    });

    it('leaves other pupils untouched', async () => {
      const after = await partitionSnapshot(urn);
      const others = (entities: unknown[]) =>
        entities.filter((entity) => (entity as { upn: string }).upn !== target.upn);

      assert.deepEqual(others(after.pupils), others(beforeCorrection.pupils));
      assert.deepEqual(others(after.marks), others(beforeCorrection.marks));
      assert.equal(correction.record.pupilsWritten, 1);
    });

    it('records newly crossed thresholds', async () => {
      const expected = diffThresholds(flagsOf(original), flagsOf(afterCorrection));

      assert.ok(expected.crossed.includes('penaltyThreshold'));
      assert.deepEqual(correction.changes, [{ upn: target.upn, ...expected }]);
      assert.deepEqual(
        await store.listThresholdChanges(urn, correction.record.importId),
        correction.changes,
      );
    });

    it('records recovered thresholds after a revert', async () => {
      const revert = requireStored(
        await importRegisterFile(store, urn, await folder.write('revert.csv', revertCsv)),
      );
      const expected = diffThresholds(flagsOf(afterCorrection), flagsOf(original));

      assert.deepEqual(revert.changes, [{ upn: target.upn, ...expected }]);
      assert.deepEqual(expected.recovered, correction.changes[0]!.crossed);
      assert.equal(revert.record.recoveredCount, 1);
      const marksOf = (entities: unknown[]) =>
        entities.map((entity) => (entity as { marks: string }).marks);
      assert.deepEqual(
        marksOf((await partitionSnapshot(urn)).marks),
        marksOf(beforeCorrection.marks),
      );
    });
  });
});
