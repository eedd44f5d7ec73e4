import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { isoDateToDays } from '../../../domain/attendance/calendar.date';
import { makeSyntheticUpn } from '../../../domain/attendance/upn.synthetic';

/** Shape of a generated session marks CSV. */
export interface GeneratedRegister {
  pupils: number;
  /** School days per pupil, Monday to Friday, from `firstMonday`. */
  schoolDays: number;
  /** ISO date of the first Monday. Defaults to 2024-09-02. */
  firstMonday?: string;
}

const MARKS = ['/', '/', '/', '/', '/', '/', 'L', 'N', 'I', 'M', 'B', 'C', 'O', 'Y1', 'G', 'U'];
const AFTERNOON_PRESENT = '\\';
const MILLISECONDS_PER_DAY = 86_400_000;

function schoolDates(firstMonday: string, schoolDays: number): string[] {
  const first = isoDateToDays(firstMonday);
  const dates: string[] = [];
  for (let day = 0; dates.length < schoolDays; day++) {
    if (day % 7 < 5) {
      dates.push(new Date((first + day) * MILLISECONDS_PER_DAY).toISOString().slice(0, 10));
    }
  }
  return dates;
}

function markFor(pupil: number, dayIndex: number, session: number): string {
  const mark = MARKS[(pupil * 7 + dayIndex * 3 + session) % MARKS.length]!;
  return mark === '/' && session === 1 ? AFTERNOON_PRESENT : mark;
}

/**
 * Writes a synthetic session marks CSV with one row per pupil per session, ordered by pupil
 * then date, and returns the number of data rows. Pupils get synthetic UPNs and made-up names.
 */
export async function writeSessionMarksCsv(
  path: string,
  shape: GeneratedRegister,
): Promise<number> {
  const out = createWriteStream(path);
  const dates = schoolDates(shape.firstMonday ?? '2024-09-02', shape.schoolDays);
  let rows = 0;
  out.write('upn,surname,forename,year_group,date,session,mark\n');

  for (let pupil = 0; pupil < shape.pupils; pupil++) {
    const prefix = `${makeSyntheticUpn(pupil)},Sample${pupil},"Pupil, ${pupil}",${7 + (pupil % 5)},`;
    let chunk = '';
    dates.forEach((date, dayIndex) => {
      chunk += `${prefix}${date},AM,${markFor(pupil, dayIndex, 0)}\n`;
      chunk += `${prefix}${date},PM,${markFor(pupil, dayIndex, 1)}\n`;
    });
    rows += dates.length * 2;
    if (!out.write(chunk)) await once(out, 'drain');
  }

  out.end();
  await once(out, 'finish');
  return rows;
}

async function main(): Promise<void> {
  const [path, pupils, schoolDays] = process.argv.slice(2);
  if (path === undefined || pupils === undefined || schoolDays === undefined) {
    console.error('Usage: tsx session-marks.generate.ts OUTPUT.csv PUPILS SCHOOL_DAYS');
    process.exitCode = 2;
    return;
  }
  const rows = await writeSessionMarksCsv(path, {
    pupils: Number(pupils),
    schoolDays: Number(schoolDays),
  });
  console.log(`Wrote ${rows} rows to ${path}`);
}

if (require.main === module) void main();
