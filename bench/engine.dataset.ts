import { statSync } from 'node:fs';
import path from 'node:path';
import { writeRegisters } from '../register/generate';
import type { EngineBenchOptions } from './engine.arguments';
import { secondsSince } from './engine.system';

/** The register file that every system reads. */
export interface Dataset {
  path: string;
  bytes: number;
  /** Command that generated the file, or the file given, for the record. */
  source: string;
  /** Rows, pupils and schools as the generator reported them, or null for a given file. */
  rows: number | null;
  pupils: number | null;
  schools: number | null;
  generateSeconds: number | null;
}

/**
 * Returns the file given with `--file`, or generates the county register as one session marks
 * CSV with a `school_urn` column in `workDir`.
 */
export function prepareDataset(options: EngineBenchOptions, workDir: string): Dataset {
  if (options.file !== null) {
    return {
      path: options.file,
      bytes: statSync(options.file).size,
      source: `the file given with --file (${path.basename(options.file)})`,
      rows: null,
      pupils: null,
      schools: null,
      generateSeconds: null,
    };
  }
  const out = path.join(workDir, 'county.csv');
  const started = process.hrtime.bigint();
  const summary = writeRegisters({
    options: {
      schools: options.schools,
      pupilsPerSchool: options.pupilsPerSchool,
      weeks: options.weeks,
      seed: options.seed,
    },
    format: 'csv',
    out,
    singleFile: true,
  });
  return {
    path: out,
    bytes: summary.bytes,
    source:
      `npm run generate -- --schools ${options.schools} --pupils-per-school ${options.pupilsPerSchool} ` +
      `--weeks ${options.weeks} --seed ${options.seed} --single-file`,
    rows: summary.records,
    pupils: summary.pupils,
    schools: summary.schools,
    generateSeconds: secondsSince(started),
  };
}
