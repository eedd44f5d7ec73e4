import { EPISODE_SHAPES, meanEpisodeLength } from './absence.episodes';
import { absenceShareFromBand, type AbsenceRateModel } from './absence.rate';
import type { AbsenceCode } from './codes.ids';
import { cumulative } from './random.prng';
import type { PublishedPhaseFigures } from './statistics.published';

/** Codes written: every 2024 code, or only one-character codes for CTF files. */
export type CodeSet = 'all' | 'single-character';

/** Absence-rate band from which a pupil has high absence: 20% or more. */
export const HIGH_ABSENCE_BAND = 4;
/** Absence rate, as a fraction, from which a pupil has high absence. */
export const HIGH_ABSENCE_RATE = 0.2;

/**
 * How much more of each code's absence pupils with high absence have than the phase as a whole.
 * These are estimates: unauthorised absence and suspensions concentrate among pupils who miss
 * the most school. Part-time timetables (C2) go only to pupils with high absence.
 */
const HIGH_ABSENCE_TILT: Partial<Record<AbsenceCode, number>> = { O: 2.5, N: 1.5, U: 1.5, E: 3 };

/** Codes that the single-character code set records as C instead. */
const FOLDED_INTO_C: ReadonlySet<AbsenceCode> = new Set(['C1', 'C2', 'J1']);

/** Session shares of each absence code for pupils below and at or above `HIGH_ABSENCE_RATE`. */
export interface AbsenceMix {
  low: Map<AbsenceCode, number>;
  high: Map<AbsenceCode, number>;
}

function publishedShares(
  figures: PublishedPhaseFigures,
  codeSet: CodeSet,
): Map<AbsenceCode, number> {
  const shares = new Map<AbsenceCode, number>();
  let total = 0;
  for (const [code, sessions] of Object.entries(figures.absenceByCode) as [AbsenceCode, number][]) {
    const target = codeSet === 'single-character' && FOLDED_INTO_C.has(code) ? 'C' : code;
    shares.set(target, (shares.get(target) ?? 0) + sessions);
    total += sessions;
  }
  for (const [code, sessions] of shares) shares.set(code, sessions / total);
  return shares;
}

/**
 * Splits the published session share of each absence code between pupils with low and high
 * absence, so that the two mixes together give the published shares: share = H × high + (1 − H)
 * × low, where H is the share of absence from pupils with high absence under the rate model.
 * A tilt too strong for a code's share leaves its low share at 0, so that code is slightly
 * over-represented.
 */
export function buildAbsenceMix(
  figures: PublishedPhaseFigures,
  model: AbsenceRateModel,
  codeSet: CodeSet,
): AbsenceMix {
  const shares = publishedShares(figures, codeSet);
  const highWeight = absenceShareFromBand(model, HIGH_ABSENCE_BAND);
  const exclusive = new Set(
    EPISODE_SHAPES.filter((shape) => shape.highAbsenceOnly).map((shape) => shape.code),
  );
  const high = new Map<AbsenceCode, number>();
  let exclusiveTotal = 0;
  for (const code of exclusive) {
    const share = Math.min(1, (shares.get(code) ?? 0) / highWeight);
    if (shares.has(code)) high.set(code, share);
    exclusiveTotal += share;
  }
  let tiltedTotal = 0;
  for (const [code, share] of shares) {
    if (!exclusive.has(code)) tiltedTotal += share * (HIGH_ABSENCE_TILT[code] ?? 1);
  }
  for (const [code, share] of shares) {
    if (exclusive.has(code)) continue;
    high.set(code, ((1 - exclusiveTotal) * share * (HIGH_ABSENCE_TILT[code] ?? 1)) / tiltedTotal);
  }
  const low = new Map<AbsenceCode, number>();
  for (const [code, share] of shares) {
    low.set(code, Math.max(0, (share - highWeight * high.get(code)!) / (1 - highWeight)));
  }
  return { low, high };
}

/** Episode weights over `EPISODE_SHAPES`, as running totals for `Random.pickCumulative`. */
export function episodeWeights(
  sessionShares: ReadonlyMap<AbsenceCode, number>,
  yearGroup: string,
  yearGroupCount: number,
): number[] {
  const weights = EPISODE_SHAPES.map((shape) => {
    const share = sessionShares.get(shape.code) ?? 0;
    if (shape.yearGroup === undefined) return share / meanEpisodeLength(shape);
    if (shape.yearGroup !== yearGroup) return 0;
    return (share * yearGroupCount) / meanEpisodeLength(shape);
  });
  return cumulative(weights);
}
