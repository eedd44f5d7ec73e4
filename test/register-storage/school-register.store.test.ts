import assert from 'node:assert/strict';
import { makeSyntheticUpn } from '../../domain/attendance';
import { computeSchoolFigures } from '../../register/import-service';
import {
  ConcurrentChangeError,
  TableSchoolRegister,
  type ImportRecord,
  type PupilRecord,
  type ThresholdChangeEntry,
} from '../../register/storage';
import { testStorageConnectionString } from '../support/azurite';
import { openTestStore, snapshotRegisterTables, uniqueUrn } from './support/register-store';

function pupil(number: number, yearGroup = '5'): PupilRecord {
  return {
    upn: makeSyntheticUpn(number),
    surname: 'Storetest',
    forename: `Pupil${number}`,
    yearGroup,
    left: false,
    figures: null,
  };
}

function importRecord(importedAt: Date, source: string): Omit<ImportRecord, 'importId'> {
  return {
    importedAt,
    source,
    format: 'session-marks-csv',
    pupilsInFile: 1,
    sessionsInFile: 2,
    sessionsChanged: 2,
    pupilsWritten: 1,
    warnings: 0,
    school: computeSchoolFigures([]),
    crossedCount: 0,
    recoveredCount: 0,
  };
}

const CHANGES: ThresholdChangeEntry[] = [301, 302, 303]
  .map((number): ThresholdChangeEntry => ({
    upn: makeSyntheticUpn(number),
    crossed: ['persistent', 'penaltyThreshold'],
    recovered: number === 302 ? ['severe'] : [],
  }))
  .sort((left, right) => (left.upn < right.upn ? -1 : 1));

describe('TableSchoolRegister', () => {
  let store: TableSchoolRegister;

  before(async () => {
    store = await openTestStore();
  });

  it('keeps short change lists in the import', async () => {
    const urn = uniqueUrn();

    const importId = await store.addImport(urn, importRecord(new Date(), 'a.csv'), CHANGES);

    assert.deepEqual(await store.listThresholdChanges(urn, importId), CHANGES);
    const separate = (await snapshotRegisterTables()).thresholdchanges!.filter((entity) =>
      String((entity as { partitionKey: string }).partitionKey).startsWith(urn),
    );
    assert.equal(separate.length, 0);
  });

  it('moves long change lists to their own table', async () => {
    const small = new TableSchoolRegister(await testStorageConnectionString(), {
      maxInlineChangeCharacters: 50,
    });
    const urn = uniqueUrn();

    const importId = await small.addImport(urn, importRecord(new Date(), 'a.csv'), CHANGES);

    assert.deepEqual(await small.listThresholdChanges(urn, importId), CHANGES);
    const separate = (await snapshotRegisterTables()).thresholdchanges!.filter(
      (entity) => (entity as { partitionKey: string }).partitionKey === `${urn}_${importId}`,
    );
    assert.equal(separate.length, CHANGES.length);
  });

  it('lists imports newest first', async () => {
    const urn = uniqueUrn();
    await store.addImport(urn, importRecord(new Date('2025-10-01T09:00:00Z'), 'older.csv'), []);
    await store.addImport(urn, importRecord(new Date('2025-11-01T09:00:00Z'), 'newer.csv'), []);

    const all = await store.listImports(urn, 10);
    const latest = await store.listImports(urn, 1);

    assert.deepEqual(
      all.map((record) => record.source),
      ['newer.csv', 'older.csv'],
    );
    assert.deepEqual(
      latest.map((record) => record.source),
      ['newer.csv'],
    );
  });

  it('makes the latest import the school entry', async () => {
    const urn = uniqueUrn();
    const importId = await store.addImport(urn, importRecord(new Date(), 'a.csv'), []);

    const school = await store.findSchool(urn);

    assert.equal(school?.lastImportId, importId);
    assert.ok((await store.listSchools()).some((entry) => entry.urn === urn));
  });

  it('finds no unknown school', async () => {
    assert.equal(await store.findSchool(uniqueUrn()), undefined);
  });

  it('rejects a write with a stale entity tag', async () => {
    const urn = uniqueUrn();
    await store.writePupils(urn, [], [{ record: pupil(1) }]);
    const [stored] = await store.listPupils(urn);
    await store.writePupils(urn, [], [{ record: pupil(1, '6'), etag: stored!.etag }]);

    await assert.rejects(
      store.writePupils(urn, [], [{ record: pupil(1, '7'), etag: stored!.etag }]),
      ConcurrentChangeError,
    );
    assert.equal((await store.listPupils(urn))[0]?.yearGroup, '6');
  });

  it('rejects creating a pupil that exists', async () => {
    const urn = uniqueUrn();
    await store.writePupils(urn, [], [{ record: pupil(2) }]);

    await assert.rejects(
      store.writePupils(urn, [], [{ record: pupil(2, '9') }]),
      /changed while this import ran/,
    );
  });
});
