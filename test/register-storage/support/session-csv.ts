import { isoDateToDays, makeSyntheticUpn } from '../../../domain/attendance';

/** One row of a hand-built session marks CSV. */
export interface CsvSession {
  upn: string;
  date: string;
  session: 'AM' | 'PM';
  mark: string;
}

/** A hand-built pupil: UPN from a synthetic number, names and year group. */
export interface CsvPupil {
  upn: string;
  surname: string;
  forename: string;
  yearGroup: string;
}

/** Makes a synthetic pupil with a valid UPN. */
export function csvPupil(number: number, forename: string, yearGroup = '8'): CsvPupil {
  return { upn: makeSyntheticUpn(number), surname: 'Testpupil', forename, yearGroup };
}

/** Formats a day number as `YYYY-MM-DD`. */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Lists the weekdays from `first` to `last` (both `YYYY-MM-DD`), skipping `skipped` weeks. */
export function weekdays(first: string, last: string, skippedMondays: string[] = []): string[] {
  const skipped = new Set(skippedMondays.map(isoDateToDays));
  const dates: string[] = [];
  for (let day = isoDateToDays(first); day <= isoDateToDays(last); day++) {
    const weekday = (((day + 3) % 7) + 7) % 7;
    const monday = day - weekday;
    if (weekday < 5 && !skipped.has(monday)) dates.push(dateOfDay(day));
  }
  return dates;
}

/** Builds a session marks CSV: a mark for every session of the dates, `/` or `\` unless overridden. */
export function buildSessionCsv(
  pupils: CsvPupil[],
  dates: string[],
  markOf: (pupil: CsvPupil, date: string, session: 'AM' | 'PM') => string | undefined = () =>
    undefined,
): string {
  const lines = ['upn,surname,forename,year_group,date,session,mark'];
  for (const pupil of pupils) {
    for (const date of dates) {
      for (const session of ['AM', 'PM'] as const) {
        const mark = markOf(pupil, date, session) ?? (session === 'AM' ? '/' : '\\');
        lines.push(
          [pupil.upn, pupil.surname, pupil.forename, pupil.yearGroup, date, session, mark].join(
            ',',
          ),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
