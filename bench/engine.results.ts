import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';

/**
 * Columns of the per-pupil results file that every system writes, so that the benchmark can
 * compare them pupil by pupil. Flags are 0 or 1, and `attendance_tenths` is the attendance
 * percentage × 10 (966 for 96.6%), empty with no possible sessions.
 */
export const RESULT_COLUMNS = [
  'upn',
  'possible',
  'attended',
  'authorised',
  'unauthorised',
  'missing',
  'attendance_tenths',
  'persistent',
  'severe',
  'reached',
  'holiday_only',
  'max_in_window',
  'rejected_marks',
] as const;

/** One pupil's results in `RESULT_COLUMNS` order, as numbers (null for an empty value). */
export interface PupilResult {
  upn: string;
  values: (number | null)[];
}

/** Writes results in `RESULT_COLUMNS` order as CSV with a header. */
export async function writeResults(path: string, rows: Iterable<PupilResult>): Promise<void> {
  const stream = createWriteStream(path);
  const lines: string[] = [RESULT_COLUMNS.join(',')];
  const flush = async () => {
    if (!stream.write(`${lines.join('\n')}\n`)) await once(stream, 'drain');
    lines.length = 0;
  };
  for (const row of rows) {
    lines.push([row.upn, ...row.values.map((value) => (value === null ? '' : value))].join(','));
    if (lines.length >= 10_000) await flush();
  }
  if (lines.length > 0) await flush();
  stream.end();
  await once(stream, 'finish');
}

/**
 * Reads a results file into a map from UPN to values. Throws RangeError when its header is not
 * `RESULT_COLUMNS`, which means a system wrote its columns in another order.
 */
export async function readResults(path: string): Promise<Map<string, (number | null)[]>> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line !== '');
  const header = lines.shift() ?? '';
  if (header !== RESULT_COLUMNS.join(',')) {
    throw new RangeError(
      `Invalid results file ${path}: expected the header ${RESULT_COLUMNS.join(',')}, got ${header}.`,
    );
  }
  const results = new Map<string, (number | null)[]>();
  for (const line of lines) {
    const [upn, ...fields] = line.split(',');
    results.set(
      upn!,
      fields.map((field) => (field === '' ? null : Number(field))),
    );
  }
  return results;
}
