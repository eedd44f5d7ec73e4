import { RegisterFigures, RegisterState, loadSessionCsvFast } from '../register/engine';
import { runDailyImport } from './engine.daily';
import { fastPathResults } from './engine.pupil-results';
import { writeResults } from './engine.results';
import { maxRssBytes, secondsSince, type SystemRun } from './engine.system';

/**
 * Runs the fast path on the county file: reads it into one byte per session per pupil,
 * computes every pupil's figures and penalty threshold with the slot rules, and writes the
 * results. Then applies one more day of marks for every pupil and measures that separately.
 */
export async function runFastPath(
  csvPath: string,
  resultsPath: string,
  workDir: string,
): Promise<SystemRun> {
  const started = process.hrtime.bigint();
  const state = new RegisterState();
  const load = await loadSessionCsvFast(csvPath, state);
  const readSeconds = secondsSince(started);

  const computeStarted = process.hrtime.bigint();
  const figures = new RegisterFigures();
  figures.computeAll(state);
  const computeSeconds = secondsSince(computeStarted);

  const writeStarted = process.hrtime.bigint();
  await writeResults(resultsPath, fastPathResults(state.pupils, figures));
  const writeSeconds = secondsSince(writeStarted);
  const wallSeconds = secondsSince(started);
  const peak = maxRssBytes();

  const unknown = load.unknownMarks.map(({ mark, rows }) => `${JSON.stringify(mark)} × ${rows}`);
  const { counts } = load;
  const notes = [
    `unknown marks: ${counts.unknownMarks}${unknown.length > 0 ? ` (${unknown.join(', ')})` : ''}`,
    `withdrawn marks: ${counts.withdrawnMarks}, invalid dates: ${counts.invalidDates}, ` +
      `weekend dates: ${counts.weekendDates}, invalid sessions: ${counts.invalidSessions}, ` +
      `malformed rows: ${counts.malformedRows}, blank UPNs: ${counts.blankUpns}`,
    `repeated sessions: ${counts.repeatedSessions}, conflicting sessions: ${counts.conflictingSessions}`,
  ];
  const daily = await runDailyImport(state, figures, workDir);
  return {
    system: 'fast-path',
    wallSeconds,
    phases: [
      { name: 'read and store', seconds: readSeconds },
      { name: 'compute', seconds: computeSeconds },
      { name: 'write results', seconds: writeSeconds },
    ],
    pupils: state.pupils.length,
    schools: new Set(state.pupils.map((pupil) => pupil.schoolUrn)).size,
    rows: counts.rows,
    maxRssBytes: peak,
    notes,
    daily,
  };
}
