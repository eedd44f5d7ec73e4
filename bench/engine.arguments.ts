import { parseArgs } from 'node:util';

/** Options of `npm run bench:engine`. */
export interface EngineBenchOptions {
  /** Existing canonical session marks CSV to use instead of generating one. */
  file: string | null;
  schools: number;
  pupilsPerSchool: number;
  weeks: number;
  seed: number;
  /** Skip the validating import path, which takes minutes at county size. */
  skipValidating: boolean;
  /** Schools whose year of marks the storage measurement writes, each as one unit. */
  storageSchools: number;
  /** Limit for each child process, in minutes. */
  timeoutMinutes: number;
  /** Write the figures to docs/benchmarks.md. */
  writeDoc: boolean;
  help: boolean;
}

/** Help text of `npm run bench:engine`. */
export const ENGINE_BENCH_USAGE = `Usage: npm run bench:engine -- [options]

Generates a synthetic county register (by default 300 schools, about 80,000 pupils, one school
year of 380 sessions, about 30 million rows and 1.6 GB), then measures in separate child
processes the attendance engine's fast path, the validating import path and DuckDB computing
every pupil's figures and penalty notice threshold, checks that they agree pupil by pupil,
times a daily import of one more day for every pupil, and measures storing school registers
in Azurite (in memory). Writes the figures to docs/benchmarks.md. Temporary files go in a new
folder under the system temp folder, which is deleted at the end.

Options:
  --file PATH              Use this session marks CSV (with the header the generator writes)
                           instead of generating one. It is not deleted.
  --schools N              Schools to generate. Default 300.
  --pupils-per-school M    Mean pupils per school. Default 267.
  --weeks W                School weeks to generate. Default 40, one school year.
  --seed S                 Seed of the generator. Default 1.
  --skip-validating        Leave out the validating import path, which took about a
                           minute per 10 million rows on a 2-core machine.
  --storage-schools N      Schools written to Azurite in each storage measurement. Default 5.
  --timeout-minutes T      Stop a system that runs longer than this. Default 30.
  --no-doc                 Print the figures without writing docs/benchmarks.md, for example
                           for a smaller run.
  --help                   Show this help.`;

function wholeNumber(
  flag: string,
  text: string | undefined,
  fallback: number,
  minimum = 1,
): number {
  if (text === undefined) return fallback;
  if (!/^[0-9]+$/.test(text) || Number(text) < minimum) {
    throw new RangeError(
      `Invalid ${flag} ${JSON.stringify(text)}: expected a whole number of at least ${minimum}, for example ${flag} ${fallback}.`,
    );
  }
  return Number(text);
}

/**
 * Parses the arguments of `npm run bench:engine`. Throws TypeError for an unknown option and
 * RangeError for an invalid value; both name the option.
 */
export function parseEngineBenchArguments(argv: readonly string[]): EngineBenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      file: { type: 'string' },
      schools: { type: 'string' },
      'pupils-per-school': { type: 'string' },
      weeks: { type: 'string' },
      seed: { type: 'string' },
      'skip-validating': { type: 'boolean' },
      'storage-schools': { type: 'string' },
      'timeout-minutes': { type: 'string' },
      'no-doc': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return {
    file: values.file ?? null,
    schools: wholeNumber('--schools', values.schools, 300),
    pupilsPerSchool: wholeNumber('--pupils-per-school', values['pupils-per-school'], 267),
    weeks: wholeNumber('--weeks', values.weeks, 40),
    seed: wholeNumber('--seed', values.seed, 1, 0),
    skipValidating: values['skip-validating'] === true,
    storageSchools: wholeNumber('--storage-schools', values['storage-schools'], 5),
    timeoutMinutes: wholeNumber('--timeout-minutes', values['timeout-minutes'], 30),
    writeDoc: values['no-doc'] !== true,
    help: values.help === true,
  };
}
