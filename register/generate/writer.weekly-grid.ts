import { mondayOfWeek } from '../../domain/attendance';
import { GENERATED_CODES } from './codes.ids';
import type { GeneratedPupil, GeneratedSchool } from './county.generate';
import type { BufferedWriter } from './output.sink';

/** Header of a weekly grid CSV (Bromcom style): one row per pupil per school week. */
export const WEEKLY_GRID_HEADER =
  'upn,surname,forename,year_group,week_start,MonAM,MonPM,TueAM,TuePM,WedAM,WedPM,ThuAM,ThuPM,FriAM,FriPM';

const SESSIONS_PER_WEEK = 10;

function writePupilWeeks(
  school: GeneratedSchool,
  pupil: GeneratedPupil,
  writer: BufferedWriter,
): number {
  const days = school.calendar.days;
  const prefix = `${pupil.upn},${pupil.surname},${pupil.forename},${pupil.yearGroup},`;
  const dayCount = pupil.marks.length / 2;
  let rows = 0;
  let offset = 0;
  while (offset < dayCount) {
    const weekNumber = days[pupil.firstDay + offset]!.weekNumber;
    const cells = Array<string>(SESSIONS_PER_WEEK).fill('');
    for (; offset < dayCount; offset++) {
      const day = days[pupil.firstDay + offset]!;
      if (day.weekNumber !== weekNumber) break;
      cells[day.weekday * 2] = GENERATED_CODES[pupil.marks[offset * 2]!]!;
      cells[day.weekday * 2 + 1] = GENERATED_CODES[pupil.marks[offset * 2 + 1]!]!;
    }
    writer.writeText(`${prefix}${mondayOfWeek(weekNumber)},${cells.join(',')}\n`);
    rows++;
  }
  return rows;
}

/**
 * Writes one school as a weekly grid CSV, header included, with a row for each week in which
 * the pupil was on roll. A cell is empty on a day with no session for the pupil: a bank holiday
 * or half-term day inside the week, or a day before admission or after leaving. Returns the
 * number of rows written.
 */
export function writeWeeklyGrid(school: GeneratedSchool, writer: BufferedWriter): number {
  writer.writeText(`${WEEKLY_GRID_HEADER}\n`);
  let rows = 0;
  for (const pupil of school.pupils()) rows += writePupilWeeks(school, pupil, writer);
  return rows;
}
