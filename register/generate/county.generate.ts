import { isoDateToDays, type SessionMark } from '../../domain/attendance';
import { buildRegisterCalendar, type RegisterCalendar } from './calendar.register';
import { GENERATED_CODES } from './codes.ids';
import { planCounty } from './county.plan';
import { resolveOptions, type GenerateOptions } from './generate.options';
import { buildPupilMarks } from './pupil.marks';
import { drawPupilProfile, LEAVER_YEAR_GROUP } from './pupil.profile';
import { deriveSeed, Random } from './random.prng';
import { createSchoolContext, type SchoolPlan } from './school.context';

/** A synthetic pupil with their register marks. */
export interface GeneratedPupil {
  upn: string;
  surname: string;
  forename: string;
  /** Year group as a register export shows it: `Leaver` for a pupil who has left. */
  yearGroup: string;
  /** Year group while the pupil was on roll, also for leavers. */
  yearGroupOnRoll: string;
  /** Index into `calendar.days` of the admission day. */
  firstDay: number;
  /** Two marks per day on roll from `firstDay`, AM then PM, as indexes into `GENERATED_CODES`. */
  marks: Uint8Array;
}

/** One school's calendar and pupils. */
export interface GeneratedSchool {
  plan: SchoolPlan;
  calendar: RegisterCalendar;
  /** Generates the pupils in order. Each call starts again and yields the same pupils. */
  pupils(): Generator<GeneratedPupil>;
}

/**
 * Generates a synthetic county school by school. The same options always give the same schools,
 * pupils and marks. With a single phase, a school's pupils depend only on the seed and the
 * school's index, so a school comes out the same whatever the number of schools after it. With
 * mixed phases, the number of schools also sets each school's phase and size.
 * Throws RangeError for invalid options.
 *
 * NOTE: byte-identical output is tested on one Node.js version. The random numbers are integer
 * arithmetic, but rates also use `Math.log` and `**`, whose last bit the language lets engines
 * round differently.
 */
export function* generateCounty(
  options: Partial<GenerateOptions> = {},
): Generator<GeneratedSchool> {
  const resolved = resolveOptions(options);
  const calendar = buildRegisterCalendar(isoDateToDays(resolved.start), resolved.weeks);
  for (const plan of planCounty(resolved)) {
    yield {
      plan,
      calendar,
      pupils: () => generatePupils(plan, calendar, resolved),
    };
  }
}

function* generatePupils(
  plan: SchoolPlan,
  calendar: RegisterCalendar,
  options: GenerateOptions,
): Generator<GeneratedPupil> {
  const context = createSchoolContext(plan, calendar, options.codeSet);
  for (let index = 0; index < plan.pupilCount; index++) {
    const random = new Random(deriveSeed(plan.seed, index));
    const profile = drawPupilProfile(context, index, random);
    yield {
      upn: profile.upn,
      surname: profile.surname,
      forename: profile.forename,
      yearGroup: profile.leaver ? LEAVER_YEAR_GROUP : profile.yearGroup,
      yearGroupOnRoll: profile.yearGroup,
      firstDay: profile.firstDay,
      marks: buildPupilMarks(context, profile, random),
    };
  }
}

/** Converts a pupil's marks into the session marks that the attendance rules take. */
export function pupilSessionMarks(
  pupil: GeneratedPupil,
  calendar: RegisterCalendar,
): SessionMark[] {
  const sessions: SessionMark[] = [];
  for (let index = 0; index < pupil.marks.length; index++) {
    sessions.push({
      date: calendar.days[pupil.firstDay + (index >> 1)]!.date,
      session: index % 2 === 0 ? 'AM' : 'PM',
      code: GENERATED_CODES[pupil.marks[index]!]!,
    });
  }
  return sessions;
}
