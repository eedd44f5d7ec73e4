import assert from 'node:assert/strict';
import { PHASES, PUBLISHED_FIGURES, type Phase } from '../../register/generate';
import {
  overallAbsencePercent,
  percentOf,
  samplePupils,
  type SampledPupil,
} from './generate.fixture';

/** Pupils per phase: enough that a persistent-absence share has a standard error under 1.1 points. */
const PUPILS_PER_PHASE = 2_000;
/** Allowed gap in persistent-absence share, in standard errors of a share of `PUPILS_PER_PHASE`. */
const PERSISTENT_STANDARD_ERRORS = 3;
/** Allowed gap in overall absence, in percentage points. */
const ABSENCE_TOLERANCE = 0.8;

function publishedAbsencePercent(phases: readonly Phase[]): number {
  const absence = phases.reduce((sum, phase) => sum + PUBLISHED_FIGURES[phase].absenceSessions, 0);
  const possible = phases.reduce(
    (sum, phase) => sum + PUBLISHED_FIGURES[phase].possibleSessions,
    0,
  );
  return (100 * absence) / possible;
}

function codeSharePercent(sample: readonly SampledPupil[], code: string): number {
  let count = 0;
  let missed = 0;
  for (const { sessions, figures } of sample) {
    missed += figures.missedSessions;
    for (const session of sessions) if (session.code === code) count++;
  }
  return (100 * count) / missed;
}

describe('register generator calibration', () => {
  for (const phase of PHASES) {
    describe(`${phase} schools`, () => {
      const published = PUBLISHED_FIGURES[phase];
      let sample: SampledPupil[] = [];
      before(() => {
        sample = samplePupils({
          schools: 10,
          pupilsPerSchool: PUPILS_PER_PHASE / 10,
          phase,
          seed: 2024,
        });
      });

      it('matches published persistent absence', () => {
        const persistent = percentOf(sample, ({ figures }) => figures.persistentlyAbsent);
        const share = published.persistentAbsencePercent / 100;
        const standardError = 100 * Math.sqrt((share * (1 - share)) / sample.length);
        const gap = Math.abs(persistent - published.persistentAbsencePercent);
        assert.ok(sample.length >= PUPILS_PER_PHASE, `${sample.length} pupils`);
        assert.ok(
          gap <= PERSISTENT_STANDARD_ERRORS * standardError,
          `${persistent.toFixed(2)}% vs ${published.persistentAbsencePercent}%`,
        );
      });

      it('has rare but present severe absence', () => {
        const severe = percentOf(sample, ({ figures }) => figures.severelyAbsent);
        assert.ok(severe > 0, 'no severely absent pupils');
        assert.ok(severe < 10, `${severe.toFixed(2)}% severely absent`);
      });

      it('matches published overall absence', () => {
        const absence = overallAbsencePercent(sample);
        const expected = publishedAbsencePercent([phase]);
        assert.ok(
          Math.abs(absence - expected) <= ABSENCE_TOLERANCE,
          `${absence.toFixed(2)}% vs ${expected.toFixed(2)}%`,
        );
      });

      it('makes illness the commonest code', () => {
        const illness = codeSharePercent(sample, 'I');
        for (const code of ['M', 'C', 'C2', 'E', 'G', 'N', 'O', 'U']) {
          assert.ok(codeSharePercent(sample, code) < illness, code);
        }
      });

      it('follows the published code mix', () => {
        for (const code of ['I', 'M', 'C', 'G', 'O'] as const) {
          const expected = (100 * published.absenceByCode[code]!) / published.absenceSessions;
          const actual = codeSharePercent(sample, code);
          const tolerance = Math.max(2, expected * 0.25);
          assert.ok(
            Math.abs(actual - expected) <= tolerance,
            `${code}: ${actual.toFixed(1)}% vs ${expected.toFixed(1)}%`,
          );
        }
      });
    });
  }

  it('matches county absence with mixed phases', () => {
    const sample = samplePupils({ schools: 60, pupilsPerSchool: 50, seed: 2024 });
    const absence = overallAbsencePercent(sample);
    const expected = publishedAbsencePercent(PHASES);
    assert.ok(
      Math.abs(absence - expected) <= 1,
      `${absence.toFixed(2)}% vs ${expected.toFixed(2)}%`,
    );
    const phases = new Set(sample.map(({ school }) => school.plan.phase));
    assert.deepEqual([...phases].sort(), [...PHASES].sort());
  });
});
