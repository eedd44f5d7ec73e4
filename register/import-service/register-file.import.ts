import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  checkRegisterFile,
  detectRegisterFormat,
  readCheckedRegister,
  type CheckedRow,
  type RegisterImportOptions,
  type ValidationReport,
} from '../import';
import type { SchoolRegisterRepository } from '../storage/school-register.repository';
import type { ImportSession } from './incoming-register';
import { importSessions, type ImportProgress, type ImportResult } from './school-import';

/** Outcome of importing a file: rejected with its problems, or stored. */
export type RegisterFileImport =
  | { stored: false; report: ValidationReport }
  | { stored: true; report: ValidationReport; result: ImportResult };

/** Progress callbacks of a file import, with the line of the row last read. */
export interface FileImportProgress extends ImportProgress {
  onChecked?: (report: ValidationReport) => void;
  onRowRead?: (line: number) => void;
}

const FORMAT_SAMPLE_BYTES = 64 * 1024;

async function detectFormat(path: string, options: RegisterImportOptions): Promise<string> {
  if (options.format !== undefined) return options.format;
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(FORMAT_SAMPLE_BYTES), 0);
    return detectRegisterFormat(path, buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await file.close();
  }
}

async function* toSessions(
  rows: AsyncIterable<CheckedRow>,
  onRowRead: ((line: number) => void) | undefined,
): AsyncGenerator<ImportSession> {
  let count = 0;
  for await (const { row, mark } of rows) {
    if (onRowRead !== undefined && ++count % 1000 === 0) onRowRead(row.position.line);
    yield {
      upn: row.upn,
      surname: row.surname,
      forename: row.forename,
      yearGroup: row.yearGroup,
      date: row.date,
      session: row.session,
      code: mark.code,
    };
  }
}

/**
 * Imports a register file in two passes. The first pass checks the whole file and stores
 * nothing when it finds any error. The second reads the file again and merges its sessions
 * into the school's stored register with `importSessions`. Warnings do not stop the import.
 * `store` may be a promise, so that storage can start while the file is checked; it is
 * awaited only when the file is valid.
 */
export async function importRegisterFile(
  store: SchoolRegisterRepository | Promise<SchoolRegisterRepository>,
  urn: string,
  path: string,
  options: RegisterImportOptions = {},
  progress: FileImportProgress = {},
): Promise<RegisterFileImport> {
  const report = await checkRegisterFile(path, options);
  progress.onChecked?.(report);
  if (!report.ok) return { stored: false, report };

  const result = await importSessions(
    await store,
    urn,
    {
      name: basename(path),
      format: await detectFormat(path, options),
      warnings: report.warnings.length + report.omittedWarnings,
      sessions: toSessions(readCheckedRegister(path, options), progress.onRowRead),
    },
    progress,
  );
  return { stored: true, report, result };
}
