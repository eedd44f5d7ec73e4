import { generateCounty, pupilSessionMarks, type GeneratedSchool } from '../generate';
import type { SchoolRegisterRepository } from '../storage/school-register.repository';
import type { ImportSession } from './incoming-register';
import { importSessions, type ImportResult } from './school-import';

/** Synthetic URN of the demo school, kept apart from the URNs `npm run generate` gives (900001 up). */
export const DEMO_SCHOOL_URN = '999001';

/**
 * The demo school: a secondary school of 300 synthetic pupils over the autumn term of 2025
 * (15 school weeks from 1 September, with the October half-term off).
 */
const DEMO_OPTIONS = {
  schools: 1,
  pupilsPerSchool: 300,
  phase: 'secondary',
  weeks: 15,
  start: '2025-09-01',
  seed: 1,
} as const;

function* demoSessions(school: GeneratedSchool): Generator<ImportSession> {
  for (const pupil of school.pupils()) {
    const { upn, surname, forename, yearGroup } = pupil;
    for (const mark of pupilSessionMarks(pupil, school.calendar)) {
      yield { upn, surname, forename, yearGroup, ...mark };
    }
  }
}

/** Generates the demo school in memory and imports it with `importSessions`. */
export async function importDemoSchool(store: SchoolRegisterRepository): Promise<ImportResult> {
  const [school] = [...generateCounty(DEMO_OPTIONS)];
  return importSessions(store, DEMO_SCHOOL_URN, {
    name: 'synthetic demo register',
    format: 'generated',
    warnings: 0,
    sessions: demoSessions(school!),
  });
}

/**
 * Imports the demo school when storage contains no school yet. Returns the import, or null when
 * a school was already stored.
 */
export async function seedDemoSchool(
  store: SchoolRegisterRepository,
): Promise<ImportResult | null> {
  const schools = await store.listSchools();
  if (schools.length > 0) return null;
  return importDemoSchool(store);
}
