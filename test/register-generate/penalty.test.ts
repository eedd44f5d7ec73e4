import assert from 'node:assert/strict';
import { computePenaltyThreshold, type PenaltyThresholdResult } from '../../domain/attendance';
import { samplePupils, type SampledPupil } from './generate.fixture';

describe('register generator term-time holidays', () => {
  let sample: SampledPupil[] = [];
  let results: PenaltyThresholdResult[] = [];
  before(() => {
    sample = samplePupils({ schools: 4, pupilsPerSchool: 250, phase: 'primary', seed: 8 });
    results = sample.map(({ sessions }) => computePenaltyThreshold(sessions));
  });

  it('reaches the threshold with holidays alone', () => {
    const holidayOnly = results.filter((result) => result.reached && result.holidayOnly);
    assert.ok(holidayOnly.length > 0, 'no pupil reached the threshold with G alone');
    for (const result of holidayOnly) {
      assert.ok(result.firstWindow!.countedSessions >= 10);
      assert.ok(result.firstWindow!.schoolWeeks <= 10);
    }
  });

  it('leaves most pupils below the threshold', () => {
    const reached = results.filter((result) => result.reached).length;
    assert.ok(reached < sample.length / 2, `${reached} of ${sample.length} reached it`);
  });

  it('puts most holiday episodes next to a break', () => {
    let runs = 0;
    let runsNextToBreak = 0;
    for (const { school, pupil, sessions } of sample) {
      const days = school.calendar.days;
      const halfTermOf = (index: number) => days[pupil.firstDay + (index >> 1)]!.halfTermIndex;
      for (let start = 0; start < sessions.length; start++) {
        if (sessions[start]!.code !== 'G' || sessions[start - 1]?.code === 'G') continue;
        let end = start;
        while (sessions[end + 1]?.code === 'G') end++;
        runs++;
        const firstDay = pupil.firstDay + (start >> 1);
        const lastDay = pupil.firstDay + (end >> 1);
        const startsTerm = days[firstDay - 1]?.halfTermIndex !== halfTermOf(start);
        const endsTerm = days[lastDay + 1]?.halfTermIndex !== halfTermOf(end);
        if (startsTerm || endsTerm) runsNextToBreak++;
      }
    }
    assert.ok(runs > 0, 'no holiday episodes');
    assert.ok(runsNextToBreak > runs / 2, `${runsNextToBreak} of ${runs} next to a break`);
  });
});
