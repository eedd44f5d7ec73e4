import { FIGURE_FLAG, type RegisterFigures } from './register-figures';
import type { RegisterState } from './pupil-register.state';
import { loadSessionCsvFast, type FastLoadReport } from './session-csv.fast-load';

/** Pupils whose flags changed in one import, by flag. */
export interface FlagChanges {
  persistentlyAbsent: { crossed: number; recovered: number };
  severelyAbsent: { crossed: number; recovered: number };
  penaltyThresholdReached: { crossed: number; recovered: number };
}

/** Outcome of `applyRegisterFile`. */
export interface RegisterUpdateReport {
  load: FastLoadReport;
  /** Pupils with at least one row in the file, whose figures were recomputed. */
  pupilsUpdated: number;
  changes: FlagChanges;
}

function emptyChanges(): FlagChanges {
  return {
    persistentlyAbsent: { crossed: 0, recovered: 0 },
    severelyAbsent: { crossed: 0, recovered: 0 },
    penaltyThresholdReached: { crossed: 0, recovered: 0 },
  };
}

function countChanges(changes: FlagChanges, before: number, after: number): void {
  for (const name of Object.keys(changes) as (keyof FlagChanges)[]) {
    const bit = FIGURE_FLAG[name];
    if (after & bit && !(before & bit)) changes[name].crossed++;
    if (before & bit && !(after & bit)) changes[name].recovered++;
  }
}

/**
 * Applies a canonical session marks CSV, such as one day of marks for every pupil, to a
 * register already in memory. It stores the file's sessions, then recomputes the figures and
 * flags of each pupil the file names and counts the flags crossed and recovered. A pupil new
 * to the state counts every flag set as crossed. Marks for a session already stored are
 * counted as repeated or conflicting and not applied, as in a first load.
 */
export async function applyRegisterFile(
  path: string,
  state: RegisterState,
  figures: RegisterFigures,
): Promise<RegisterUpdateReport> {
  const load = await loadSessionCsvFast(path, state);
  const changes = emptyChanges();
  let pupilsUpdated = 0;
  for (const pupil of state.pupils) {
    if (pupil.lastLoad !== load.load) continue;
    const before = figures.computePupil(pupil);
    countChanges(changes, before, figures.flags[pupil.index]!);
    pupilsUpdated++;
  }
  return { load, pupilsUpdated, changes };
}
