import { parseArgs } from 'node:util';
import {
  DEFAULT_OPTIONS,
  MAX_PUPILS,
  MAX_SCHOOLS,
  MAX_WEEKS,
  resolveOptions,
} from './generate.options';
import { OUTPUT_FORMATS, type OutputFormat, type WriteRequest } from './registers.write';
import type { Phase } from './statistics.published';

/** Help text of `npm run generate`. */
export const USAGE = `Usage: npm run generate -- --out PATH [options]

Writes synthetic school registers with made-up pupils, calibrated to the published
Gloucestershire attendance figures for 2025/26.

Options:
  --out PATH             Required. The file to write for one school or with --single-file,
                         otherwise a folder that gets one file per school named <URN>.csv
                         (csv, grid) or <URN>.xml (ctf). URNs are synthetic: 900001, 900002, ...
  --format FORMAT        csv: session marks, one row per pupil per session.
                         grid: weekly grid (Bromcom style), one row per pupil per school week.
                         ctf: Common Transfer File XML, with one-character codes only.
                         Default csv.
  --schools N            Number of schools, 1 to ${MAX_SCHOOLS}. Default ${DEFAULT_OPTIONS.schools}.
  --pupils-per-school M  Mean pupils per school. Schools x pupils may be at most ${MAX_PUPILS},
                         the number of synthetic UPNs. With --phase mixed, each school's size
                         follows its phase: secondary schools get about 5 times the size of
                         primary schools, special schools about two thirds. Default ${DEFAULT_OPTIONS.pupilsPerSchool}.
  --phase PHASE          mixed, primary, secondary or special: the phase of every school.
                         mixed follows Gloucestershire: about 82% primary, 14% secondary and
                         4% special schools. Default ${DEFAULT_OPTIONS.phase}.
  --weeks W              School weeks in the register, 1 to ${MAX_WEEKS}, counted from the week of
                         --start. Weeks with no school day (holidays) do not count. Pupils keep
                         one year group throughout. Default ${DEFAULT_OPTIONS.weeks}, about one school year.
  --start YYYY-MM-DD     First date of the register. Default ${DEFAULT_OPTIONS.start}, the first
                         Monday of September 2025.
  --seed S               Whole number from 0 to 4294967295. The same seed and options give
                         byte-identical files. Default ${DEFAULT_OPTIONS.seed}.
  --single-file          With --format csv, write every school into the one --out file, with a
                         school_urn column first.
  --help                 Show this help.`;

/** Parsed command line: a write request, or a request for help. */
export type CommandLine = { help: true } | { help: false; request: WriteRequest };

function wholeNumber(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^[0-9]+$/.test(text)) {
    throw new RangeError(
      `Invalid ${flag} ${JSON.stringify(text)}: expected a whole number, for example ${flag} ${fallback}.`,
    );
  }
  return Number(text);
}

/**
 * Parses the arguments of `npm run generate` and checks every option. Throws TypeError for an
 * unknown or incomplete option and RangeError for an invalid value. Both messages name the
 * option and the expected value.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      schools: { type: 'string' },
      'pupils-per-school': { type: 'string' },
      phase: { type: 'string' },
      weeks: { type: 'string' },
      start: { type: 'string' },
      seed: { type: 'string' },
      'single-file': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return { help: true };

  const format = (values.format ?? 'csv') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    throw new RangeError(
      `Invalid --format ${JSON.stringify(values.format)}: expected csv, grid or ctf.`,
    );
  }
  if (values.out === undefined || values.out === '') {
    throw new RangeError(
      'Missing --out: give the file to write (one school, or --single-file) or the folder for one file per school, for example --out build/registers.',
    );
  }
  const options = resolveOptions({
    schools: wholeNumber('--schools', values.schools, DEFAULT_OPTIONS.schools),
    pupilsPerSchool: wholeNumber(
      '--pupils-per-school',
      values['pupils-per-school'],
      DEFAULT_OPTIONS.pupilsPerSchool,
    ),
    weeks: wholeNumber('--weeks', values.weeks, DEFAULT_OPTIONS.weeks),
    seed: wholeNumber('--seed', values.seed, DEFAULT_OPTIONS.seed),
    start: values.start ?? DEFAULT_OPTIONS.start,
    phase: (values.phase ?? DEFAULT_OPTIONS.phase) as Phase | 'mixed',
  });
  return {
    help: false,
    request: { options, format, out: values.out, singleFile: values['single-file'] === true },
  };
}
