import { isIsoDate } from '../../domain/attendance';
import type { CodeSet } from './absence.mix';
import { PHASES, type Phase } from './statistics.published';

/** Options of a generated county. */
export interface GenerateOptions {
  schools: number;
  /** Mean pupils per school. With mixed phases, secondary schools get more and special fewer. */
  pupilsPerSchool: number;
  /** School weeks in the register, counted from the week of `start`. */
  weeks: number;
  /** Seed of the random numbers: a whole number from 0 to 4,294,967,295. */
  seed: number;
  /** First date of the register, `YYYY-MM-DD`. */
  start: string;
  /** Phase of every school, or `mixed` for the Gloucestershire mix of phases. */
  phase: Phase | 'mixed';
  /** `single-character` leaves out C1, C2, J1 (recorded as C) and Y1, for CTF files. */
  codeSet: CodeSet;
}

/** Synthetic UPNs are numbered 0 to 99,999, so a county has at most this many pupils. */
export const MAX_PUPILS = 100_000;
/** Synthetic URNs run from 900001, so this many schools keep them at six digits below 910001. */
export const MAX_SCHOOLS = 10_000;
/**
 * About five school years. Pupils keep one year group throughout, so much longer registers
 * would stop looking real.
 */
export const MAX_WEEKS = 200;
const MAX_SEED = 4_294_967_295;

/** Defaults: one mixed-phase school of 200 pupils for about one school year from 1 September 2025. */
export const DEFAULT_OPTIONS: GenerateOptions = {
  schools: 1,
  pupilsPerSchool: 200,
  weeks: 40,
  seed: 1,
  start: '2025-09-01',
  phase: 'mixed',
  codeSet: 'all',
};

function requireWholeNumber(name: string, value: number, minimum: number, maximum: number): void {
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new RangeError(
      `Invalid ${name} ${value}: expected a whole number from ${minimum} to ${maximum}.`,
    );
  }
}

/**
 * Fills in defaults and checks every option. Throws RangeError naming the option (with its
 * command-line flag), the value and the accepted range.
 */
export function resolveOptions(options: Partial<GenerateOptions> = {}): GenerateOptions {
  const resolved = { ...DEFAULT_OPTIONS, ...options };
  requireWholeNumber('schools (--schools)', resolved.schools, 1, MAX_SCHOOLS);
  requireWholeNumber(
    'pupilsPerSchool (--pupils-per-school)',
    resolved.pupilsPerSchool,
    1,
    MAX_PUPILS,
  );
  requireWholeNumber('weeks (--weeks)', resolved.weeks, 1, MAX_WEEKS);
  requireWholeNumber('seed (--seed)', resolved.seed, 0, MAX_SEED);
  if (!isIsoDate(resolved.start)) {
    throw new RangeError(
      `Invalid start (--start) ${JSON.stringify(resolved.start)}: expected a real date as YYYY-MM-DD, for example 2025-09-01.`,
    );
  }
  if (resolved.phase !== 'mixed' && !PHASES.includes(resolved.phase)) {
    throw new RangeError(
      `Invalid phase (--phase) ${JSON.stringify(resolved.phase)}: expected mixed, primary, secondary or special.`,
    );
  }
  if (resolved.codeSet !== 'all' && resolved.codeSet !== 'single-character') {
    throw new RangeError(
      `Invalid codeSet ${JSON.stringify(resolved.codeSet)}: expected all or single-character.`,
    );
  }
  if (resolved.schools * resolved.pupilsPerSchool > MAX_PUPILS) {
    throw new RangeError(
      `Too many pupils: ${resolved.schools} schools × ${resolved.pupilsPerSchool} pupils is more than ${MAX_PUPILS}, the number of synthetic UPNs. Lower --schools or --pupils-per-school.`,
    );
  }
  return resolved;
}
