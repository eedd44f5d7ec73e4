import { formatAcademicYear } from '../storage/academic-year';
import type { SchoolRegisterRepository } from '../storage/school-register.repository';
import { formatCount, parseCommandLine, type CommandStreams } from './cli.output';
import { EXIT_FAILURE, EXIT_USAGE } from './import-cli';
import { selectPupils } from './pupil.filter';
import { REPORT_USAGE, parseReportCommandLine } from './report-cli.arguments';
import { formatReportTable, toReportRow } from './report-cli.format';

async function describeUnknownSchool(
  store: SchoolRegisterRepository,
  urn: string,
): Promise<string> {
  const known = (await store.listSchools()).map((school) => school.urn).sort();
  const stored =
    known.length === 0 ? 'No school is stored yet.' : `Stored schools: ${known.join(', ')}.`;
  return `No register is stored for school ${urn}. ${stored} Import one with: npm run import -- --school ${urn} FILE\n`;
}

/**
 * Runs `npm run report` and returns the exit code: 0 when listed, 1 for a school with no
 * stored register or a storage failure, 2 for an invalid command line.
 */
export async function runReportCommand(
  argv: readonly string[],
  streams: CommandStreams,
  openStore: () => Promise<SchoolRegisterRepository>,
): Promise<number> {
  const command = parseCommandLine('report', parseReportCommandLine, argv, streams);
  if (command === null) return EXIT_USAGE;
  if (command.help) {
    streams.stdout.write(`${REPORT_USAGE}\n`);
    return 0;
  }
  try {
    const store = await openStore();
    const school = await store.findSchool(command.urn);
    if (school === undefined) {
      streams.stderr.write(await describeUnknownSchool(store, command.urn));
      return EXIT_FAILURE;
    }
    const pupils = await store.listPupils(command.urn);
    const rows = selectPupils(pupils, command.filter).map(toReportRow);
    if (command.json) {
      for (const row of rows) streams.stdout.write(`${JSON.stringify(row)}\n`);
      return 0;
    }
    const year =
      school.academicYear === null
        ? ''
        : `, ${formatAcademicYear(school.academicYear)} year to date`;
    const lines = [
      `School ${command.urn}${year}, imported ${school.lastImportedAt.toISOString()}: ` +
        `${formatCount(rows.length)} of ${formatCount(pupils.length)} pupils listed.`,
      ...(rows.length > 0 ? formatReportTable(rows) : []),
    ];
    streams.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(`Report failed: ${message}\n`);
    return EXIT_FAILURE;
  }
}
