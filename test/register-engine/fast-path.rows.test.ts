import assert from 'node:assert/strict';
import {
  RegisterState,
  UnsupportedHeaderError,
  loadSessionCsvFast,
  rejectedRows,
  sessionsOfSlots,
} from '../../register/engine';
import { SESSION_CSV_HEADER } from '../../register/generate';
import { makeSyntheticUpn } from '../../domain/attendance/upn.synthetic';
import { TempFolder, countyCsv } from './support/register-files';

const UPN = makeSyntheticUpn(12);
const OTHER_UPN = makeSyntheticUpn(13);
const PREFIX = `900001,${UPN},Smith,Ann,4`;

describe('fast path rows', () => {
  const folder = new TempFolder();
  after(() => folder.remove());

  async function load(rows: string[], lineEnd = '\n', chunkBytes?: number) {
    const path = folder.write('rows.csv', countyCsv(rows, lineEnd));
    const state = new RegisterState();
    const report = await loadSessionCsvFast(path, state, chunkBytes);
    return { state, report };
  }

  it('counts unknown codes and lists them', async () => {
    const { state, report } = await load([
      `${PREFIX},2025-09-01,AM,/`,
      `${PREFIX},2025-09-01,PM,X9`,
      `${PREFIX},2025-09-02,AM,ZZ`,
      `${PREFIX},2025-09-02,PM,X9`,
      `${PREFIX},2025-09-03,AM,`,
    ]);
    assert.equal(report.counts.unknownMarks, 4);
    assert.equal(report.counts.sessions, 1);
    assert.deepEqual(report.unknownMarks, [
      { mark: 'X9', rows: 2 },
      { mark: 'ZZ', rows: 1 },
      { mark: '', rows: 1 },
    ]);
    assert.equal(state.findPupil(UPN)!.rejectedMarks, 4);
  });

  it('rejects withdrawn codes from 19 August 2024 only', async () => {
    const { state, report } = await load([
      `${PREFIX},2024-08-16,AM,H`,
      `${PREFIX},2024-08-19,AM,h`,
      `${PREFIX},2024-08-19,PM,Y`,
    ]);
    assert.equal(report.counts.withdrawnMarks, 2);
    assert.equal(report.counts.sessions, 1);
    assert.deepEqual(sessionsOfSlots(state.findPupil(UPN)!), [
      { date: '2024-08-16', session: 'AM', code: 'H' },
    ]);
  });

  it('accepts codes in either case with spaces around', async () => {
    const { state } = await load([`${PREFIX},2025-09-01,am,y1`, `${PREFIX},2025-09-01,Pm, n `]);
    assert.deepEqual(
      sessionsOfSlots(state.findPupil(UPN)!).map((session) => session.code),
      ['Y1', 'N'],
    );
  });

  it('counts invalid dates, weekends, sessions and malformed rows', async () => {
    const { report } = await load([
      `${PREFIX},2025-02-30,AM,/`,
      `${PREFIX},01/09/2025,AM,/`,
      `${PREFIX},2025-09-06,AM,/`,
      `${PREFIX},2025-09-01,XX,/`,
      `900001,${UPN},Smith,4,2025-09-01,AM,/`,
      `900001, ,Smith,Ann,4,2025-09-01,AM,/`,
      `${PREFIX},2025-09-01,AM,/`,
    ]);
    const { counts } = report;
    assert.equal(counts.rows, 7);
    assert.equal(counts.invalidDates, 2);
    assert.equal(counts.weekendDates, 1);
    assert.equal(counts.invalidSessions, 1);
    assert.equal(counts.malformedRows, 1);
    assert.equal(counts.blankUpns, 1);
    assert.equal(counts.sessions, 1);
    assert.equal(rejectedRows(counts), 6);
  });

  it('keeps the first mark of a session given twice', async () => {
    const { state, report } = await load([
      `${PREFIX},2025-09-01,AM,/`,
      `${PREFIX},2025-09-01,AM,/`,
      `${PREFIX},2025-09-01,AM,N`,
    ]);
    assert.equal(report.counts.repeatedSessions, 1);
    assert.equal(report.counts.conflictingSessions, 1);
    assert.deepEqual(sessionsOfSlots(state.findPupil(UPN)!), [
      { date: '2025-09-01', session: 'AM', code: '/' },
    ]);
  });

  it('reads quoted fields and CRLF line ends in any read size', async () => {
    const rows = [
      `900001,${UPN},"O'Neil, ""Jr""","Ann\nMarie",4,2025-09-01,AM,/`,
      `900001,${UPN},"O'Neil, ""Jr""","Ann\nMarie",4,2025-09-01,PM,N`,
      `900001,${OTHER_UPN},Jones,Bo,4,2025-09-01,AM,"L"`,
    ];
    for (const chunkBytes of [1, 7, 64 * 1024]) {
      const { state, report } = await load(rows, '\r\n', chunkBytes);
      assert.equal(report.counts.sessions, 3, `chunks of ${chunkBytes}`);
      const pupil = state.findPupil(UPN)!;
      assert.equal(pupil.surname, `O'Neil, "Jr"`);
      assert.equal(pupil.forename, 'Ann\nMarie');
      assert.equal(sessionsOfSlots(state.findPupil(OTHER_UPN)!)[0]!.code, 'L');
    }
  });

  it('counts a quoted field that is never closed as malformed', async () => {
    const { report } = await load([`${PREFIX},2025-09-01,AM,/`, `900001,"${UPN},Smith`]);
    assert.equal(report.counts.sessions, 1);
    assert.equal(report.counts.malformedRows, 1);
  });

  it('reads a file without a school_urn column', async () => {
    const path = folder.write(
      'school.csv',
      `${SESSION_CSV_HEADER}\n${UPN},Smith,Ann,4,2025-09-01,AM,/\n${UPN},Smith,Ann,4,2025-09-01,PM,I`,
    );
    const state = new RegisterState();
    const report = await loadSessionCsvFast(path, state);
    assert.equal(report.counts.sessions, 2);
    assert.equal(state.findPupil(UPN)!.schoolUrn, '');
  });

  it('rejects another header', async () => {
    const path = folder.write('other.csv', 'UPN,Surname,Forename,Year,Date,Session,Mark\n');
    await assert.rejects(loadSessionCsvFast(path, new RegisterState()), UnsupportedHeaderError);
  });

  it('rejects an empty file', async () => {
    const path = folder.write('empty.csv', '');
    await assert.rejects(loadSessionCsvFast(path, new RegisterState()), RangeError);
  });
});
