import { open } from 'node:fs/promises';
import type { FastReadCounts } from './fast-read.counts';
import type { RegisterState } from './pupil-register.state';
import { SessionCsvFastReader } from './session-csv.fast-reader';

/** Bytes read from the file at a time. A record longer than this doubles the buffer. */
const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

/** Outcome of `loadSessionCsvFast`. */
export interface FastLoadReport {
  bytes: number;
  counts: FastReadCounts;
  /** Unknown marks as found (up to 20 distinct), with how many rows had each. */
  unknownMarks: { mark: string; rows: number }[];
  /** Number of the load in the state, which touched pupils carry as `lastLoad`. */
  load: number;
}

/**
 * Streams a canonical session marks CSV into `state` with `SessionCsvFastReader`, reading
 * `chunkBytes` at a time, so memory grows with pupils and weekdays, not with the file. Throws
 * `UnsupportedHeaderError` for another header, and RangeError for a file with no header.
 */
export async function loadSessionCsvFast(
  path: string,
  state: RegisterState,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): Promise<FastLoadReport> {
  const load = state.beginLoad();
  const reader = new SessionCsvFastReader(state);
  const handle = await open(path, 'r');
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let filled = 0;
  let bytes = 0;
  try {
    for (;;) {
      if (filled === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      filled += bytesRead;
      bytes += bytesRead;
      const atEnd = bytesRead === 0;
      const consumed = reader.parse(buffer, 0, filled, atEnd);
      if (atEnd) break;
      buffer.copyWithin(0, consumed, filled);
      filled -= consumed;
    }
  } finally {
    await handle.close();
  }
  if (!reader.hasHeader) {
    throw new RangeError(`Invalid register file ${path}: it is empty, so it has no header.`);
  }
  const unknownMarks = [...reader.unknownMarks].map(([mark, rows]) => ({ mark, rows }));
  return { bytes, counts: reader.counts, unknownMarks, load };
}
