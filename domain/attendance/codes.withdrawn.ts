import type { CodeCategory } from './codes.table';

/** First day on which the 2024 register codes apply (ISO date). */
export const CODES_IN_FORCE_FROM = '2024-08-19';

/** Register code withdrawn on 19 August 2024; `Y` here is `Y` written without a sub-code. */
export type WithdrawnCode = 'H' | 'J' | 'Y';

/** A withdrawn code, how it counted before 19 August 2024, and what replaces it. */
export interface WithdrawnCodeDefinition {
  code: WithdrawnCode;
  /** Meaning before 19 August 2024, under the Education (Pupil Registration) (England) Regulations 2006. */
  meaning: string;
  /** Category of sessions with this code dated before 19 August 2024. */
  category: CodeCategory;
  /** Advice on the code to record instead for sessions on or after 19 August 2024. */
  replacement: string;
}

/** Codes that the 2024 regulations withdrew, keyed by code. */
export const WITHDRAWN_CODES: ReadonlyMap<WithdrawnCode, WithdrawnCodeDefinition> = new Map([
  [
    'H',
    {
      code: 'H',
      meaning: 'holiday authorised by the school',
      category: 'authorised_absence',
      replacement:
        'No code replaces H, because leave may now be granted only in exceptional circumstances. ' +
        'Use C when the head teacher granted leave, or G for a holiday the school did not grant.',
    },
  ],
  [
    'J',
    {
      code: 'J',
      meaning: 'at an interview, then counted as approved educational activity',
      category: 'approved_educational_activity',
      replacement: 'Use J1, which counts as authorised absence rather than attendance.',
    },
  ],
  [
    'Y',
    {
      code: 'Y',
      meaning: 'unable to attend because of exceptional circumstances',
      category: 'not_possible',
      replacement: 'Use Y1 to Y7, which give the reason the pupil could not attend.',
    },
  ],
]);
