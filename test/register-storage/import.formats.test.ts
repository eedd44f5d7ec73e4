import assert from 'node:assert/strict';
import {
  computePenaltyThreshold,
  computePupilFigures,
  type SessionMark,
} from '../../domain/attendance';
import {
  BufferedWriter,
  MemorySink,
  generateCounty,
  pupilSessionMarks,
  writeSchool,
  type OutputFormat,
} from '../../register/generate';
import { importRegisterFile } from '../../register/import-service';
import type { TableSchoolRegister } from '../../register/storage';
import { RegisterFolder, openTestStore, reportRows, uniqueUrn } from './support/register-store';

const OPTIONS = {
  schools: 1,
  pupilsPerSchool: 60,
  weeks: 12,
  seed: 7,
  phase: 'secondary',
} as const;

interface ExpectedPupil {
  upn: string;
  yearGroup: string;
  sessions: SessionMark[];
}

function renderRegister(format: OutputFormat): { bytes: Buffer; pupils: ExpectedPupil[] } {
  const codeSet = format === 'ctf' ? 'single-character' : 'all';
  const [school] = [...generateCounty({ ...OPTIONS, codeSet })];
  const sink = new MemorySink();
  const writer = new BufferedWriter(sink, 4096);
  writeSchool(school!, format, writer);
  writer.close();
  // A CTF writes `#` for a day with no session, so planned closures leave no session there,
  // and a pupil who left during an INSET day leaves no pupil either.
  const pupils = [...school!.pupils()]
    .map((pupil) => ({
      upn: pupil.upn,
      yearGroup: pupil.yearGroup,
      sessions: pupilSessionMarks(pupil, school!.calendar).filter(
        (session) => format !== 'ctf' || session.code !== '#',
      ),
    }))
    .filter((pupil) => pupil.sessions.length > 0);
  return { bytes: sink.toBuffer(), pupils };
}

const FILE_NAMES: Record<OutputFormat, string> = {
  csv: 'register.csv',
  grid: 'grid.csv',
  ctf: 'register.xml',
};

describe('register import formats', () => {
  let store: TableSchoolRegister;
  let folder: RegisterFolder;

  before(async () => {
    store = await openTestStore();
    folder = await RegisterFolder.create();
  });

  after(async () => {
    await folder.remove();
  });

  for (const format of ['csv', 'grid', 'ctf'] as const) {
    it(`stores ${format} figures equal to the domain's`, async () => {
      const { bytes, pupils } = renderRegister(format);
      const path = await folder.write(FILE_NAMES[format], bytes);
      const urn = uniqueUrn();

      const outcome = await importRegisterFile(store, urn, path);
      const rows = await reportRows(store, urn);

      assert.equal(outcome.stored, true);
      assert.equal(rows.size, pupils.length);
      for (const pupil of pupils) {
        const figures = computePupilFigures(pupil.sessions);
        const penalty = computePenaltyThreshold(pupil.sessions);
        const row = rows.get(pupil.upn);
        assert.ok(row, `pupil ${pupil.upn} is missing from the report`);
        assert.deepEqual(
          {
            possibleSessions: row.possibleSessions,
            attendedSessions: row.attendedSessions,
            authorisedAbsences: row.authorisedAbsences,
            unauthorisedAbsences: row.unauthorisedAbsences,
            attendancePercent: row.attendancePercent,
            persistentlyAbsent: row.persistentlyAbsent,
            severelyAbsent: row.severelyAbsent,
            penaltyNoticeThresholdReached: row.penaltyNoticeThresholdReached,
            holidayOnly: row.holidayOnly,
            missingMarks: row.missingMarks,
            left: row.left,
          },
          {
            possibleSessions: figures.possibleSessions,
            attendedSessions: figures.attendedSessions,
            authorisedAbsences: figures.authorisedAbsences,
            unauthorisedAbsences: figures.unauthorisedAbsences,
            attendancePercent: figures.attendancePercent,
            persistentlyAbsent: figures.persistentlyAbsent,
            severelyAbsent: figures.severelyAbsent,
            penaltyNoticeThresholdReached: penalty.reached,
            holidayOnly: penalty.holidayOnly,
            missingMarks: figures.missingMarks,
            // A CTF gives the year group on roll, because its year group list has no Leaver.
            left: format !== 'ctf' && pupil.yearGroup === 'Leaver',
          },
          `figures of pupil ${pupil.upn} from ${format}`,
        );
      }
    });
  }

  it('finds pupils over thresholds in the sample', () => {
    const { pupils } = renderRegister('csv');
    const figures = pupils.map((pupil) => computePupilFigures(pupil.sessions));

    assert.ok(figures.some((pupil) => pupil.persistentlyAbsent));
    assert.ok(figures.some((pupil) => !pupil.persistentlyAbsent));
  });
});
