import assert from 'node:assert/strict';
import { computePupilFigures, type SessionMark } from '../../domain/attendance';
import { sessionsWithCounts } from './sessions.fixture';

describe('computePupilFigures thresholds', () => {
  const cases: {
    missed: number;
    possible: number;
    percent: number;
    persistent: boolean;
    severe: boolean;
  }[] = [
    { missed: 9, possible: 100, percent: 91, persistent: false, severe: false },
    { missed: 9, possible: 90, percent: 90, persistent: true, severe: false },
    { missed: 10, possible: 100, percent: 90, persistent: true, severe: false },
    { missed: 11, possible: 100, percent: 89, persistent: true, severe: false },
    { missed: 251, possible: 2500, percent: 90, persistent: true, severe: false },
    { missed: 249, possible: 2500, percent: 90, persistent: false, severe: false },
    { missed: 49, possible: 100, percent: 51, persistent: true, severe: false },
    { missed: 50, possible: 100, percent: 50, persistent: true, severe: true },
    { missed: 50, possible: 101, percent: 50.5, persistent: true, severe: false },
    { missed: 51, possible: 101, percent: 49.5, persistent: true, severe: true },
    { missed: 0, possible: 1, percent: 100, persistent: false, severe: false },
    { missed: 1, possible: 1, percent: 0, persistent: true, severe: true },
  ];
  for (const { missed, possible, percent, persistent, severe } of cases) {
    it(`flags ${missed} of ${possible} sessions missed`, () => {
      const half = Math.floor(missed / 2);
      const figures = computePupilFigures(
        sessionsWithCounts({ '/': possible - missed, I: half, O: missed - half }),
      );
      assert.equal(figures.possibleSessions, possible);
      assert.equal(figures.missedSessions, missed);
      assert.equal(figures.attendancePercent, percent);
      assert.equal(figures.persistentlyAbsent, persistent);
      assert.equal(figures.severelyAbsent, severe);
    });
  }

  it('handles zero possible sessions', () => {
    const figures = computePupilFigures(sessionsWithCounts({ X: 4, '#': 2, '-': 1 }));
    assert.equal(figures.possibleSessions, 0);
    assert.equal(figures.attendancePercent, null);
    assert.equal(figures.persistentlyAbsent, false);
    assert.equal(figures.severelyAbsent, false);
  });

  it('handles an empty session list', () => {
    const figures = computePupilFigures([]);
    assert.equal(figures.possibleSessions, 0);
    assert.equal(figures.firstSessionDate, null);
    assert.equal(figures.lastSessionDate, null);
  });
});

describe('computePupilFigures counts', () => {
  it('counts each category separately', () => {
    const figures = computePupilFigures(
      sessionsWithCounts({ '/': 3, '\\': 2, L: 1, K: 1, V: 1, B: 1, M: 2, C2: 1, G: 1, U: 2 }),
    );
    assert.equal(figures.presentSessions, 6);
    assert.equal(figures.lateBeforeRegisterClosed, 1);
    assert.equal(figures.approvedActivitySessions, 3);
    assert.equal(figures.attendedSessions, 9);
    assert.equal(figures.authorisedAbsences, 3);
    assert.equal(figures.unauthorisedAbsences, 3);
    assert.equal(figures.missedSessions, 6);
    assert.equal(figures.possibleSessions, 15);
  });

  it('counts "-" as missing, not possible', () => {
    const figures = computePupilFigures(sessionsWithCounts({ '/': 9, '-': 3 }));
    assert.equal(figures.missingMarks, 3);
    assert.equal(figures.possibleSessions, 9);
    assert.equal(figures.notPossibleSessions, 0);
    assert.equal(figures.attendancePercent, 100);
  });

  for (const code of ['D', 'X', 'Q', 'Y1', 'Y7', 'Z', '#'] as const) {
    it(`excludes ${code} from possible sessions`, () => {
      const figures = computePupilFigures(sessionsWithCounts({ '/': 8, O: 2, [code]: 5 }));
      assert.equal(figures.possibleSessions, 10);
      assert.equal(figures.notPossibleSessions, 5);
      assert.equal(figures.attendancePercent, 80);
    });
  }

  it('counts withdrawn H and J', () => {
    const figures = computePupilFigures(sessionsWithCounts({ H: 2, J: 1, '/': 1 }));
    assert.equal(figures.authorisedAbsences, 2);
    assert.equal(figures.approvedActivitySessions, 1);
    assert.equal(figures.attendedSessions, 2);
  });

  it('finds first and last dates', () => {
    const sessions: SessionMark[] = [
      { date: '2024-10-01', session: 'PM', code: '\\' },
      { date: '2024-09-02', session: 'AM', code: 'Z' },
      { date: '2024-09-04', session: 'AM', code: '/' },
      { date: '2024-09-30', session: 'AM', code: '-' },
      { date: '2024-10-02', session: 'AM', code: 'Z' },
    ];
    const figures = computePupilFigures(sessions);
    assert.equal(figures.firstSessionDate, '2024-09-04');
    assert.equal(figures.lastSessionDate, '2024-10-01');
  });

  it('throws for an unresolved code', () => {
    const sessions = [{ date: '2024-09-02', session: 'AM', code: 'F' }] as unknown as SessionMark[];
    assert.throws(() => computePupilFigures(sessions), TypeError);
  });
});
