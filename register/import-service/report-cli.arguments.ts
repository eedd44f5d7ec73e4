import { parseArgs } from 'node:util';
import type { PupilFilter } from './pupil.filter';
import { requireUrn } from './urn.check';

/** Help text of `npm run report`. */
export const REPORT_USAGE = `Usage: npm run report -- --school URN [options]

Lists a school's pupils with their stored figures for the latest academic year, year to date,
lowest attendance first. Filters combine: a pupil is listed only when it matches all of them.

Options:
  --school URN          Required. The school's 6-digit Unique Reference Number.
  --json                Print one JSON object per pupil per line instead of a table.
  --below PERCENT       Only pupils whose attendance is strictly below PERCENT (0 to 100),
                        compared exactly, not after rounding. A pupil at exactly 90.0% is not
                        below 90 but is persistently absent: use --persistent for that list.
  --persistent          Only persistently absent pupils (missed 10% or more of possible sessions).
  --severe              Only severely absent pupils (missed 50% or more).
  --penalty-threshold   Only pupils at the penalty notice threshold (10 sessions of G, N, O or U
                        within 10 school weeks).
  --year-group YEAR     Only pupils in this year group, for example 9, R or Leaver.
  --help                Show this help.

Storage: AZURE_STORAGE_CONNECTION_STRING, or else the embedded Azurite in .local/azurite
(AZURITE_LOCATION), shared with the bot when it is running.`;

/** Parsed `npm run report` command line. */
export type ReportCommandLine =
  { help: true } | { help: false; urn: string; json: boolean; filter: PupilFilter };

function readPercent(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const percent = Number(text.replace(/%$/, ''));
  if (!/^[0-9]+(\.[0-9]+)?%?$/.test(text) || percent > 100) {
    throw new RangeError(
      `Invalid --below ${JSON.stringify(text)}: expected a percentage from 0 to 100, for example --below 90.`,
    );
  }
  return percent;
}

/**
 * Parses the arguments of `npm run report`. Throws TypeError for an unknown or incomplete
 * option and RangeError for an invalid value, each naming the option and the expected value.
 */
export function parseReportCommandLine(argv: readonly string[]): ReportCommandLine {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      school: { type: 'string' },
      json: { type: 'boolean' },
      below: { type: 'string' },
      persistent: { type: 'boolean' },
      severe: { type: 'boolean' },
      'penalty-threshold': { type: 'boolean' },
      'year-group': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return { help: true };
  return {
    help: false,
    urn: requireUrn(values.school),
    json: values.json === true,
    filter: {
      belowPercent: readPercent(values.below),
      persistent: values.persistent,
      severe: values.severe,
      penaltyThreshold: values['penalty-threshold'],
      yearGroup: values['year-group'],
    },
  };
}
