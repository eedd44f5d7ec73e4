import { loadCodeMap } from './code-map.load';
import type { RegisterFormat } from './format.detect';
import { ProblemLog } from './import.problems';
import { readRegister } from './register.read';
import { validateRegister, type ValidationReport } from './register.validate';
import { RowChecker, type CheckedRow, type RowCheckOptions } from './row.check';

/** Options for checking a register file and for reading it again to store it. */
export interface RegisterImportOptions extends Omit<RowCheckOptions, 'codeMap'> {
  /** Format to read the file as. Without it, the format is detected. */
  format?: RegisterFormat;
  /** Path of a `local_code,code` CSV that maps the school's local codes to national codes. */
  codeMapPath?: string;
  /** Errors to list before only counting the rest. Defaults to 1,000. */
  maxErrors?: number;
  /** Bytes per read from the file. */
  highWaterMark?: number;
}

/**
 * Reads and validates a register file in one streaming pass, with its code-mapping file when
 * one is given, and returns every problem found. Nothing is stored. When the report is `ok`,
 * store the file with `readCheckedRegister`, which reads it a second time, so memory stays
 * bounded for files of any size.
 */
export async function checkRegisterFile(
  path: string,
  options: RegisterImportOptions = {},
): Promise<ValidationReport> {
  const log = new ProblemLog({ maxErrors: options.maxErrors });
  const codeMap =
    options.codeMapPath === undefined ? undefined : await loadCodeMap(options.codeMapPath, log);
  const rows = readRegister(path, {
    format: options.format,
    log,
    highWaterMark: options.highWaterMark,
  });
  return validateRegister(rows, { log, codeMap, from: options.from, to: options.to });
}

/**
 * Streams the rows of a file that `checkRegisterFile` found valid, each with the code to store.
 * Sessions given twice with the same mark are yielded once. Throws `RegisterImportError` on the
 * first error, which means the file changed after it was checked, so the caller must store
 * rows inside a transaction (or a staging area) that it can abandon.
 */
export async function* readCheckedRegister(
  path: string,
  options: RegisterImportOptions = {},
): AsyncGenerator<CheckedRow> {
  const log = new ProblemLog({ throwOnError: true });
  const codeMap =
    options.codeMapPath === undefined ? undefined : await loadCodeMap(options.codeMapPath, log);
  const checker = new RowChecker(log, { codeMap, from: options.from, to: options.to });
  const rows = readRegister(path, {
    format: options.format,
    log,
    highWaterMark: options.highWaterMark,
  });
  for await (const row of rows) {
    const checked = checker.check(row);
    if (checked !== null) yield checked;
  }
}
