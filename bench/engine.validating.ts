import { isoDateToDays } from '../domain/attendance/calendar.date';
import { weekdayNumberOfDay } from '../domain/attendance/calendar.weekdays';
import { markCodeIdOf } from '../domain/attendance/codes.indexed';
import { RegisterState } from '../register/engine';
import { checkRegisterFile, readCheckedRegister } from '../register/import';
import { domainResultOfPupil } from './engine.pupil-results';
import { writeResults } from './engine.results';
import { maxRssBytes, secondsSince, type SystemRun } from './engine.system';

/**
 * Runs the validating import path on the county file: `checkRegisterFile` checks every row,
 * then `readCheckedRegister` reads the file again and each session is stored as one byte,
 * and every pupil's figures come from `computePupilFigures` and `computePenaltyThreshold`
 * over their `SessionMark`s. When the check finds errors, no figures are computed.
 */
export async function runValidatingPath(csvPath: string, resultsPath: string): Promise<SystemRun> {
  const started = process.hrtime.bigint();
  const report = await checkRegisterFile(csvPath);
  const checkSeconds = secondsSince(started);
  const notes = [
    `check: ${report.errors.length + report.omittedErrors} errors, ` +
      `${report.warnings.length + report.omittedWarnings} warnings`,
  ];

  const readStarted = process.hrtime.bigint();
  const state = new RegisterState();
  if (report.ok) {
    for await (const { row, mark } of readCheckedRegister(csvPath)) {
      const pupil = state.pupilFor(row.upn, '', row.surname, row.forename, row.yearGroup);
      const weekday = weekdayNumberOfDay(isoDateToDays(row.date));
      state.storeSession(pupil, weekday, row.session === 'AM' ? 0 : 1, markCodeIdOf(mark.code));
    }
  } else {
    notes.push('figures not computed, because the check found errors');
  }
  const readSeconds = secondsSince(readStarted);

  const computeStarted = process.hrtime.bigint();
  await writeResults(
    resultsPath,
    (function* () {
      for (const pupil of state.pupils) yield domainResultOfPupil(pupil);
    })(),
  );
  const computeSeconds = secondsSince(computeStarted);
  return {
    system: 'validating',
    wallSeconds: secondsSince(started),
    phases: [
      { name: 'checkRegisterFile', seconds: checkSeconds },
      { name: 'readCheckedRegister and store', seconds: readSeconds },
      { name: 'compute with SessionMark rules and write results', seconds: computeSeconds },
    ],
    pupils: report.pupilCount,
    rows: report.rowCount,
    maxRssBytes: maxRssBytes(),
    notes,
  };
}
