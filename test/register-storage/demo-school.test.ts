import assert from 'node:assert/strict';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../../bot/storage/embedded-azurite';
import { DEMO_SCHOOL_URN, seedDemoSchool } from '../../register/import-service';
import { TableSchoolRegister } from '../../register/storage';

describe('demo school seeding', () => {
  let azurite: EmbeddedAzurite;
  let store: TableSchoolRegister;

  before(async () => {
    azurite = await startEmbeddedAzurite({ location: '', inMemory: true });
    store = new TableSchoolRegister(azurite.connectionString);
    await store.prepare();
  });

  after(async () => {
    await azurite.stop();
  });

  it('imports 300 pupils into empty storage', async () => {
    const started = Date.now();
    const result = await seedDemoSchool(store);

    assert.equal(result?.record.pupilsInFile, 300);
    assert.equal(result?.record.school.academicYear, 2025);
    assert.equal((await store.listPupils(DEMO_SCHOOL_URN)).length, 300);
    assert.ok(Date.now() - started < 5000, `seeding took ${Date.now() - started} ms`);
  });

  it('covers the autumn term only', async () => {
    const pupils = await store.listPupils(DEMO_SCHOOL_URN);
    const lastDates = pupils.map((pupil) => pupil.figures?.lastSessionDate ?? '');

    assert.ok(lastDates.every((date) => date >= '2025-09-01' && date <= '2025-12-19'));
    assert.ok(pupils.some((pupil) => pupil.figures?.persistentlyAbsent));
  });

  it('skips storage with a school', async () => {
    const before = await store.listImports(DEMO_SCHOOL_URN, 10);

    assert.equal(await seedDemoSchool(store), null);
    assert.equal((await store.listImports(DEMO_SCHOOL_URN, 10)).length, before.length);
  });
});
