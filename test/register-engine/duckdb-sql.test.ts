import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeRegisters } from '../../register/generate';
import { RegisterFigures, RegisterState, loadSessionCsvFast } from '../../register/engine';
import { compareResults } from '../../bench/engine.agreement';
import { writeDuckDbResults } from '../../bench/engine.duckdb';
import { fastPathResults } from '../../bench/engine.pupil-results';
import { readResults, writeResults } from '../../bench/engine.results';
import { boundaryPupils } from './support/boundary-pupils';
import { TempFolder, countyCsv, sessionRows } from './support/register-files';
import { makeSyntheticUpn } from '../../domain/attendance/upn.synthetic';

/** Returns why `@duckdb/node-api` cannot be loaded, or null when it loads. */
async function duckDbMissingReason(): Promise<string | null> {
  try {
    await import('@duckdb/node-api');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('DuckDB figures query', function () {
  this.timeout(60_000);
  const folder = new TempFolder();
  after(() => folder.remove());

  before(async function () {
    const reason = await duckDbMissingReason();
    if (reason !== null) {
      console.warn(`Skipping the DuckDB tests: @duckdb/node-api failed to load (${reason}).`);
      this.skip();
    }
  });

  function buildMixedFile(): string {
    const generated = folder.file('generated.csv');
    writeRegisters({
      options: { schools: 2, pupilsPerSchool: 100, weeks: 12, seed: 3 },
      format: 'csv',
      out: generated,
      singleFile: true,
    });
    const generatedRows = readFileSync(generated, 'utf8').trimEnd().split('\n').slice(1);
    const rejectedUpn = makeSyntheticUpn(99_077);
    const extraRows = [
      `900009,${rejectedUpn},Odd,Codes,6,2025-09-01,AM,X9`,
      `900009,${rejectedUpn},Odd,Codes,6,2025-09-01,PM,j`,
      `900009,${rejectedUpn},Odd,Codes,6,2025-09-02,AM,c1`,
      `900009,${rejectedUpn},Odd,Codes,6,2025-09-06,AM,N`,
      `900009,${rejectedUpn},Odd,Codes,6,2025-09-02,PM,??`,
      `900009,${rejectedUpn},Odd,Codes,6,2025-09-03,AM, n `,
      `900009,${rejectedUpn},Odd,Codes,6,2025-09-03,pm,Y7`,
    ];
    const rows = [...generatedRows, ...sessionRows(Object.values(boundaryPupils())), ...extraRows];
    return folder.write('mixed.csv', countyCsv(rows));
  }

  it('agrees with the fast path pupil by pupil', async () => {
    const csvPath = buildMixedFile();
    const duckPath = folder.file('duckdb.results.csv');
    await writeDuckDbResults(csvPath, true, duckPath, folder.path);

    const state = new RegisterState();
    const report = await loadSessionCsvFast(csvPath, state);
    const figures = new RegisterFigures();
    figures.computeAll(state);
    const fastPath = folder.file('fast.results.csv');
    await writeResults(fastPath, fastPathResults(state.pupils, figures));

    const agreement = compareResults(await readResults(fastPath), await readResults(duckPath));
    assert.deepEqual(agreement.examples, []);
    assert.equal(agreement.disagreeingPupils, 0);
    assert.equal(agreement.rightPupils, state.pupils.length);
    assert.ok(state.pupils.length >= 200, `only ${state.pupils.length} pupils`);
    assert.equal(report.counts.unknownMarks + report.counts.withdrawnMarks, 3);
    assert.equal(report.counts.weekendDates, 1);
  });

  it('counts rejected marks per pupil', async () => {
    const csvPath = folder.write(
      'rejected.csv',
      countyCsv([
        `900001,${makeSyntheticUpn(99_005)},A,B,1,2025-09-01,AM,/`,
        `900001,${makeSyntheticUpn(99_005)},A,B,1,2025-09-01,PM,QQ`,
        `900001,${makeSyntheticUpn(99_005)},A,B,1,2025-09-02,AM,H`,
      ]),
    );
    const duckPath = folder.file('rejected.results.csv');
    await writeDuckDbResults(csvPath, true, duckPath, folder.path);
    const results = await readResults(duckPath);
    const values = results.get(makeSyntheticUpn(99_005))!;
    assert.equal(values[0], 1, 'possible sessions');
    assert.equal(values[11], 2, 'rejected marks');
  });
});
