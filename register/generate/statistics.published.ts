import type { AbsenceCode } from './codes.ids';

/** School phase. A generated school is of one phase. */
export type Phase = 'primary' | 'secondary' | 'special';

/** Every phase, in a fixed order. */
export const PHASES: readonly Phase[] = ['primary', 'secondary', 'special'];

/** Published figures for one phase of Gloucestershire schools. Counts are sessions unless named otherwise. */
export interface PublishedPhaseFigures {
  /** Mean number of schools open on a day. */
  schools: number;
  /** Mean number of pupils on roll on a day. */
  pupils: number;
  possibleSessions: number;
  /** Authorised plus unauthorised absence. */
  absenceSessions: number;
  /** Share of pupils who missed 10% or more of their possible sessions, as a percentage. */
  persistentAbsencePercent: number;
  /** Sessions marked `L`, late before the register closed. */
  lateSessions: number;
  /** Absence sessions by 2024 code. The withdrawn code H (62 sessions in special schools) is left out. */
  absenceByCode: Partial<Record<AbsenceCode, number>>;
  /** Approved educational activity sessions by code. */
  approvedActivityByCode: Record<'B' | 'K' | 'P' | 'V' | 'W', number>;
  /**
   * Pupils in each 5-point band of overall absence rate: [0, 5), [5, 10), … [45, 50), then 50% or
   * more (severe absence).
   */
  absenceRateBands: readonly number[];
}

/**
 * Gloucestershire (local authority 916) figures by phase. All but `absenceRateBands` are the
 * DfE "Pupil attendance in schools" statistics for 2025/26 year to date (8 September 2025 to
 * 10 July 2026), from `data/EES_ytd_data.csv` in
 * https://github.com/dfe-analytical-services/attendance-data-dashboard. `absenceRateBands` are
 * the 2022/23 pupil counts from the DfE absence distributions dashboard
 * (https://github.com/dfe-analytical-services/absence-distributions-dashboard), summed over the
 * breakdowns by free school meals, SEN, gender and year group. Suppressed cells count as 0.
 */
export const PUBLISHED_FIGURES: Record<Phase, PublishedPhaseFigures> = {
  primary: {
    schools: 240.67,
    pupils: 40_278,
    possibleSessions: 14_353_697,
    absenceSessions: 760_244,
    persistentAbsencePercent: 12.85,
    lateSessions: 118_726,
    absenceByCode: {
      I: 417_593,
      M: 39_363,
      R: 3_613,
      S: 8,
      T: 4_437,
      E: 6_804,
      C: 78_168,
      C1: 302,
      J1: 1_062,
      C2: 38_787,
      G: 74_249,
      U: 21_208,
      O: 68_793,
      N: 5_857,
    },
    approvedActivityByCode: { B: 30_777, K: 3_752, P: 17_619, V: 120_290, W: 17 },
    absenceRateBands: [25_161, 11_248, 3_452, 1_135, 587, 297, 179, 118, 63, 51, 297],
  },
  secondary: {
    schools: 40.56,
    pupils: 35_896,
    possibleSessions: 12_266_847,
    absenceSessions: 1_051_942,
    persistentAbsencePercent: 23.55,
    lateSessions: 266_929,
    absenceByCode: {
      I: 577_940,
      M: 51_379,
      R: 2_318,
      S: 17_159,
      T: 267,
      E: 24_706,
      C: 69_391,
      C1: 282,
      J1: 1_678,
      C2: 38_329,
      G: 28_442,
      U: 30_634,
      O: 201_690,
      N: 7_727,
    },
    approvedActivityByCode: { B: 29_155, K: 8_112, P: 21_374, V: 108_020, W: 40_499 },
    absenceRateBands: [17_620, 9_730, 3_853, 1_703, 945, 564, 415, 329, 239, 187, 1_252],
  },
  special: {
    schools: 12.83,
    pupils: 1_465,
    possibleSessions: 524_691,
    absenceSessions: 65_204,
    persistentAbsencePercent: 34.33,
    lateSessions: 2_994,
    absenceByCode: {
      I: 26_292,
      M: 5_897,
      R: 58,
      S: 5,
      T: 124,
      E: 1_693,
      C: 10_612,
      C1: 6,
      J1: 129,
      C2: 8_215,
      G: 900,
      U: 911,
      O: 10_142,
      N: 158,
    },
    approvedActivityByCode: { B: 4_078, K: 1_512, P: 199, V: 4_407, W: 40 },
    absenceRateBands: [484, 382, 169, 90, 43, 36, 25, 18, 18, 17, 73],
  },
};

/** Overall absence rate of a phase: absence sessions / possible sessions, as a fraction. */
export function overallAbsenceRate(figures: PublishedPhaseFigures): number {
  return figures.absenceSessions / figures.possibleSessions;
}
