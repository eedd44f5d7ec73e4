import assert from 'node:assert/strict';
import { importRegisterFile } from '../../register/import-service';
import type { TableSchoolRegister } from '../../register/storage';
import { RegisterFolder, openTestStore, reportRows, uniqueUrn } from './support/register-store';
import { buildSessionCsv, csvPupil, weekdays } from './support/session-csv';

/** School week 2 of the autumn term 2025, and weeks 11 and 12 after the October half-term. */
const WEEK_2 = weekdays('2025-09-08', '2025-09-12');
const WEEK_11 = weekdays('2025-11-17', '2025-11-21');
const WEEK_12 = weekdays('2025-11-24', '2025-11-28');
const AUTUMN = weekdays('2025-09-01', '2025-11-28', ['2025-10-27']);

function unauthorisedOn(dates: string[], sessions: number): Set<string> {
  const marked = new Set<string>();
  for (const date of dates) {
    for (const session of ['AM', 'PM']) {
      if (marked.size < sessions) marked.add(`${date} ${session}`);
    }
  }
  return marked;
}

describe('report of hand-built registers', () => {
  let store: TableSchoolRegister;
  let folder: RegisterFolder;

  before(async () => {
    store = await openTestStore();
    folder = await RegisterFolder.create();
  });

  after(async () => {
    await folder.remove();
  });

  describe('90% boundary', () => {
    const exactly90 = csvPupil(101, 'Exactly');
    const full = csvPupil(102, 'Full');
    const eighty = csvPupil(103, 'Eighty');
    let urn: string;

    before(async () => {
      const absences = new Map([
        [exactly90.upn, 1],
        [eighty.upn, 2],
      ]);
      const csv = buildSessionCsv([exactly90, full, eighty], WEEK_2, (pupil, date, session) => {
        const count = absences.get(pupil.upn) ?? 0;
        const index = WEEK_2.indexOf(date) * 2 + (session === 'PM' ? 1 : 0);
        return index < count ? 'I' : undefined;
      });
      urn = uniqueUrn();
      await importRegisterFile(store, urn, await folder.write('boundary.csv', csv));
    });

    it('flags exactly 90.0% as persistent absence', async () => {
      const row = (await reportRows(store, urn)).get(exactly90.upn);

      assert.equal(row?.possibleSessions, 10);
      assert.equal(row?.attendedSessions, 9);
      assert.equal(row?.attendancePercent, 90);
      assert.equal(row?.persistentlyAbsent, true);
    });

    it('leaves 100% unflagged', async () => {
      const row = (await reportRows(store, urn)).get(full.upn);

      assert.equal(row?.attendancePercent, 100);
      assert.equal(row?.persistentlyAbsent, false);
    });

    it('keeps 90.0% out of --below 90', async () => {
      const rows = await reportRows(store, urn, ['--below', '90']);

      assert.deepEqual([...rows.keys()], [eighty.upn]);
    });

    it('lists 90.0% with --persistent', async () => {
      const rows = await reportRows(store, urn, ['--persistent']);

      assert.deepEqual([...rows.keys()], [eighty.upn, exactly90.upn]);
    });
  });

  describe('rolling window across half-term', () => {
    const nine = csvPupil(201, 'Nine');
    const ten = csvPupil(202, 'Ten');
    const tenTooFarApart = csvPupil(203, 'Apart');
    let urn: string;

    before(async () => {
      const unauthorised = new Map([
        [nine.upn, new Set([...unauthorisedOn(WEEK_2, 5), ...unauthorisedOn(WEEK_11, 4)])],
        [ten.upn, new Set([...unauthorisedOn(WEEK_2, 5), ...unauthorisedOn(WEEK_11, 5)])],
        [
          tenTooFarApart.upn,
          new Set([...unauthorisedOn(WEEK_2, 5), ...unauthorisedOn(WEEK_12, 5)]),
        ],
      ]);
      const csv = buildSessionCsv([nine, ten, tenTooFarApart], AUTUMN, (pupil, date, session) =>
        unauthorised.get(pupil.upn)?.has(`${date} ${session}`) ? 'O' : undefined,
      );
      urn = uniqueUrn();
      await importRegisterFile(store, urn, await folder.write('window.csv', csv));
    });

    it('leaves 9 sessions in 10 school weeks below the threshold', async () => {
      const row = (await reportRows(store, urn)).get(nine.upn);

      assert.equal(row?.unauthorisedAbsences, 9);
      assert.equal(row?.maxSessionsInWindow, 9);
      assert.equal(row?.penaltyNoticeThresholdReached, false);
    });

    it('flags 10 sessions in 10 school weeks, skipping half-term', async () => {
      const row = (await reportRows(store, urn)).get(ten.upn);

      assert.equal(row?.unauthorisedAbsences, 10);
      assert.equal(row?.maxSessionsInWindow, 10);
      assert.equal(row?.penaltyNoticeThresholdReached, true);
      assert.equal(row?.holidayOnly, false);
    });

    it('leaves 10 sessions over 11 school weeks below the threshold', async () => {
      const row = (await reportRows(store, urn)).get(tenTooFarApart.upn);

      assert.equal(row?.unauthorisedAbsences, 10);
      assert.equal(row?.maxSessionsInWindow, 5);
      assert.equal(row?.penaltyNoticeThresholdReached, false);
    });

    it('lists only the reached pupil with --penalty-threshold', async () => {
      const rows = await reportRows(store, urn, ['--penalty-threshold']);

      assert.deepEqual([...rows.keys()], [ten.upn]);
    });
  });

  describe('rolling window across the summer holiday', () => {
    const crossing = csvPupil(301, 'Crossing');
    const SUMMER_TERM_END = weekdays('2025-07-07', '2025-07-18');
    const AUTUMN_START = weekdays('2025-09-01', '2025-09-12');
    let urn: string;

    before(async () => {
      const july = unauthorisedOn(SUMMER_TERM_END, 6);
      const september = unauthorisedOn(AUTUMN_START, 4);
      urn = uniqueUrn();
      const first = buildSessionCsv([crossing], SUMMER_TERM_END, (_pupil, date, session) =>
        july.has(`${date} ${session}`) ? 'G' : undefined,
      );
      await importRegisterFile(store, urn, await folder.write('july.csv', first));
      const second = buildSessionCsv([crossing], AUTUMN_START, (_pupil, date, session) =>
        september.has(`${date} ${session}`) ? 'G' : undefined,
      );
      await importRegisterFile(store, urn, await folder.write('september.csv', second));
    });

    it('flags 10 sessions split across two school years', async () => {
      const row = (await reportRows(store, urn)).get(crossing.upn);

      assert.equal(row?.unauthorisedAbsences, 4);
      assert.equal(row?.maxSessionsInWindow, 10);
      assert.equal(row?.penaltyNoticeThresholdReached, true);
      assert.equal(row?.holidayOnly, true);
    });
  });
});
