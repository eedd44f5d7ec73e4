import { parseArgs } from 'node:util';
import { isIsoDate } from '../../domain/attendance/calendar.date';
import type { RegisterFormat, RegisterImportOptions } from '../import';
import { requireUrn } from './urn.check';

/** Help text of `npm run import`. */
export const IMPORT_USAGE = `Usage: npm run import -- --school URN FILE [options]

Checks a register export and stores its sessions for one school. A file with any error
stores nothing. Sessions already stored for the same pupil, date and session are replaced,
so a later file corrects an earlier one, and importing a file twice changes nothing.

Options:
  --school URN         Required. The school's 6-digit Unique Reference Number.
  --format FORMAT      csv: session marks, one row per pupil per session (SIMS, Arbor).
                       grid: weekly grid, one row per pupil per week (Bromcom).
                       ctf: Common Transfer File XML.
                       Default: detected from the file name and header.
  --code-map FILE      CSV with the header local_code,code that maps the school's own codes
                       (such as SIMS X01) to national codes.
  --from YYYY-MM-DD    First date the file may contain. A session before it is an error.
  --to YYYY-MM-DD      Last date the file may contain. A session after it is an error.
  --help               Show this help.

Storage: AZURE_STORAGE_CONNECTION_STRING, or else the embedded Azurite in .local/azurite
(AZURITE_LOCATION), shared with the bot when it is running.`;

const FORMATS: Readonly<Record<string, RegisterFormat>> = {
  csv: 'session-marks-csv',
  grid: 'weekly-grid-csv',
  ctf: 'ctf-xml',
  'session-marks-csv': 'session-marks-csv',
  'weekly-grid-csv': 'weekly-grid-csv',
  'ctf-xml': 'ctf-xml',
};

/** Parsed `npm run import` command line. */
export type ImportCommandLine =
  { help: true } | { help: false; urn: string; file: string; options: RegisterImportOptions };

function readFormat(text: string | undefined): RegisterFormat | undefined {
  if (text === undefined) return undefined;
  const format = FORMATS[text.toLowerCase()];
  if (format === undefined) {
    throw new RangeError(`Invalid --format ${JSON.stringify(text)}: expected csv, grid or ctf.`);
  }
  return format;
}

function readDate(option: string, text: string | undefined): string | undefined {
  if (text !== undefined && !isIsoDate(text)) {
    throw new RangeError(
      `Invalid ${option} ${JSON.stringify(text)}: expected a real date as YYYY-MM-DD, for example ${option} 2025-09-01.`,
    );
  }
  return text;
}

function readFile(positionals: string[]): string {
  if (positionals.length === 1) return positionals[0]!;
  if (positionals.length === 0) {
    throw new RangeError('Missing FILE: give the register file to import after the options.');
  }
  throw new RangeError(
    `Too many files (${positionals.length}): import one file at a time, for example npm run import -- --school 900001 register.csv.`,
  );
}

/**
 * Parses the arguments of `npm run import`. Throws TypeError for an unknown or incomplete
 * option and RangeError for an invalid value, each naming the option and the expected value.
 */
export function parseImportCommandLine(argv: readonly string[]): ImportCommandLine {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      school: { type: 'string' },
      format: { type: 'string' },
      'code-map': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return { help: true };
  return {
    help: false,
    urn: requireUrn(values.school),
    file: readFile(positionals),
    options: {
      format: readFormat(values.format),
      codeMapPath: values['code-map'],
      from: readDate('--from', values.from),
      to: readDate('--to', values.to),
    },
  };
}
