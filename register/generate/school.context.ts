import { buildAbsenceMix, episodeWeights, type AbsenceMix, type CodeSet } from './absence.mix';
import { buildAbsenceRateModel, type AbsenceRateModel } from './absence.rate';
import type { RegisterCalendar } from './calendar.register';
import { PHASE_SETTINGS, type PhaseSettings } from './phase.settings';
import { deriveSeed, Random } from './random.prng';
import { planSchoolEvents, type SchoolEvents } from './school.events';
import { PUBLISHED_FIGURES, type Phase } from './statistics.published';

/** One school of a generated county. */
export interface SchoolPlan {
  /** Position of the school in the county, from 0. */
  index: number;
  /** Synthetic Unique Reference Number: 900001 for the first school, then one more for each. */
  urn: string;
  phase: Phase;
  pupilCount: number;
  /** Synthetic pupil number of the school's first pupil, and the others follow in order. */
  firstPupilNumber: number;
  /** Seed of this school's random numbers, derived from the county seed and `index`. */
  seed: number;
}

/** Inputs for generating a school's pupils: its plan, calendar, events and models. */
export interface SchoolContext {
  plan: SchoolPlan;
  calendar: RegisterCalendar;
  settings: PhaseSettings;
  events: SchoolEvents;
  rateModel: AbsenceRateModel;
  mix: AbsenceMix;
  codeSet: CodeSet;
  /** Last day of each half-term before a break, as indexes into `calendar.days`. */
  daysBeforeBreaks: number[];
  /** First day of each half-term after a break. */
  daysAfterBreaks: number[];
  /** First day of the last half-term of each school year (when GCSE exams start). */
  examStartDays: number[];
  /** Cumulative episode weights by `high|yearGroup`, built on first use. */
  weightCache: Map<string, number[]>;
}

const modelCache = new Map<string, { rateModel: AbsenceRateModel; mix: AbsenceMix }>();

function phaseModels(
  phase: Phase,
  codeSet: CodeSet,
): { rateModel: AbsenceRateModel; mix: AbsenceMix } {
  const key = `${phase}|${codeSet}`;
  let models = modelCache.get(key);
  if (models === undefined) {
    const rateModel = buildAbsenceRateModel(PUBLISHED_FIGURES[phase]);
    models = { rateModel, mix: buildAbsenceMix(PUBLISHED_FIGURES[phase], rateModel, codeSet) };
    modelCache.set(key, models);
  }
  return models;
}

/** Builds the context of one school, including its INSET, snow, trip and work experience days. */
export function createSchoolContext(
  plan: SchoolPlan,
  calendar: RegisterCalendar,
  codeSet: CodeSet,
): SchoolContext {
  const settings = PHASE_SETTINGS[plan.phase];
  const events = planSchoolEvents(calendar, settings, new Random(deriveSeed(plan.seed, -1)));
  const daysBeforeBreaks: number[] = [];
  const daysAfterBreaks: number[] = [];
  const examStartDays: number[] = [];
  const days = calendar.days;
  for (let index = 1; index < days.length; index++) {
    if (days[index]!.halfTermIndex === days[index - 1]!.halfTermIndex) continue;
    daysBeforeBreaks.push(index - 1);
    daysAfterBreaks.push(index);
    if (days[index]!.halfTermOfYear === 5) examStartDays.push(index);
  }
  return {
    plan,
    calendar,
    settings,
    events,
    ...phaseModels(plan.phase, codeSet),
    codeSet,
    daysBeforeBreaks,
    daysAfterBreaks,
    examStartDays,
    weightCache: new Map(),
  };
}

/** Returns the cumulative episode weights for a pupil's absence level and year group. */
export function weightsFor(context: SchoolContext, high: boolean, yearGroup: string): number[] {
  const key = `${high ? 'high' : 'low'}|${yearGroup}`;
  let weights = context.weightCache.get(key);
  if (weights === undefined) {
    const shares = high ? context.mix.high : context.mix.low;
    weights = episodeWeights(shares, yearGroup, context.settings.yearGroups.length);
    context.weightCache.set(key, weights);
  }
  return weights;
}
