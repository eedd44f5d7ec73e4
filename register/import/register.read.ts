import { readCtfXml } from './ctf.read';
import { detectRegisterFormat, type RegisterFormat } from './format.detect';
import { ProblemLog } from './import.problems';
import type { RegisterRow } from './register-row';
import { readSessionMarksCsv } from './session-marks.read';
import { TEXT_CHECK_BYTES, readTextChunks } from './text.decode';
import { readWeeklyGridCsv } from './weekly-grid.read';

/** Options for `readRegister`. */
export interface ReadRegisterOptions {
  /** Format to read the file as. Without it, the format is detected from the name and header. */
  format?: RegisterFormat;
  /**
   * Log that receives reading problems. Without it, the first error throws
   * `RegisterImportError`, which suits a second pass over a file that already passed
   * `validateRegister`.
   */
  log?: ProblemLog;
  /** Name of the file in problems. Defaults to the path. */
  fileName?: string;
  /** Bytes per read from the file. Defaults to the Node.js stream default of 64 KB. */
  highWaterMark?: number;
}

type RowReader = (
  chunks: AsyncIterable<string>,
  file: string,
  log: ProblemLog,
) => AsyncGenerator<RegisterRow>;

const READERS: Readonly<Record<RegisterFormat, RowReader>> = {
  'session-marks-csv': readSessionMarksCsv,
  'weekly-grid-csv': readWeeklyGridCsv,
  'ctf-xml': readCtfXml,
};

async function* replay(head: string[], rest: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    yield* head;
    yield* rest;
  } finally {
    await rest.return(undefined);
  }
}

/**
 * Streams the rows of a register export (session marks CSV, weekly grid CSV or CTF XML) in
 * bounded memory. Rows with problems that make them unreadable, such as an invalid date, are
 * logged and skipped. Codes, UPNs, weekends, date ranges and duplicate sessions are checked by
 * `validateRegister`, which consumes these rows.
 */
export async function* readRegister(
  path: string,
  options: ReadRegisterOptions = {},
): AsyncGenerator<RegisterRow> {
  const file = options.fileName ?? path;
  const log = options.log ?? new ProblemLog({ throwOnError: true });
  const chunks = readTextChunks(path, { file, log, highWaterMark: options.highWaterMark });

  const errorsBefore = log.errorCount;
  const head: string[] = [];
  let startOfText = '';
  while (!/[\r\n]/.test(startOfText) && startOfText.length < TEXT_CHECK_BYTES) {
    const next = await chunks.next();
    if (next.done === true) break;
    head.push(next.value);
    startOfText += next.value;
  }

  if (log.errorCount > errorsBefore) return;

  const format = options.format ?? detectRegisterFormat(path, startOfText);
  yield* READERS[format](replay(head, chunks), file, log);
}
