import type { Random } from './random.prng';
import { overallAbsenceRate, type PublishedPhaseFigures } from './statistics.published';

/** Width of each absence-rate band, in percent and as a fraction. */
const BAND_WIDTH_PERCENT = 5;
const BAND_WIDTH = BAND_WIDTH_PERCENT / 100;
/** Band from which pupils count as persistently absent (10% or more). */
const FIRST_PERSISTENT_BAND = 2;
/** Shape of rates in the severe band: 50% + 50% × u^3, so most severe pupils miss 50–70%. */
const SEVERE_SHAPE = 3;

/** Pupil absence rates of one phase, calibrated to its published figures. */
export interface AbsenceRateModel {
  /** Probability of each 5-point band. The last band is 50% or more. */
  bandProbabilities: number[];
  /** Exponent k of rates in the lowest band, drawn as 5% × u^k. */
  lowestBandShape: number;
}

/** A pupil's target absence rate, as a fraction, and the band it came from, in whole percent. */
export interface AbsenceRate {
  rate: number;
  bandLowPercent: number;
  bandHighPercent: number;
}

/**
 * Builds the rate model of a phase. The band shape comes from the published distribution. Bands
 * from 10% are scaled so that their total is the published persistent absence share, and the
 * two lower bands fill the rest. Rates are uniform within each band from 5% to 50%. The shape of
 * the lowest band is then solved so that the mean rate equals the published overall absence.
 * Throws RangeError when the figures leave no such shape.
 */
export function buildAbsenceRateModel(figures: PublishedPhaseFigures): AbsenceRateModel {
  const bands = figures.absenceRateBands;
  const total = bands.reduce((sum, count) => sum + count, 0);
  const persistentShare = figures.persistentAbsencePercent / 100;
  const publishedPersistent = bands.slice(FIRST_PERSISTENT_BAND).reduce((sum, n) => sum + n, 0);
  const persistentScale = (persistentShare * total) / publishedPersistent;
  const lowerScale = ((1 - persistentShare) * total) / (total - publishedPersistent);
  const bandProbabilities = bands.map(
    (count, band) =>
      (count * (band < FIRST_PERSISTENT_BAND ? lowerScale : persistentScale)) / total,
  );

  let meanAboveLowest = 0;
  for (let band = 1; band < bands.length; band++) {
    meanAboveLowest += bandProbabilities[band]! * bandMean(band, bands.length);
  }
  const lowestBandMean = (overallAbsenceRate(figures) - meanAboveLowest) / bandProbabilities[0]!;
  if (!(lowestBandMean > 0 && lowestBandMean < BAND_WIDTH)) {
    throw new RangeError(
      `Invalid published figures: the lowest band would need a mean rate of ${lowestBandMean}, outside 0 to ${BAND_WIDTH}.`,
    );
  }
  return { bandProbabilities, lowestBandShape: BAND_WIDTH / lowestBandMean - 1 };
}

function bandMean(band: number, bandCount: number): number {
  const low = band * BAND_WIDTH;
  if (band === bandCount - 1) return low + (1 - low) / (SEVERE_SHAPE + 1);
  return low + BAND_WIDTH / 2;
}

/** Draws one pupil's target absence rate. */
export function drawAbsenceRate(model: AbsenceRateModel, random: Random): AbsenceRate {
  const probabilities = model.bandProbabilities;
  let band = 0;
  let target = random.float();
  while (band < probabilities.length - 1 && target >= probabilities[band]!) {
    target -= probabilities[band]!;
    band++;
  }
  const bandLowPercent = band * BAND_WIDTH_PERCENT;
  const bandLow = bandLowPercent / 100;
  if (band === probabilities.length - 1) {
    const rate = bandLow + (1 - bandLow) * random.float() ** SEVERE_SHAPE;
    return { rate, bandLowPercent, bandHighPercent: 100 };
  }
  const rate =
    band === 0
      ? BAND_WIDTH * random.float() ** model.lowestBandShape
      : bandLow + BAND_WIDTH * random.float();
  return { rate, bandLowPercent, bandHighPercent: bandLowPercent + BAND_WIDTH_PERCENT };
}

/**
 * Converts a target rate into absent sessions out of `possibleSessions`. The count is rounded,
 * then kept inside the rate's band where the band contains any whole count, so that rounding does
 * not move pupils across the 10% (persistent) or 50% (severe) thresholds.
 */
export function absentSessionCount(target: AbsenceRate, possibleSessions: number): number {
  const rounded = Math.round(target.rate * possibleSessions);
  const lowest = Math.ceil((target.bandLowPercent * possibleSessions) / 100);
  const highest =
    target.bandHighPercent >= 100
      ? possibleSessions
      : Math.ceil((target.bandHighPercent * possibleSessions) / 100) - 1;
  if (lowest > highest) return rounded;
  return Math.min(highest, Math.max(lowest, rounded));
}

/**
 * Returns the expected share of all absent sessions that comes from pupils whose rate is in
 * `fromBand` or above, as a fraction.
 */
export function absenceShareFromBand(model: AbsenceRateModel, fromBand: number): number {
  const probabilities = model.bandProbabilities;
  let all = (probabilities[0]! * BAND_WIDTH) / (model.lowestBandShape + 1);
  let fromBandOn = fromBand === 0 ? all : 0;
  for (let band = 1; band < probabilities.length; band++) {
    const expected = probabilities[band]! * bandMean(band, probabilities.length);
    all += expected;
    if (band >= fromBand) fromBandOn += expected;
  }
  return fromBandOn / all;
}
