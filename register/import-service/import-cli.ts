import type { SchoolRegisterRepository } from '../storage/school-register.repository';
import { parseCommandLine, type CommandStreams } from './cli.output';
import {
  IMPORT_USAGE,
  parseImportCommandLine,
  type ImportCommandLine,
} from './import-cli.arguments';
import { ProgressLine, countFileLines } from './import-cli.progress';
import { formatImportSummary, formatRejection, formatWarnings } from './import-cli.summary';
import { importRegisterFile, type RegisterFileImport } from './register-file.import';

/** Exit code of a command whose input or storage failed. */
export const EXIT_FAILURE = 1;
/** Exit code of a command with an invalid command line. */
export const EXIT_USAGE = 2;

function writeLines(output: CommandStreams['stdout'], lines: string[]): void {
  if (lines.length > 0) output.write(`${lines.join('\n')}\n`);
}

async function runImport(
  command: Extract<ImportCommandLine, { help: false }>,
  streams: CommandStreams,
  store: Promise<SchoolRegisterRepository>,
): Promise<RegisterFileImport> {
  const progress = new ProgressLine(streams.stderr, `Import ${command.file}`);
  // NOTE: the share read is estimated from line numbers, because the readers report no byte
  // offsets. The check pass reports no progress, so it shows only the time taken.
  const lines = countFileLines(command.file).catch(() => 0);
  progress.update('checking the file');
  try {
    return await importRegisterFile(store, command.urn, command.file, command.options, {
      onChecked: () => progress.update('reading the file'),
      onRowRead: (line) => {
        void lines.then((total) => {
          if (total > 0)
            progress.update(`reading ${Math.min(99, Math.floor((line * 100) / total))}%`);
        });
      },
      onStoring: () => progress.update('comparing with stored sessions'),
      onBatchWritten: (done, total) => progress.update(`writing batch ${done} of ${total}`),
    });
  } finally {
    progress.finish();
  }
}

/**
 * Runs `npm run import` and returns the exit code: 0 when stored, 1 when the file has errors
 * (nothing is stored) or storage fails, 2 for an invalid command line. `openStore` is called
 * at once, so that storage starts while the file is checked.
 */
export async function runImportCommand(
  argv: readonly string[],
  streams: CommandStreams,
  openStore: () => Promise<SchoolRegisterRepository>,
): Promise<number> {
  const command = parseCommandLine('import', parseImportCommandLine, argv, streams);
  if (command === null) return EXIT_USAGE;
  if (command.help) {
    streams.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const store = openStore();
  store.catch(() => undefined);
  const started = Date.now();
  let outcome: RegisterFileImport;
  try {
    outcome = await runImport(command, streams, store);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(`Import failed: ${message}\n`);
    return EXIT_FAILURE;
  }
  if (!outcome.stored) {
    writeLines(streams.stderr, formatRejection(outcome.report));
    return EXIT_FAILURE;
  }
  writeLines(streams.stderr, formatWarnings(outcome.report));
  writeLines(
    streams.stdout,
    formatImportSummary(command.urn, outcome.result, (Date.now() - started) / 1000),
  );
  return 0;
}
