import { MAX_PUPILS, type GenerateOptions } from './generate.options';
import { cumulative, deriveSeed, Random } from './random.prng';
import type { SchoolPlan } from './school.context';
import { PHASES, PUBLISHED_FIGURES, type Phase } from './statistics.published';

/**
 * First synthetic URN. URNs issued to real schools were roughly 100000 to 160000 in 2025 (an
 * estimate), so 9xxxxx numbers stand out as synthetic.
 */
const FIRST_URN = 900_001;
/** Stream number for the shuffle of phases, apart from the streams of schools (0 upwards). */
const PHASE_ORDER_STREAM = -2;

/**
 * Splits `schools` between phases in proportion to the published school counts. Whole shares go
 * to each phase, and each school left over goes to a phase drawn by the size of its remainder,
 * so a single school is primary in about 82% of seeds.
 */
function apportionSchools(schools: number, random: Random): Phase[] {
  const total = PHASES.reduce((sum, phase) => sum + PUBLISHED_FIGURES[phase].schools, 0);
  const exact = PHASES.map((phase) => (schools * PUBLISHED_FIGURES[phase].schools) / total);
  const counts = exact.map(Math.floor);
  const remainders = exact.map((value, index) => value - counts[index]!);
  let missing = schools - counts.reduce((sum, count) => sum + count, 0);
  for (; missing > 0; missing--) {
    const index = random.pickCumulative(cumulative(remainders));
    counts[index]!++;
    remainders[index] = 0;
  }
  return PHASES.flatMap((phase, index) => Array<Phase>(counts[index]!).fill(phase));
}

function shuffle<T>(items: T[], random: Random): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = random.int(index + 1);
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

function typicalSize(phase: Phase): number {
  return PUBLISHED_FIGURES[phase].pupils / PUBLISHED_FIGURES[phase].schools;
}

/**
 * Plans the schools of a county. With `phase: 'mixed'`, phases follow the published numbers of
 * Gloucestershire schools (about 82% primary, 14% secondary, 4% special) in a seeded order.
 * Each school's size is then `pupilsPerSchool` scaled by the typical size of its phase (about
 * 167, 885 and 114 pupils), so the mean size stays close to `pupilsPerSchool`. With one phase,
 * every school has exactly `pupilsPerSchool` pupils. Throws RangeError when rounding takes the
 * county past `MAX_PUPILS`.
 */
export function planCounty(options: GenerateOptions): SchoolPlan[] {
  const random = new Random(deriveSeed(options.seed, PHASE_ORDER_STREAM));
  const phases =
    options.phase === 'mixed'
      ? shuffle(apportionSchools(options.schools, random), random)
      : Array<Phase>(options.schools).fill(options.phase);
  const meanTypical = phases.reduce((sum, phase) => sum + typicalSize(phase), 0) / phases.length;
  let nextPupil = 0;
  const plans = phases.map((phase, index): SchoolPlan => {
    const pupilCount = Math.max(
      1,
      Math.round((options.pupilsPerSchool * typicalSize(phase)) / meanTypical),
    );
    const plan: SchoolPlan = {
      index,
      urn: String(FIRST_URN + index),
      phase,
      pupilCount,
      firstPupilNumber: nextPupil,
      seed: deriveSeed(options.seed, index),
    };
    nextPupil += pupilCount;
    return plan;
  });
  if (nextPupil > MAX_PUPILS) {
    throw new RangeError(
      `Too many pupils: the planned schools contain ${nextPupil} pupils, more than ${MAX_PUPILS} synthetic UPNs. Lower --schools or --pupils-per-school.`,
    );
  }
  return plans;
}
