import { EPISODE_SHAPES, type EpisodeShape } from './absence.episodes';
import { HIGH_ABSENCE_RATE } from './absence.mix';
import { findFreeSession, placeEpisode } from './absence.place';
import { codeId } from './codes.ids';
import type { PupilProfile } from './pupil.profile';
import { cumulative, type Random } from './random.prng';
import { weightsFor, type SchoolContext } from './school.context';

const LENGTH_WEIGHTS = EPISODE_SHAPES.map((shape) => cumulative(shape.lengths.map(([, w]) => w)));
const SHAPE_CODE_IDS = EPISODE_SHAPES.map((shape) => codeId(shape.code));

function dayInRoll(profile: PupilProfile, days: readonly number[], random: Random): number {
  if (days.length === 0) return -1;
  const day = random.pick(days);
  return day >= profile.firstDay && day < profile.endDay ? day - profile.firstDay : -1;
}

function placeAtBreak(
  context: SchoolContext,
  profile: PupilProfile,
  marks: Uint8Array,
  length: number,
  code: number,
  random: Random,
): number {
  const before = random.chance(0.5);
  const edges = before ? context.daysBeforeBreaks : context.daysAfterBreaks;
  const day = dayInRoll(profile, edges, random);
  if (day < 0) return 0;
  const start = before ? Math.max(0, day * 2 + 2 - length) : day * 2;
  return placeEpisode(marks, start, length, code, 1);
}

function placeShaped(
  context: SchoolContext,
  profile: PupilProfile,
  marks: Uint8Array,
  shape: EpisodeShape,
  length: number,
  random: Random,
  code: number,
): number {
  const sessions = marks.length;
  switch (shape.start) {
    case 'break':
      return placeAtBreak(context, profile, marks, length, code, random);
    case 'exams': {
      const day = dayInRoll(profile, context.examStartDays, random);
      return day < 0 ? 0 : placeEpisode(marks, day * 2, length, code, 1);
    }
    case 'afternoons': {
      if (sessions < 2) return 0;
      const start = findFreeSession(marks, 1 + 2 * random.int(sessions >> 1), 2);
      return start < 0 ? 0 : placeEpisode(marks, start, length, code, 2);
    }
    case 'am': {
      const start = findFreeSession(marks, 2 * random.int((sessions + 1) >> 1), 2);
      return start < 0 ? 0 : placeEpisode(marks, start, length, code, 1);
    }
    case 'any': {
      const start = findFreeSession(marks, random.int(sessions), 1);
      return start < 0 ? 0 : placeEpisode(marks, start, length, code, 1);
    }
  }
}

/**
 * Replaces `count` possible sessions with absences, in episodes drawn from the pupil's absence
 * mix. The caller must pass a count no larger than the possible sessions, which guarantees that
 * a free session remains while any absence is left to place.
 */
export function placeAbsences(
  context: SchoolContext,
  profile: PupilProfile,
  marks: Uint8Array,
  count: number,
  random: Random,
): void {
  const weights = weightsFor(
    context,
    profile.absenceRate.rate >= HIGH_ABSENCE_RATE,
    profile.yearGroup,
  );
  let remaining = count;
  while (remaining > 0) {
    const shapeIndex = random.pickCumulative(weights);
    const shape = EPISODE_SHAPES[shapeIndex]!;
    const code = SHAPE_CODE_IDS[shapeIndex]!;
    const drawn = shape.lengths[random.pickCumulative(LENGTH_WEIGHTS[shapeIndex]!)]![0];
    const length = Math.min(remaining, drawn);
    let placed = placeShaped(context, profile, marks, shape, length, random, code);
    if (placed === 0) {
      const start = findFreeSession(marks, random.int(marks.length), 1);
      if (start < 0) return;
      placed = placeEpisode(marks, start, length, code, 1);
    }
    remaining -= placed;
  }
}
