import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { importError, type ProblemLog } from './import.problems';

/** Bytes at the start of a file that are checked for NUL bytes and invalid UTF-8. */
export const TEXT_CHECK_BYTES = 64 * 1024;

const SAVE_AS_UTF8 = 'Export the register again as CSV UTF-8 or as CTF XML, and import that file.';

/** Options for `readTextChunks`. */
export interface TextChunkOptions {
  file: string;
  log: ProblemLog;
  /** Bytes per read. Tests use small values to split fields across chunks. */
  highWaterMark?: number;
}

function notTextError(file: string, reason: string) {
  const message = `The file is not a text file: ${reason}. ${SAVE_AS_UTF8}`;
  return importError('import.file.not-text', { file, line: 1, column: '', value: '' }, message);
}

function hasUtf16ByteOrderMark(bytes: Buffer): boolean {
  const first = bytes[0];
  const second = bytes[1];
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

function countNewlines(bytes: Buffer, end = bytes.length): number {
  let count = 0;
  let index = bytes.indexOf(10);
  while (index !== -1 && index < end) {
    count++;
    index = bytes.indexOf(10, index + 1);
  }
  return count;
}

/** Text of a chunk up to the line with its first invalid byte, and that line's number. */
function splitAtInvalidByte(chunk: Buffer, linesBefore: number) {
  const lenient = new TextDecoder('utf-8').decode(chunk);
  const invalidAt = lenient.indexOf('\uFFFD');
  const prefix = invalidAt === -1 ? lenient : lenient.slice(0, invalidAt);
  return {
    completeLines: prefix.slice(0, prefix.lastIndexOf('\n') + 1),
    line: linesBefore + prefix.split('\n').length,
  };
}

/**
 * Streams a file as UTF-8 text chunks, dropping a UTF-8 byte order mark. NUL bytes or invalid
 * UTF-8 in the first 64 KB mean the file is not text (a spreadsheet, or a UTF-16 or ANSI
 * export), so an `import.file.not-text` error is logged and nothing is yielded. After that,
 * invalid UTF-8 ends the stream: the complete lines before it are yielded, then
 * `import.file.encoding` is logged with its line.
 */
export async function* readTextChunks(
  path: string,
  options: TextChunkOptions,
): AsyncGenerator<string> {
  const { file, log } = options;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = createReadStream(path, { highWaterMark: options.highWaterMark });
  let bytesRead = 0;
  let linesBefore = 0;

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (bytesRead === 0 && hasUtf16ByteOrderMark(chunk)) {
        log.add(notTextError(file, 'it is encoded as UTF-16 (Excel "Unicode Text")'));
        return;
      }
      if (bytesRead < TEXT_CHECK_BYTES) {
        const nulAt = chunk.subarray(0, TEXT_CHECK_BYTES - bytesRead).indexOf(0);
        if (nulAt !== -1) {
          const reason = `it contains a NUL byte at byte ${bytesRead + nulAt + 1}, as spreadsheets (.xlsx) and other binary files do`;
          log.add(notTextError(file, reason));
          return;
        }
      }

      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const { completeLines, line } = splitAtInvalidByte(chunk, linesBefore);
        if (bytesRead < TEXT_CHECK_BYTES) {
          log.add(notTextError(file, `line ${line} is not valid UTF-8 (an ANSI export?)`));
          return;
        }
        if (completeLines !== '') yield completeLines;
        const place = { file, line, column: '', value: '' };
        const message = `Line ${line} is not valid UTF-8 text. ${SAVE_AS_UTF8}`;
        log.add(importError('import.file.encoding', place, message));
        return;
      }

      bytesRead += chunk.length;
      linesBefore += countNewlines(chunk);
      if (text.length > 0) yield text;
    }
    const rest = decodeRest(decoder, file, linesBefore + 1, log);
    if (rest.length > 0) yield rest;
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    const place = { file, line: 0, column: '', value: path };
    const message = `The file cannot be read (${error.code}: ${error.message}). Check the path and that the file is readable.`;
    log.add(importError('import.file.unreadable', place, message));
  } finally {
    stream.destroy();
  }
}

function decodeRest(decoder: TextDecoder, file: string, line: number, log: ProblemLog): string {
  try {
    return decoder.decode();
  } catch {
    const message = `The file ends part-way through a UTF-8 character. ${SAVE_AS_UTF8}`;
    log.add(importError('import.file.encoding', { file, line, column: '', value: '' }, message));
    return '';
  }
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
