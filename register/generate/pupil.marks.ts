import { absentSessionCount } from './absence.rate';
import { CODE, IS_NOT_POSSIBLE } from './codes.ids';
import { placeAbsences } from './pupil.absences';
import type { PupilProfile } from './pupil.profile';
import type { Random } from './random.prng';
import type { SchoolContext } from './school.context';
import { overallAbsenceRate, PUBLISHED_FIGURES } from './statistics.published';

/** Chance that a session has no mark (`-`). Estimate: a forgotten register is rare. */
const MISSING_MARK_CHANCE = 0.0005;
/** How much more often a pupil is late for each unit of absence rate. Estimate. */
const LATENESS_PER_ABSENCE = 4;
/** Floor on the present share used to turn lateness per possible session into per present session. */
const MIN_PRESENT_SHARE = 0.2;

function markSchoolDays(
  context: SchoolContext,
  profile: PupilProfile,
  marks: Uint8Array,
  random: Random,
): void {
  const { events, settings, calendar } = context;
  const snowApplies = profile.usesSchoolTransport && context.codeSet === 'all';
  const trips = events.tripDays.get(profile.yearGroup);
  const onWorkExperience =
    profile.yearGroup === settings.workExperienceYearGroup &&
    random.chance(settings.workExperienceParticipation);
  for (let day = profile.firstDay; day < profile.endDay; day++) {
    const weekday = calendar.days[day]!.weekday;
    let code: number = -1;
    if (events.insetDays.has(day)) code = CODE.inset;
    else if (snowApplies && events.snowDays.has(day)) code = CODE.transportUnavailable;
    else if (profile.dualRegisteredWeekdays.includes(weekday)) code = CODE.dualRegistered;
    else if (profile.laArrangedWeekdays.includes(weekday)) code = CODE.laArranged;
    else if (onWorkExperience && events.workExperienceDays.has(day)) code = CODE.workExperience;
    else if (trips?.has(day) && random.chance(settings.tripParticipation)) code = CODE.visit;
    const session = (day - profile.firstDay) * 2;
    marks[session] = code < 0 ? CODE.presentAm : code;
    marks[session + 1] = code < 0 ? CODE.presentPm : code;
  }
}

function markMissing(marks: Uint8Array, random: Random): void {
  const logKeep = Math.log(1 - MISSING_MARK_CHANCE);
  for (let index = -1; ;) {
    index += 1 + Math.floor(Math.log(1 - random.float()) / logKeep);
    if (index >= marks.length) return;
    if (IS_NOT_POSSIBLE[marks[index]!] === 0) marks[index] = CODE.noMark;
  }
}

function countPossible(marks: Uint8Array): number {
  let possible = 0;
  for (let index = 0; index < marks.length; index++)
    possible += 1 - IS_NOT_POSSIBLE[marks[index]!]!;
  return possible;
}

function markPresentExtras(
  context: SchoolContext,
  profile: PupilProfile,
  marks: Uint8Array,
  random: Random,
): void {
  const settings = context.settings;
  const phaseRate = overallAbsenceRate(PUBLISHED_FIGURES[context.plan.phase]);
  const rate = profile.absenceRate.rate;
  const presentShare = Math.max(MIN_PRESENT_SHARE, 1 - rate);
  const lateness =
    (profile.lateness * (1 + LATENESS_PER_ABSENCE * rate)) /
    (1 + LATENESS_PER_ABSENCE * phaseRate) /
    presentShare;
  const lateAm = settings.lateMorningChance * lateness;
  const offSiteAm = lateAm + settings.offSiteChance;
  const latePm = settings.lateAfternoonChance * lateness;
  const sportPm = latePm + settings.sportAfternoonChance;
  const offSitePm = sportPm + settings.offSiteChance;
  for (let index = 0; index < marks.length; index++) {
    const code = marks[index]!;
    if (code === CODE.presentAm) {
      const draw = random.float();
      if (draw < lateAm) marks[index] = CODE.late;
      else if (draw < offSiteAm) marks[index] = CODE.offSite;
    } else if (code === CODE.presentPm) {
      const draw = random.float();
      if (draw < latePm) marks[index] = CODE.late;
      else if (draw < sportPm) marks[index] = CODE.sport;
      else if (draw < offSitePm) marks[index] = CODE.offSite;
    }
  }
}

/**
 * Builds one pupil's marks, two per day on roll (AM then PM), as code ids of `GENERATED_CODES`.
 * School-wide days come first (INSET, snow, trips), then the pupil's fixed days elsewhere, rare
 * missing marks, the absences that bring the pupil to the drawn absence rate, and last the
 * late, off-site and sport marks on sessions still marked present.
 */
export function buildPupilMarks(
  context: SchoolContext,
  profile: PupilProfile,
  random: Random,
): Uint8Array {
  const marks = new Uint8Array((profile.endDay - profile.firstDay) * 2);
  markSchoolDays(context, profile, marks, random);
  markMissing(marks, random);
  const absent = absentSessionCount(profile.absenceRate, countPossible(marks));
  placeAbsences(context, profile, marks, absent, random);
  markPresentExtras(context, profile, marks, random);
  return marks;
}
