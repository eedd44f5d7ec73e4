import { CtfCollector, NotCtfError } from './ctf.collect';
import { expandCtfPupil, type CtfRowContext } from './ctf.rows';
import { parseRegisterDate } from './date.parse';
import { importError, type ProblemLog } from './import.problems';
import type { RegisterRow } from './register-row';
import { XmlPullParser, type XmlEvent } from './xml.pull';
import { XmlSyntaxError } from './xml.errors';

function createdOn(collector: CtfCollector): string | null {
  const text = collector.createdAt?.text;
  if (text === undefined) return null;
  const parsed = parseRegisterDate(text);
  return parsed.ok ? parsed.iso : null;
}

function logSyntaxError(error: XmlSyntaxError, file: string, log: ProblemLog): void {
  const place = { file, line: error.line, column: '', value: '' };
  if (error instanceof NotCtfError) {
    const message = `The file is not a Common Transfer File: ${error.reason}. Export the register as CTF XML.`;
    log.add(importError('import.ctf.not-ctf', place, message));
    return;
  }
  const message = `The file is not well-formed XML: ${error.reason} on line ${error.line}. Export the CTF again.`;
  log.add(importError('import.xml.invalid', place, message));
}

function logNoPupils(file: string, sawRoot: boolean, log: ProblemLog): void {
  const message = sawRoot
    ? 'The CTF has no pupils with attendance marks. Export the CTF again with attendance included.'
    : 'The file is empty. Export the register again as CTF XML.';
  log.add(importError('import.file.empty', { file, line: 1, column: '', value: '' }, message));
}

/**
 * Streams rows from a Common Transfer File, as specified in the DfE "Common transfer file (CTF)
 * specification" (https://www.gov.uk/government/publications/common-transfer-file-ctf-specification).
 * It reads each `Pupil` element's `UPN`, `Surname`, `Forename` and `NCyearActual` and each
 * `Attendance/YearData` element's `AttendanceStartDate` and `AttendanceMarks`. Marks dated after
 * the file's `Header/DateTime` are outside the file's own range and are reported, not yielded.
 */
export async function* readCtfXml(
  chunks: AsyncIterable<string>,
  file: string,
  log: ProblemLog,
): AsyncGenerator<RegisterRow> {
  const parser = new XmlPullParser();
  const collector = new CtfCollector();
  const events: XmlEvent[] = [];
  const rows: RegisterRow[] = [];
  const errorsBefore = log.errorCount;
  let context: CtfRowContext | null = null;
  let rowCount = 0;

  try {
    for await (const chunk of chunks) {
      parser.push(chunk, events);
      for (const event of events) {
        const pupil = collector.handle(event);
        if (pupil === null) continue;
        context ??= { file, log, createdOn: createdOn(collector) };
        expandCtfPupil(pupil, context, rows);
        rowCount += rows.length;
        yield* rows;
        rows.length = 0;
      }
      events.length = 0;
    }
    parser.finish();
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    logSyntaxError(error, file, log);
    return;
  }
  if (rowCount === 0 && log.errorCount === errorsBefore) logNoPupils(file, collector.sawRoot, log);
}
