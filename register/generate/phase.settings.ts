import { overallAbsenceRate, PUBLISHED_FIGURES, type Phase } from './statistics.published';

/** Days a pupil is expected to attend in a full year, which turns yearly session shares into days. */
const PUPIL_DAYS_PER_YEAR = 190;
/** Sessions in a work experience week. */
const WORK_EXPERIENCE_SESSIONS = 10;
/** Sessions a week that a pupil in education arranged by the local authority spends there (two days). */
const LA_ARRANGED_SESSIONS_PER_WEEK = 4;

/** Per-phase settings of the register generator. */
export interface PhaseSettings {
  yearGroups: readonly string[];
  /** Share of pupils who depend on school transport, so get `Y1` on snow days. Estimate. */
  transportShare: number;
  /** Share of pupils also registered at another school, marked `D` on two weekdays. Estimate. */
  dualRegisteredShare: number;
  /** Share of pupils on education arranged by the local authority (`K`) two days a week. */
  laArrangedShare: number;
  /** Whole-day trips (`V`) for each year group in a school year. */
  tripDaysPerYear: number;
  /** Share of a year group that goes on each trip. Estimate. */
  tripParticipation: number;
  /** Year group that has a work experience week (`W`), or null. */
  workExperienceYearGroup: string | null;
  /** Share of that year group that takes part. */
  workExperienceParticipation: number;
  /** Chance that a present session is off-site approved activity (`B`). */
  offSiteChance: number;
  /** Chance that a present afternoon is an approved sporting activity (`P`). */
  sportAfternoonChance: number;
  /**
   * Chance that a present morning or afternoon is marked late (`L`), as a share of possible
   * sessions, for a pupil of average punctuality.
   */
  lateMorningChance: number;
  lateAfternoonChance: number;
}

function shareOfPossible(phase: Phase, sessions: number): number {
  return sessions / PUBLISHED_FIGURES[phase].possibleSessions;
}

/**
 * Returns the share of present sessions that must carry a code for it to reach `sessions` as a
 * share of possible sessions, since absences take the place of some approved activity.
 */
function shareOfPresent(phase: Phase, sessions: number): number {
  return shareOfPossible(phase, sessions) / (1 - overallAbsenceRate(PUBLISHED_FIGURES[phase]));
}

function buildSettings(
  phase: Phase,
  estimates: Pick<
    PhaseSettings,
    'yearGroups' | 'transportShare' | 'dualRegisteredShare' | 'tripParticipation'
  > & { workExperienceYearGroup: string | null },
): PhaseSettings {
  const figures = PUBLISHED_FIGURES[phase];
  const activity = figures.approvedActivityByCode;
  const yearGroupCount = estimates.yearGroups.length;
  const late = shareOfPossible(phase, figures.lateSessions);
  const workExperience =
    estimates.workExperienceYearGroup === null
      ? 0
      : (shareOfPresent(phase, activity.W) * 2 * PUPIL_DAYS_PER_YEAR * yearGroupCount) /
        WORK_EXPERIENCE_SESSIONS;
  return {
    ...estimates,
    laArrangedShare: (shareOfPresent(phase, activity.K) * 10) / LA_ARRANGED_SESSIONS_PER_WEEK,
    tripDaysPerYear:
      (shareOfPresent(phase, activity.V) * PUPIL_DAYS_PER_YEAR) / estimates.tripParticipation,
    workExperienceParticipation: Math.min(1, workExperience),
    offSiteChance: shareOfPresent(phase, activity.B),
    sportAfternoonChance: 2 * shareOfPresent(phase, activity.P),
    lateMorningChance: 1.8 * late,
    lateAfternoonChance: 0.2 * late,
  };
}

/**
 * Settings by phase. Rates of approved activity and lateness come from the published session
 * counts in `PUBLISHED_FIGURES`, and the fields marked as estimates are judgement, not published data.
 * Primary schools run from Reception to Year 6, secondary from Year 7 to 11 (no sixth form), and
 * special schools from Reception to Year 11.
 */
export const PHASE_SETTINGS: Record<Phase, PhaseSettings> = {
  primary: buildSettings('primary', {
    yearGroups: ['R', '1', '2', '3', '4', '5', '6'],
    transportShare: 0.1,
    dualRegisteredShare: 0.002,
    tripParticipation: 0.95,
    workExperienceYearGroup: null,
  }),
  secondary: buildSettings('secondary', {
    yearGroups: ['7', '8', '9', '10', '11'],
    transportShare: 0.35,
    dualRegisteredShare: 0.005,
    tripParticipation: 0.4,
    workExperienceYearGroup: '10',
  }),
  special: buildSettings('special', {
    yearGroups: ['R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
    transportShare: 0.85,
    dualRegisteredShare: 0.01,
    tripParticipation: 0.85,
    workExperienceYearGroup: null,
  }),
};
