import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeRegisters } from '../../register/generate';
import {
  FIGURE_FLAG,
  RegisterFigures,
  RegisterState,
  applyRegisterFile,
  loadSessionCsvFast,
} from '../../register/engine';
import { fastPathResults } from '../../bench/engine.pupil-results';
import { TempFolder, countyCsv } from './support/register-files';

const DATE_FIELD = 5;

describe('daily import', () => {
  const folder = new TempFolder();
  after(() => folder.remove());
  let fullPath: string;
  let beforePath: string;
  let dayPath: string;

  before(() => {
    fullPath = folder.file('full.csv');
    writeRegisters({
      options: { schools: 2, pupilsPerSchool: 120, weeks: 8, seed: 5 },
      format: 'csv',
      out: fullPath,
      singleFile: true,
    });
    const rows = readFileSync(fullPath, 'utf8').trimEnd().split('\n').slice(1);
    const lastDate = rows
      .map((row) => row.split(',')[DATE_FIELD]!)
      .sort()
      .at(-1)!;
    const isLastDay = (row: string) => row.split(',')[DATE_FIELD] === lastDate;
    beforePath = folder.write('before.csv', countyCsv(rows.filter((row) => !isLastDay(row))));
    dayPath = folder.write('day.csv', countyCsv(rows.filter(isLastDay)));
  });

  async function loadFile(path: string) {
    const state = new RegisterState();
    await loadSessionCsvFast(path, state);
    const figures = new RegisterFigures();
    figures.computeAll(state);
    return { state, figures };
  }

  function resultsByUpn(state: RegisterState, figures: RegisterFigures) {
    return new Map([...fastPathResults(state.pupils, figures)].map((row) => [row.upn, row.values]));
  }

  it('gives the figures of loading every day at once', async () => {
    const updated = await loadFile(beforePath);
    const report = await applyRegisterFile(dayPath, updated.state, updated.figures);
    const whole = await loadFile(fullPath);
    assert.ok(report.pupilsUpdated > 200, `only ${report.pupilsUpdated} pupils updated`);
    assert.deepEqual(
      resultsByUpn(updated.state, updated.figures),
      resultsByUpn(whole.state, whole.figures),
    );
  });

  it('counts the flags each pupil crossed and recovered', async () => {
    const updated = await loadFile(beforePath);
    const flagsBefore = Uint8Array.from(updated.figures.flags);
    const report = await applyRegisterFile(dayPath, updated.state, updated.figures);
    let crossed = 0;
    let recovered = 0;
    updated.state.pupils.forEach((pupil) => {
      const before = flagsBefore[pupil.index]! & FIGURE_FLAG.persistentlyAbsent;
      const after = updated.figures.flags[pupil.index]! & FIGURE_FLAG.persistentlyAbsent;
      if (after && !before) crossed++;
      if (before && !after) recovered++;
    });
    assert.deepEqual(report.changes.persistentlyAbsent, { crossed, recovered });
  });

  it('counts a session already stored as repeated, not as a change', async () => {
    const whole = await loadFile(fullPath);
    const report = await applyRegisterFile(dayPath, whole.state, whole.figures);
    assert.equal(report.load.counts.sessions, 0);
    assert.equal(report.load.counts.repeatedSessions, report.load.counts.rows);
    assert.deepEqual(report.changes.penaltyThresholdReached, { crossed: 0, recovered: 0 });
  });
});
