import type { AbsenceCode } from './codes.ids';

/** Rule for the first session of an absence episode. */
export type EpisodeStart =
  /** Any session. */
  | 'any'
  /** A morning session, so the episode covers whole days. */
  | 'am'
  /** Afternoons only: one session a day, as on a part-time timetable. */
  | 'afternoons'
  /** Next to a half-term or holiday break, as term-time holidays usually are. */
  | 'break'
  /** The first day of the last half-term of the year, when GCSE exams start. */
  | 'exams';

/** Shape of the episodes of one absence code. */
export interface EpisodeShape {
  code: AbsenceCode;
  start: EpisodeStart;
  /** Episode lengths in sessions, each with a relative weight. */
  lengths: ReadonlyArray<readonly [sessions: number, weight: number]>;
  /** True when only pupils with high absence get this code. */
  highAbsenceOnly?: boolean;
  /** Year group whose pupils alone get this code. */
  yearGroup?: string;
}

/**
 * Episode shapes for every absence code. Lengths are estimates of typical patterns (a day or two
 * of illness, a single session for an appointment, a week's term-time holiday), not published
 * figures. Term-time holidays reach 10 sessions or more in about 40% of episodes, which is the
 * penalty notice threshold.
 */
export const EPISODE_SHAPES: readonly EpisodeShape[] = [
  {
    code: 'I',
    start: 'any',
    lengths: [
      [1, 15],
      [2, 40],
      [4, 22],
      [6, 11],
      [8, 6],
      [10, 6],
    ],
  },
  {
    code: 'M',
    start: 'any',
    lengths: [
      [1, 85],
      [2, 15],
    ],
  },
  {
    code: 'C',
    start: 'am',
    lengths: [
      [1, 25],
      [2, 55],
      [4, 15],
      [10, 5],
    ],
  },
  { code: 'C1', start: 'am', lengths: [[2, 1]] },
  {
    code: 'C2',
    start: 'afternoons',
    lengths: [
      [10, 40],
      [20, 40],
      [40, 20],
    ],
    highAbsenceOnly: true,
  },
  {
    code: 'E',
    start: 'am',
    lengths: [
      [2, 40],
      [4, 25],
      [6, 20],
      [10, 15],
    ],
  },
  { code: 'J1', start: 'any', lengths: [[1, 1]] },
  { code: 'R', start: 'am', lengths: [[2, 1]] },
  {
    code: 'S',
    start: 'exams',
    lengths: [
      [10, 50],
      [20, 50],
    ],
    yearGroup: '11',
  },
  {
    code: 'T',
    start: 'am',
    lengths: [
      [10, 50],
      [20, 50],
    ],
  },
  {
    code: 'G',
    start: 'break',
    lengths: [
      [2, 15],
      [4, 15],
      [6, 15],
      [8, 15],
      [10, 25],
      [12, 5],
      [20, 10],
    ],
  },
  {
    code: 'N',
    start: 'any',
    lengths: [
      [1, 60],
      [2, 40],
    ],
  },
  {
    code: 'O',
    start: 'any',
    lengths: [
      [1, 40],
      [2, 40],
      [4, 15],
      [10, 5],
    ],
  },
  { code: 'U', start: 'am', lengths: [[1, 1]] },
];

/** Returns the mean episode length of a shape, in sessions. */
export function meanEpisodeLength(shape: EpisodeShape): number {
  let sessions = 0;
  let weights = 0;
  for (const [length, weight] of shape.lengths) {
    sessions += length * weight;
    weights += weight;
  }
  return sessions / weights;
}
