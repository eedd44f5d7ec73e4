import type { PupilFigures } from './figures.compute';
import type { PenaltyThresholdResult } from './penalty-threshold.compute';

/** Threshold a pupil can cross. */
export type ThresholdName = 'persistent' | 'severe' | 'penaltyThreshold';

/** Threshold flags of one computation for one pupil. */
export interface ThresholdFlags {
  persistent: boolean;
  severe: boolean;
  penaltyThreshold: boolean;
}

/** Thresholds crossed and recovered between two computations, in `ThresholdName` order. */
export interface ThresholdChange {
  /** Thresholds set now but not before. */
  crossed: ThresholdName[];
  /** Thresholds set before but not now. */
  recovered: ThresholdName[];
}

const THRESHOLD_NAMES: readonly ThresholdName[] = ['persistent', 'severe', 'penaltyThreshold'];

/** Collects the threshold flags from one pupil's figures and penalty threshold result. */
export function thresholdFlagsOf(
  figures: Pick<PupilFigures, 'persistentlyAbsent' | 'severelyAbsent'>,
  penalty: Pick<PenaltyThresholdResult, 'reached'>,
): ThresholdFlags {
  return {
    persistent: figures.persistentlyAbsent,
    severe: figures.severelyAbsent,
    penaltyThreshold: penalty.reached,
  };
}

/**
 * Compares the previous import's flags with the new import's flags for the same pupil.
 * With no previous import (`before` undefined), every flag set in `after` counts as crossed.
 */
export function diffThresholds(
  before: ThresholdFlags | undefined,
  after: ThresholdFlags,
): ThresholdChange {
  const change: ThresholdChange = { crossed: [], recovered: [] };
  for (const name of THRESHOLD_NAMES) {
    const was = before?.[name] ?? false;
    if (after[name] && !was) change.crossed.push(name);
    if (!after[name] && was) change.recovered.push(name);
  }
  return change;
}
