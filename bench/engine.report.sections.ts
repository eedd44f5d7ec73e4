import type { Agreement } from './engine.agreement';
import type { Dataset } from './engine.dataset';
import type { StorageTiming } from './engine.storage';
import type { DailyRun, SystemName, SystemRun } from './engine.system';

/** Maximum time for a daily import of the county, from the engine's design. */
export const MAX_DAILY_SECONDS = 2;

const LABELS: Record<SystemName, string> = {
  'fast-path': 'Fast path (bytes to typed arrays)',
  duckdb: 'DuckDB baseline (SQL over read_csv)',
  validating: 'Validating import (checkRegisterFile, readCheckedRegister, SessionMark rules)',
};

/** Everything one run of the benchmark measured. */
export interface EngineReportInput {
  date: string;
  machine: string;
  duckDbPackage: string;
  dataset: Dataset;
  rows: number;
  pupils: number;
  schools: number | null;
  runs: Partial<Record<SystemName, SystemRun>>;
  failures: Partial<Record<SystemName, string>>;
  agreements: Partial<Record<SystemName, Agreement>>;
  storage: StorageTiming[] | string;
  storageSchools: number;
}

export const number = (value: number) => value.toLocaleString('en-GB');
/** Formats seconds as milliseconds below 0.1 s, with 2 decimals below 10 s, else 1. */
export function seconds(value: number): string {
  if (value < 0.1) return `${Math.round(value * 1000)} ms`;
  return `${value.toFixed(value < 10 ? 2 : 1)} s`;
}

/** Formats bytes as MB (10⁶ bytes), with one decimal below 10 MB. */
export function megabytes(bytes: number): string {
  const value = bytes / 1e6;
  return `${value < 10 ? value.toFixed(1) : number(Math.round(value))} MB`;
}

const FLAG_NAMES: Record<string, string> = {
  persistentlyAbsent: 'persistent absence',
  severelyAbsent: 'severe absence',
  penaltyThresholdReached: 'penalty notice threshold',
};

function agreementText(agreement: Agreement | undefined, system: SystemName): string {
  if (system === 'duckdb') return 'baseline';
  if (agreement === undefined) return 'not compared';
  return number(agreement.disagreeingPupils);
}

export function systemTable(input: EngineReportInput): string[] {
  const lines = [
    '| System | Wall time | Rows/s | Peak RSS | Pupils | Pupils disagreeing with DuckDB |',
    '| --- | --: | --: | --: | --: | --: |',
  ];
  for (const system of ['fast-path', 'duckdb', 'validating'] as const) {
    const run = input.runs[system];
    const failure = input.failures[system];
    if (run === undefined) {
      lines.push(`| ${LABELS[system]} | ${failure ?? 'not run'} | | | | |`);
      continue;
    }
    const rate = number(Math.round(input.rows / run.wallSeconds));
    const agreement = agreementText(input.agreements[system], system);
    lines.push(
      `| ${LABELS[system]} | ${seconds(run.wallSeconds)} | ${rate} | ${megabytes(run.maxRssBytes)} | ${number(run.pupils)} | ${agreement} |`,
    );
  }
  return lines;
}

export function phaseLines(input: EngineReportInput): string[] {
  const lines = ['| System | Phase | Time |', '| --- | --- | --: |'];
  for (const run of Object.values(input.runs)) {
    for (const phase of run.phases) {
      lines.push(`| ${LABELS[run.system]} | ${phase.name} | ${seconds(phase.seconds)} |`);
    }
  }
  return lines;
}

export function disagreementLines(input: EngineReportInput): string[] {
  return Object.entries(input.agreements).flatMap(([system, agreement]) => {
    return agreement.examples.map((example) => {
      return `- ${system} against DuckDB: pupil ${example.upn}, ${example.column}: ${example.left} against ${example.right}`;
    });
  });
}

export function dailyLines(daily: DailyRun | undefined): string[] {
  if (daily === undefined) return ['Not measured, because the fast path did not finish.'];
  const flagText = Object.entries(daily.changes)
    .map(([flag, change]) => {
      return `${FLAG_NAMES[flag] ?? flag} ${change.crossed} crossed and ${change.recovered} recovered`;
    })
    .join(', ');
  return [
    `One day of marks (${daily.date}, AM and PM) for every pupil: ${number(daily.rows)} rows, ` +
      `${megabytes(daily.bytes)}. Applying it to the register in memory (read the file, store the ` +
      `sessions, recompute every figure and flag of the ${number(daily.pupilsUpdated)} pupils it ` +
      `names) took **${seconds(daily.seconds)}** (target under ${MAX_DAILY_SECONDS} s). ` +
      `Flags: ${flagText}. Peak RSS afterwards ${megabytes(daily.maxRssBytes)}.`,
    '',
    `Check: ${number(daily.checkedPupils)} pupils' updated figures recomputed with ` +
      `computePupilFigures and computePenaltyThreshold gave ${number(daily.mismatches)} mismatches.`,
  ];
}

export function storageLines(input: EngineReportInput): string[] {
  if (typeof input.storage === 'string') return [`Not measured: ${input.storage}`];
  return [
    `${input.storageSchools} synthetic schools, each stored as one unit: one entity per pupil per ` +
      "academic year holding that year's marks as text (2 characters per session), in Azurite " +
      'in memory, started by startEmbeddedAzurite.',
    '',
    '| Method | Entities | Time | Entities/s |',
    '| --- | --: | --: | --: |',
    ...input.storage.map((timing) => {
      const rate = number(Math.round(timing.entities / timing.seconds));
      return `| ${timing.method} | ${number(timing.entities)} | ${seconds(timing.seconds)} | ${rate} |`;
    }),
  ];
}
