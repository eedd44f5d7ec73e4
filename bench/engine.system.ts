import type { FlagChanges } from '../register/engine';

/** Systems the benchmark compares, each run in its own child process. */
export const SYSTEMS = ['fast-path', 'duckdb', 'validating'] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** Time spent in one phase of a run. */
export interface PhaseTime {
  name: string;
  seconds: number;
}

/** Measurements of one system computing every pupil's figures from the county file. */
export interface SystemRun {
  system: SystemName;
  /** From the start of the work (after modules load) until the results file is written. */
  wallSeconds: number;
  phases: PhaseTime[];
  pupils: number;
  /** Distinct school URNs, where the system counts them. */
  schools?: number;
  /** Rows that the system reported reading or checking, or null when it does not count them. */
  rows: number | null;
  /** Peak resident set size of the child process, in bytes, from `process.resourceUsage()`. */
  maxRssBytes: number;
  notes: string[];
  daily?: DailyRun;
}

/** Measurements of applying one day of marks for every pupil to the register in memory. */
export interface DailyRun {
  date: string;
  rows: number;
  bytes: number;
  /** Reading the day's file, storing its sessions and recomputing the figures it touches. */
  seconds: number;
  pupilsUpdated: number;
  changes: FlagChanges;
  /** Pupils whose updated figures were checked against `computePupilFigures` and `computePenaltyThreshold`. */
  checkedPupils: number;
  mismatches: number;
  /** Peak resident set size after the day was applied, in bytes. */
  maxRssBytes: number;
}

/** Line prefix on which a child prints its `SystemRun` as JSON. */
export const RESULT_LINE_PREFIX = 'ENGINE-BENCH-RESULT ';

/** Returns seconds elapsed since a `process.hrtime.bigint()` reading. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Returns the peak resident set size of this process so far, in bytes. */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
