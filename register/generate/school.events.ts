import type { RegisterCalendar } from './calendar.register';
import { buildAcademicYear, SCHOOL_DAYS_PER_YEAR } from './calendar.terms';
import type { PhaseSettings } from './phase.settings';
import type { Random } from './random.prng';

/**
 * INSET days after the first two days of the autumn term, chosen among the first days of the
 * other half-terms, which makes 5 INSET days a year.
 */
const EXTRA_INSET_DAYS = 3;
/** Chance that a school has a snow day in a winter. Estimate. */
const SNOW_CHANCE_PER_WINTER = 0.3;
/** Half-term of the year in which snow days fall: the first half of the spring term. */
const SNOW_HALF_TERM = 2;
/** Half-term of the year with the work experience week: the second half of the summer term. */
const WORK_EXPERIENCE_HALF_TERM = 5;

/** School-wide events, as sets of indexes into `RegisterCalendar.days`. */
export interface SchoolEvents {
  insetDays: ReadonlySet<number>;
  snowDays: ReadonlySet<number>;
  /** Trip days by year group. */
  tripDays: ReadonlyMap<string, ReadonlySet<number>>;
  workExperienceDays: ReadonlySet<number>;
}

function daysByHalfTerm(calendar: RegisterCalendar): number[][] {
  const halfTerms: number[][] = [];
  calendar.days.forEach((day, index) => {
    (halfTerms[day.halfTermIndex] ??= []).push(index);
  });
  return halfTerms;
}

function chooseInsetDays(calendar: RegisterCalendar, random: Random): Set<number> {
  const indexByDay = new Map(calendar.days.map((day, index) => [day.day, index]));
  const academicYears = new Set(calendar.days.map((day) => day.academicYear));
  const inset = new Set<number>();
  for (const startYear of academicYears) {
    const firstDays = buildAcademicYear(startYear).halfTerms.map((term) => term.firstDay);
    const autumnStart = firstDays.shift()!;
    const chosen = [autumnStart, autumnStart + 1];
    for (let count = 0; count < EXTRA_INSET_DAYS; count++) {
      chosen.push(firstDays.splice(random.int(firstDays.length), 1)[0]!);
    }
    for (const day of chosen) {
      const index = indexByDay.get(day);
      if (index !== undefined) inset.add(index);
    }
  }
  return inset;
}

function chooseSnowDays(
  calendar: RegisterCalendar,
  halfTerms: number[][],
  inset: ReadonlySet<number>,
  random: Random,
): Set<number> {
  const snow = new Set<number>();
  for (const days of halfTerms) {
    if (calendar.days[days[0]!]!.halfTermOfYear !== SNOW_HALF_TERM) continue;
    if (!random.chance(SNOW_CHANCE_PER_WINTER)) continue;
    const start = random.int(days.length);
    const length = random.chance(0.5) ? 1 : 2;
    for (const index of days.slice(start, start + length)) if (!inset.has(index)) snow.add(index);
  }
  return snow;
}

function chooseTripDays(
  calendar: RegisterCalendar,
  settings: PhaseSettings,
  closed: ReadonlySet<number>,
  random: Random,
): Map<string, Set<number>> {
  const years = calendar.days.length / SCHOOL_DAYS_PER_YEAR;
  const trips = new Map<string, Set<number>>();
  for (const yearGroup of settings.yearGroups) {
    const expected = settings.tripDaysPerYear * years;
    const count = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
    const days = new Set<number>();
    for (let trip = 0; trip < count; trip++) {
      const index = random.int(calendar.days.length);
      if (!closed.has(index)) days.add(index);
    }
    trips.set(yearGroup, days);
  }
  return trips;
}

function chooseWorkExperienceDays(
  calendar: RegisterCalendar,
  halfTerms: number[][],
  random: Random,
): Set<number> {
  const days = new Set<number>();
  for (const term of halfTerms) {
    if (calendar.days[term[0]!]!.halfTermOfYear !== WORK_EXPERIENCE_HALF_TERM) continue;
    const weekIndexes = [...new Set(term.map((index) => calendar.days[index]!.weekIndex))];
    const week = random.pick(weekIndexes);
    for (const index of term) if (calendar.days[index]!.weekIndex === week) days.add(index);
  }
  return days;
}

/** Chooses one school's INSET days, snow days, trip days and work experience week. */
export function planSchoolEvents(
  calendar: RegisterCalendar,
  settings: PhaseSettings,
  random: Random,
): SchoolEvents {
  const halfTerms = daysByHalfTerm(calendar);
  const insetDays = chooseInsetDays(calendar, random);
  const snowDays = chooseSnowDays(calendar, halfTerms, insetDays, random);
  const closed = new Set([...insetDays, ...snowDays]);
  const tripDays = chooseTripDays(calendar, settings, closed, random);
  const workExperienceDays =
    settings.workExperienceYearGroup === null
      ? new Set<number>()
      : chooseWorkExperienceDays(calendar, halfTerms, random);
  return { insetDays, snowDays, tripDays, workExperienceDays };
}
