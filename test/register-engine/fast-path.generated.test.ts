import assert from 'node:assert/strict';
import { computePupilFigures } from '../../domain/attendance/figures.compute';
import { computePenaltyThreshold } from '../../domain/attendance/penalty-threshold.compute';
import { generateCounty, pupilSessionMarks, writeRegisters } from '../../register/generate';
import { RegisterFigures, RegisterState, loadSessionCsvFast } from '../../register/engine';
import { domainResult, fastPathResults } from '../../bench/engine.pupil-results';
import { TempFolder } from './support/register-files';

const OPTIONS = { schools: 3, pupilsPerSchool: 120, weeks: 14, seed: 7 };

describe('fast path on a generated register', () => {
  const folder = new TempFolder();
  const csvPath = folder.file('county.csv');
  after(() => folder.remove());

  before(() => {
    writeRegisters({ options: OPTIONS, format: 'csv', out: csvPath, singleFile: true });
  });

  async function loadFigures(chunkBytes?: number) {
    const state = new RegisterState();
    const report = await loadSessionCsvFast(csvPath, state, chunkBytes);
    const figures = new RegisterFigures();
    figures.computeAll(state);
    return { state, report, figures };
  }

  it('agrees with the domain functions for every pupil', async () => {
    const { state, figures } = await loadFigures();
    const fast = new Map([...fastPathResults(state.pupils, figures)].map((row) => [row.upn, row]));
    let pupils = 0;
    for (const school of generateCounty(OPTIONS)) {
      for (const pupil of school.pupils()) {
        const sessions = pupilSessionMarks(pupil, school.calendar);
        const expected = domainResult(
          pupil.upn,
          computePupilFigures(sessions),
          computePenaltyThreshold(sessions),
          0,
        );
        assert.deepEqual(fast.get(pupil.upn), expected, `pupil ${pupil.upn}`);
        pupils++;
      }
    }
    assert.ok(pupils >= 300, `only ${pupils} pupils generated`);
    assert.equal(state.pupils.length, pupils);
  });

  it('stores every row as a session', async () => {
    const { report } = await loadFigures();
    assert.ok(report.counts.rows > 0);
    assert.equal(report.counts.sessions, report.counts.rows);
    assert.equal(report.counts.unknownMarks, 0);
    assert.equal(report.counts.repeatedSessions, 0);
  });

  it('gives the same results whatever the read size', async () => {
    const whole = await loadFigures();
    const expected = [...fastPathResults(whole.state.pupils, whole.figures)];
    for (const chunkBytes of [997, 65_537]) {
      const chunked = await loadFigures(chunkBytes);
      assert.deepEqual(chunked.report.counts, whole.report.counts, `chunks of ${chunkBytes}`);
      assert.deepEqual([...fastPathResults(chunked.state.pupils, chunked.figures)], expected);
    }
  });
});
