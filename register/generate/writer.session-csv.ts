import type { RegisterCalendar } from './calendar.register';
import { GENERATED_CODES } from './codes.ids';
import type { GeneratedSchool } from './county.generate';
import type { BufferedWriter } from './output.sink';

/** Header of a session marks CSV: one row per pupil per session. */
export const SESSION_CSV_HEADER = 'upn,surname,forename,year_group,date,session,mark';
/** Header of a session marks CSV that contains several schools. */
export const COUNTY_SESSION_CSV_HEADER = `school_urn,${SESSION_CSV_HEADER}`;

/** Row endings (`date,session,mark` and a newline) by session, then by code id. */
type RowEndings = Uint8Array[][];

const endingsByCalendar = new WeakMap<RegisterCalendar, RowEndings>();

function rowEndings(calendar: RegisterCalendar): RowEndings {
  let endings = endingsByCalendar.get(calendar);
  if (endings !== undefined) return endings;
  endings = [];
  for (const day of calendar.days) {
    for (const session of ['AM', 'PM']) {
      const text = GENERATED_CODES.map((code) => `${day.date},${session},${code}\n`).join('');
      const bytes = Buffer.from(text, 'latin1');
      const byCode: Uint8Array[] = [];
      let offset = 0;
      for (const code of GENERATED_CODES) {
        const length = day.date.length + session.length + code.length + 3;
        byCode.push(bytes.subarray(offset, offset + length));
        offset += length;
      }
      endings.push(byCode);
    }
  }
  endingsByCalendar.set(calendar, endings);
  return endings;
}

/**
 * Writes one school's pupils as session marks CSV rows in pupil order, then date order, with
 * no header. With `includeSchoolUrn`, each row starts with the school's URN, to match
 * `COUNTY_SESSION_CSV_HEADER`. Returns the number of rows written.
 */
export function writeSessionCsvRows(
  school: GeneratedSchool,
  writer: BufferedWriter,
  includeSchoolUrn: boolean,
): number {
  const endings = rowEndings(school.calendar);
  const schoolColumn = includeSchoolUrn ? `${school.plan.urn},` : '';
  let rows = 0;
  for (const pupil of school.pupils()) {
    const prefix = Buffer.from(
      `${schoolColumn}${pupil.upn},${pupil.surname},${pupil.forename},${pupil.yearGroup},`,
      'utf8',
    );
    const firstSession = pupil.firstDay * 2;
    const marks = pupil.marks;
    for (let index = 0; index < marks.length; index++) {
      writer.writeBytes(prefix);
      writer.writeBytes(endings[firstSession + index]![marks[index]!]!);
    }
    rows += marks.length;
  }
  return rows;
}

/** Writes one school as a session marks CSV file, header included. Returns the number of rows. */
export function writeSessionCsv(school: GeneratedSchool, writer: BufferedWriter): number {
  writer.writeText(`${SESSION_CSV_HEADER}\n`);
  return writeSessionCsvRows(school, writer, false);
}
