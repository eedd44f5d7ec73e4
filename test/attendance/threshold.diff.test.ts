import assert from 'node:assert/strict';
import {
  computePenaltyThreshold,
  computePupilFigures,
  diffThresholds,
  thresholdFlagsOf,
  type MarkCode,
  type ThresholdFlags,
} from '../../domain/attendance';
import { schoolWeeks, sessionsWithCounts } from './sessions.fixture';

const NONE: ThresholdFlags = { persistent: false, severe: false, penaltyThreshold: false };
const ALL: ThresholdFlags = { persistent: true, severe: true, penaltyThreshold: true };

describe('diffThresholds', () => {
  const cases: {
    name: string;
    before: ThresholdFlags | undefined;
    after: ThresholdFlags;
    crossed: string[];
    recovered: string[];
  }[] = [
    { name: 'no change', before: NONE, after: NONE, crossed: [], recovered: [] },
    { name: 'all flags kept', before: ALL, after: ALL, crossed: [], recovered: [] },
    {
      name: 'persistent crossed',
      before: NONE,
      after: { ...NONE, persistent: true },
      crossed: ['persistent'],
      recovered: [],
    },
    {
      name: 'severe recovered, penalty crossed',
      before: { ...NONE, persistent: true, severe: true },
      after: { ...NONE, persistent: true, penaltyThreshold: true },
      crossed: ['penaltyThreshold'],
      recovered: ['severe'],
    },
    {
      name: 'everything recovered',
      before: ALL,
      after: NONE,
      crossed: [],
      recovered: ['persistent', 'severe', 'penaltyThreshold'],
    },
    {
      name: 'first import',
      before: undefined,
      after: { ...NONE, persistent: true, penaltyThreshold: true },
      crossed: ['persistent', 'penaltyThreshold'],
      recovered: [],
    },
  ];
  for (const { name, before, after, crossed, recovered } of cases) {
    it(`reports ${name}`, () => {
      const change = diffThresholds(before, after);
      assert.deepEqual(change.crossed, crossed);
      assert.deepEqual(change.recovered, recovered);
    });
  }

  it('compares two imports of one pupil', () => {
    const earlier = schoolWeeks('2024-09-02', [['O', 'O'], [], [], []]);
    const later = [...earlier, ...schoolWeeks('2024-09-30', [Array<MarkCode>(8).fill('O')])];
    const flagsOf = (sessions: typeof earlier) =>
      thresholdFlagsOf(computePupilFigures(sessions), computePenaltyThreshold(sessions));

    const change = diffThresholds(flagsOf(earlier), flagsOf(later));
    assert.deepEqual(change.crossed, ['persistent', 'penaltyThreshold']);
    assert.deepEqual(change.recovered, []);
  });

  it('reports recovery after improvement', () => {
    const before = thresholdFlagsOf(computePupilFigures(sessionsWithCounts({ '/': 9, O: 1 })), {
      reached: false,
    });
    const after = thresholdFlagsOf(computePupilFigures(sessionsWithCounts({ '/': 91, O: 9 })), {
      reached: false,
    });
    assert.deepEqual(diffThresholds(before, after).recovered, ['persistent']);
  });
});
