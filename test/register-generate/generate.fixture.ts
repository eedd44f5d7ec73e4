import { computePupilFigures, type PupilFigures, type SessionMark } from '../../domain/attendance';
import {
  BufferedWriter,
  generateCounty,
  MemorySink,
  pupilSessionMarks,
  writeSchool,
  type GenerateOptions,
  type GeneratedPupil,
  type GeneratedSchool,
  type OutputFormat,
} from '../../register/generate';

/** One generated pupil with their school, session marks and figures. */
export interface SampledPupil {
  school: GeneratedSchool;
  pupil: GeneratedPupil;
  sessions: SessionMark[];
  figures: PupilFigures;
}

/** Generates a county in memory and computes every pupil's figures. */
export function samplePupils(options: Partial<GenerateOptions>): SampledPupil[] {
  const sample: SampledPupil[] = [];
  for (const school of generateCounty(options)) {
    for (const pupil of school.pupils()) {
      const sessions = pupilSessionMarks(pupil, school.calendar);
      sample.push({ school, pupil, sessions, figures: computePupilFigures(sessions) });
    }
  }
  return sample;
}

/** Writes every school of a county in one format into memory and returns the bytes per school. */
export function renderCounty(options: Partial<GenerateOptions>, format: OutputFormat): Buffer[] {
  const codeSet = format === 'ctf' ? 'single-character' : 'all';
  return [...generateCounty({ ...options, codeSet })].map((school) => {
    const sink = new MemorySink();
    const writer = new BufferedWriter(sink, 4096);
    writeSchool(school, format, writer);
    writer.close();
    return sink.toBuffer();
  });
}

/** Returns the share of items that pass a test, as a percentage. */
export function percentOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  return (100 * items.filter(test).length) / items.length;
}

/** Returns missed / possible sessions over a sample, as a percentage. */
export function overallAbsencePercent(sample: readonly SampledPupil[]): number {
  let missed = 0;
  let possible = 0;
  for (const { figures } of sample) {
    missed += figures.missedSessions;
    possible += figures.possibleSessions;
  }
  return (100 * missed) / possible;
}
