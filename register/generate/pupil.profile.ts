import { makeSyntheticUpn } from '../../domain/attendance';
import { drawAbsenceRate, type AbsenceRate } from './absence.rate';
import { FORENAMES, SURNAMES } from './names.lists';
import type { Random } from './random.prng';
import type { SchoolContext } from './school.context';

/** Share of pupils admitted after the register starts. Estimate of in-year mobility. */
const JOINER_SHARE = 0.04;
/** Share of pupils who leave before the register ends. Estimate of in-year mobility. */
const LEAVER_SHARE = 0.04;
/** Year group written for a pupil who has left. */
export const LEAVER_YEAR_GROUP = 'Leaver';

/** A synthetic pupil's details and traits, drawn before the marks. */
export interface PupilProfile {
  upn: string;
  forename: string;
  surname: string;
  /** Year group while on roll. */
  yearGroup: string;
  /** Index into `calendar.days` of the first day on roll (the admission date). */
  firstDay: number;
  /** Index into `calendar.days` after the last day on roll. */
  endDay: number;
  /** True when the pupil left before the end of the register. */
  leaver: boolean;
  absenceRate: AbsenceRate;
  usesSchoolTransport: boolean;
  /** Weekdays (0 for Monday) spent at another school where the pupil is also registered. */
  dualRegisteredWeekdays: number[];
  /** Weekdays spent in education arranged by the local authority. */
  laArrangedWeekdays: number[];
  /** Multiplier on the chance of being late, 1 for a pupil of average punctuality. */
  lateness: number;
}

function twoWeekdays(random: Random): number[] {
  const first = random.int(5);
  return [first, (first + 1 + random.int(4)) % 5];
}

/** Draws one pupil of a school. `pupilIndex` counts from 0 within the school. */
export function drawPupilProfile(
  context: SchoolContext,
  pupilIndex: number,
  random: Random,
): PupilProfile {
  const dayCount = context.calendar.days.length;
  const settings = context.settings;
  const firstDay = dayCount > 1 && random.chance(JOINER_SHARE) ? 1 + random.int(dayCount - 1) : 0;
  let endDay = dayCount;
  if (dayCount - firstDay > 1 && random.chance(LEAVER_SHARE)) {
    endDay = firstDay + 1 + random.int(dayCount - firstDay - 1);
  }
  return {
    upn: makeSyntheticUpn(context.plan.firstPupilNumber + pupilIndex),
    forename: random.pick(FORENAMES),
    surname: random.pick(SURNAMES),
    yearGroup: random.pick(settings.yearGroups),
    firstDay,
    endDay,
    leaver: endDay < dayCount,
    absenceRate: drawAbsenceRate(context.rateModel, random),
    usesSchoolTransport: random.chance(settings.transportShare),
    dualRegisteredWeekdays: random.chance(settings.dualRegisteredShare) ? twoWeekdays(random) : [],
    laArrangedWeekdays: random.chance(settings.laArrangedShare) ? twoWeekdays(random) : [],
    lateness: -Math.log(1 - random.float()),
  };
}
