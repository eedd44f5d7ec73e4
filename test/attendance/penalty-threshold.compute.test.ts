import assert from 'node:assert/strict';
import { computePenaltyThreshold, type MarkCode } from '../../domain/attendance';
import { addDays, schoolWeek, schoolWeeks } from './sessions.fixture';

const AUTUMN_START = '2024-09-02';

/** Repeats one list of codes for `count` weeks. */
function weeksOf(count: number, codes: MarkCode[]): MarkCode[][] {
  return Array.from({ length: count }, () => codes);
}

describe('computePenaltyThreshold counts', () => {
  it('misses threshold with 9 sessions', () => {
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, [...weeksOf(9, ['O']), []]));
    assert.equal(result.reached, false);
    assert.equal(result.firstWindow, null);
    assert.equal(result.maxSessionsInWindow, 9);
  });

  it('reaches threshold with 10 sessions', () => {
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, weeksOf(10, ['O'])));
    assert.equal(result.reached, true);
    assert.deepEqual(result.firstWindow, {
      startWeek: AUTUMN_START,
      endWeek: addDays(AUTUMN_START, 9 * 7),
      schoolWeeks: 10,
      countedSessions: 10,
    });
    assert.equal(result.maxSessionsInWindow, 10);
  });

  it('misses threshold over 11 school weeks', () => {
    const codes = [['U'], [], ...weeksOf(8, ['N']), ['U']] as MarkCode[][];
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, codes));
    assert.equal(result.reached, false);
    assert.equal(result.maxSessionsInWindow, 9);
  });

  it('counts any mix of G, N, O and U', () => {
    const codes: MarkCode[][] = [['G', 'G', 'N'], ['O', 'U'], [], ['U', 'N', 'O', 'G', 'G']];
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, codes));
    assert.equal(result.reached, true);
    assert.equal(result.firstWindow?.endWeek, addDays(AUTUMN_START, 3 * 7));
    assert.equal(result.firstWindow?.countedSessions, 10);
  });

  it('ignores authorised absence', () => {
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, weeksOf(10, ['I', 'C', 'M'])));
    assert.equal(result.reached, false);
    assert.equal(result.maxSessionsInWindow, 0);
  });

  it('starts window at first counted week', () => {
    const codes: MarkCode[][] = [[], [], ['O', 'O', 'O', 'O', 'O'], ['G', 'G', 'G', 'G', 'G']];
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, codes));
    assert.equal(result.firstWindow?.startWeek, addDays(AUTUMN_START, 14));
    assert.equal(result.firstWindow?.schoolWeeks, 2);
  });

  it('accepts sessions out of order', () => {
    const sessions = schoolWeeks(AUTUMN_START, [...weeksOf(5, ['N']), ...weeksOf(5, ['U'])]);
    const shuffled = [...sessions].reverse();
    assert.deepEqual(computePenaltyThreshold(shuffled), computePenaltyThreshold(sessions));
  });
});

describe('computePenaltyThreshold school weeks', () => {
  const halfTermWeek = '2024-10-28';
  const autumnBeforeHalfTerm = schoolWeeks(AUTUMN_START, weeksOf(8, ['N']));
  const afterHalfTerm = schoolWeeks('2024-11-04', weeksOf(2, ['N']));

  it('skips a half-term without sessions', () => {
    const result = computePenaltyThreshold([...autumnBeforeHalfTerm, ...afterHalfTerm]);
    assert.equal(result.reached, true);
    assert.equal(result.firstWindow?.startWeek, AUTUMN_START);
    assert.equal(result.firstWindow?.endWeek, '2024-11-11');
    assert.equal(result.firstWindow?.schoolWeeks, 10);
  });

  for (const code of ['#', 'Z', 'X', '-'] as const) {
    it(`skips a week marked only ${code}`, () => {
      const closedWeek = schoolWeek(halfTermWeek, Array<MarkCode>(10).fill(code));
      const sessions = [...autumnBeforeHalfTerm, ...closedWeek, ...afterHalfTerm];
      const result = computePenaltyThreshold(sessions);
      assert.equal(result.reached, true);
      assert.equal(result.firstWindow?.schoolWeeks, 10);
    });
  }

  it('counts a week with one possible session', () => {
    const oneDayOpen = schoolWeek(halfTermWeek, [...Array<MarkCode>(9).fill('#'), '\\']);
    const result = computePenaltyThreshold([
      ...autumnBeforeHalfTerm,
      ...oneDayOpen,
      ...afterHalfTerm,
    ]);
    assert.equal(result.reached, false);
    assert.equal(result.maxSessionsInWindow, 9);
  });

  it('crosses summer into new school year', () => {
    const summerTerm = schoolWeeks('2025-06-23', [['G'], [], [], []]);
    const lastWeek = schoolWeek('2025-07-21', ['U', 'U', 'U', 'U']).slice(0, 4);
    const autumnTerm = schoolWeeks('2025-09-01', [['N'], ['N'], ['N'], ['N'], ['O']]);
    const result = computePenaltyThreshold([...summerTerm, ...lastWeek, ...autumnTerm]);
    assert.equal(result.reached, true);
    assert.deepEqual(result.firstWindow, {
      startWeek: '2025-06-23',
      endWeek: '2025-09-29',
      schoolWeeks: 10,
      countedSessions: 10,
    });
  });

  it('drops sessions older than 10 weeks', () => {
    const summerTerm = schoolWeeks('2025-06-16', [['G'], [], [], [], []]);
    const lastWeek = schoolWeek('2025-07-21', ['U', 'U', 'U', 'U']).slice(0, 4);
    const autumnTerm = schoolWeeks('2025-09-01', [['N'], ['N'], ['N'], ['N'], ['O']]);
    const result = computePenaltyThreshold([...summerTerm, ...lastWeek, ...autumnTerm]);
    assert.equal(result.reached, false);
    assert.equal(result.maxSessionsInWindow, 9);
  });
});

describe('computePenaltyThreshold holiday and options', () => {
  it('marks holiday-only window', () => {
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, [Array(10).fill('G')]));
    assert.equal(result.reached, true);
    assert.equal(result.holidayOnly, true);
  });

  it('treats mixed window as not holiday-only', () => {
    const codes: MarkCode[] = [...Array<MarkCode>(9).fill('G'), 'N'];
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, [codes]));
    assert.equal(result.reached, true);
    assert.equal(result.holidayOnly, false);
  });

  it('clears holidayOnly below threshold', () => {
    const result = computePenaltyThreshold(schoolWeeks(AUTUMN_START, [Array(9).fill('G')]));
    assert.equal(result.holidayOnly, false);
  });

  it('counts only configured codes', () => {
    const sessions = schoolWeeks(AUTUMN_START, [Array(10).fill('N')]);
    const result = computePenaltyThreshold(sessions, { countedCodes: new Set(['G', 'O', 'U']) });
    assert.equal(result.reached, false);
    assert.equal(result.maxSessionsInWindow, 0);
  });

  it('uses configured threshold and window', () => {
    const sessions = schoolWeeks(AUTUMN_START, [['O', 'O'], [], ['O', 'O']]);
    const options = { sessionThreshold: 4, windowSchoolWeeks: 2 };
    assert.equal(computePenaltyThreshold(sessions, options).reached, false);
    assert.equal(
      computePenaltyThreshold(sessions, { ...options, windowSchoolWeeks: 3 }).reached,
      true,
    );
  });

  it('rejects invalid options', () => {
    const sessions = schoolWeek(AUTUMN_START);
    assert.throws(() => computePenaltyThreshold(sessions, { sessionThreshold: 0 }), RangeError);
    assert.throws(() => computePenaltyThreshold(sessions, { windowSchoolWeeks: 2.5 }), RangeError);
    assert.throws(
      () => computePenaltyThreshold(sessions, { countedCodes: new Set(['X']) }),
      /Invalid counted code "X"/,
    );
  });
});
