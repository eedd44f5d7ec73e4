import path from 'node:path';
import { isoDateOfWeekdayNumber } from '../domain/attendance/calendar.weekdays';
import { applyRegisterFile, type RegisterFigures, type RegisterState } from '../register/engine';
import { writeDayFile } from './engine.day-file';
import { domainResultOfPupil, fastPathResults } from './engine.pupil-results';
import { maxRssBytes, secondsSince, type DailyRun } from './engine.system';

/** Pupils whose figures after the day are checked against the rules that take sessions. */
const CHECKED_PUPILS = 2_000;
const DAY_SEED = 20_260_101;

function checkSample(
  state: RegisterState,
  figures: RegisterFigures,
): { checked: number; mismatches: number } {
  const step = Math.max(1, Math.floor(state.pupils.length / CHECKED_PUPILS));
  const sample = state.pupils.filter((_, index) => index % step === 0).slice(0, CHECKED_PUPILS);
  const fast = [...fastPathResults(sample, figures)];
  let mismatches = 0;
  sample.forEach((pupil, index) => {
    const expected = domainResultOfPupil(pupil).values.join(',');
    if (fast[index]!.values.join(',') !== expected) mismatches++;
  });
  return { checked: sample.length, mismatches };
}

/**
 * Writes one day of marks (the weekday after the latest in the register) for every pupil.
 * Then times applying it to the register in memory, which reads the file, stores its sessions
 * and recomputes every figure and flag of the pupils it names. Afterwards a sample of pupils
 * is checked against `computePupilFigures` and `computePenaltyThreshold`.
 */
export async function runDailyImport(
  state: RegisterState,
  figures: RegisterFigures,
  workDir: string,
): Promise<DailyRun> {
  const lastWeekday = state.lastWeekday();
  if (Number.isNaN(lastWeekday)) {
    throw new RangeError('Invalid register for the daily import: it has no sessions.');
  }
  const date = isoDateOfWeekdayNumber(lastWeekday + 1);
  const dayPath = path.join(workDir, `day-${date}.csv`);
  const written = await writeDayFile(dayPath, state, date, DAY_SEED);

  const started = process.hrtime.bigint();
  const report = await applyRegisterFile(dayPath, state, figures);
  const seconds = secondsSince(started);
  const peak = maxRssBytes();
  const check = checkSample(state, figures);
  return {
    date,
    rows: report.load.counts.rows,
    bytes: written.bytes,
    seconds,
    pupilsUpdated: report.pupilsUpdated,
    changes: report.changes,
    checkedPupils: check.checked,
    mismatches: check.mismatches,
    maxRssBytes: peak,
  };
}
