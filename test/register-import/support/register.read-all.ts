import { join } from 'node:path';
import { ProblemLog, readRegister, type ReadRegisterOptions } from '../../../register/import';
import type { RegisterRow } from '../../../register/import';

/** Rows and problems from reading a whole file, for tests on small files. */
export interface ReadResult {
  rows: RegisterRow[];
  log: ProblemLog;
}

/** Reads every row of a file into memory, logging problems instead of throwing. */
export async function readAllRows(
  path: string,
  options: Omit<ReadRegisterOptions, 'log'> = {},
): Promise<ReadResult> {
  const log = new ProblemLog();
  const rows: RegisterRow[] = [];
  for await (const row of readRegister(path, { ...options, log })) rows.push(row);
  return { rows, log };
}

/** Path of a file under `test/register-import/fixtures`. */
export function fixturePath(name: string): string {
  return join(__dirname, '..', 'fixtures', name);
}
