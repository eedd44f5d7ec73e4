import assert from 'node:assert/strict';
import { RegisterFigures, RegisterState, loadSessionCsvFast } from '../../register/engine';
import { computePupilFigures } from '../../domain/attendance/figures.compute';
import { computePenaltyThreshold } from '../../domain/attendance/penalty-threshold.compute';
import { domainResult, fastPathResults } from '../../bench/engine.pupil-results';
import { boundaryPupils } from './support/boundary-pupils';
import { TempFolder, countyCsv, sessionRows } from './support/register-files';

describe('fast path at threshold boundaries', () => {
  const folder = new TempFolder();
  const pupils = boundaryPupils();
  const results = new Map<string, (number | null)[]>();
  after(() => folder.remove());

  before(async () => {
    const path = folder.write('boundaries.csv', countyCsv(sessionRows(Object.values(pupils))));
    const state = new RegisterState();
    await loadSessionCsvFast(path, state);
    const figures = new RegisterFigures();
    figures.computeAll(state);
    for (const row of fastPathResults(state.pupils, figures)) results.set(row.upn, row.values);
  });

  /** Returns one result column of a boundary pupil, after checking every column against the domain. */
  function result(name: keyof typeof pupils, column: number): number | null {
    const { upn, sessions } = pupils[name];
    const expected = domainResult(
      upn,
      computePupilFigures(sessions),
      computePenaltyThreshold(sessions),
      0,
    );
    const values = results.get(upn)!;
    assert.deepEqual(values, expected.values, `${name} against the domain functions`);
    return values[column]!;
  }
  const TENTHS = 5;
  const PERSISTENT = 6;
  const SEVERE = 7;
  const REACHED = 8;
  const HOLIDAY_ONLY = 9;
  const MAX_IN_WINDOW = 10;

  it('counts exactly 90.0% as persistent absence', () => {
    assert.equal(result('exactly90', TENTHS), 900);
    assert.equal(result('exactly90', PERSISTENT), 1);
    assert.equal(result('above90', TENTHS), 907);
    assert.equal(result('above90', PERSISTENT), 0);
  });

  it('counts exactly 50% as severe absence', () => {
    assert.equal(result('exactly50', TENTHS), 500);
    assert.equal(result('exactly50', SEVERE), 1);
    assert.equal(result('above50', SEVERE), 0);
  });

  it('reaches the threshold with 10 sessions in 10 school weeks across half-term', () => {
    assert.equal(result('tenInWindow', REACHED), 1);
    assert.equal(result('tenInWindow', MAX_IN_WINDOW), 10);
    assert.equal(result('tenWithClosedHalfTerm', REACHED), 1);
  });

  it('does not reach the threshold with 9 sessions in the window', () => {
    assert.equal(result('nineInWindow', REACHED), 0);
    assert.equal(result('nineInWindow', MAX_IN_WINDOW), 9);
  });

  it('does not reach the threshold across 11 school weeks', () => {
    assert.equal(result('tenTooFarApart', REACHED), 0);
    assert.equal(result('tenTooFarApart', MAX_IN_WINDOW), 5);
  });

  it('flags holiday-only windows', () => {
    assert.equal(result('holidayOnly', REACHED), 1);
    assert.equal(result('holidayOnly', HOLIDAY_ONLY), 1);
    assert.equal(result('holidayAndOther', REACHED), 1);
    assert.equal(result('holidayAndOther', HOLIDAY_ONLY), 0);
  });
});
