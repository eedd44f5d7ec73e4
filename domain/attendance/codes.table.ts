/**
 * National attendance register codes in force in England from 19 August 2024.
 *
 * Sources: The School Attendance (Pupil Registration) (England) Regulations 2024, regulation 10
 * (https://www.legislation.gov.uk/uksi/2024/208/regulation/10/made), and the DfE statutory
 * guidance "Working together to improve school attendance" (August 2024,
 * https://www.gov.uk/government/publications/working-together-to-improve-school-attendance).
 * Which codes count as possible sessions follows the DfE "Pupil absence in schools in England"
 * methodology (https://explore-education-statistics.service.gov.uk/methodology/pupil-absence-in-schools-in-england).
 */

/** Category that decides how a register code counts in attendance figures. */
export type CodeCategory =
  | 'present'
  | 'approved_educational_activity'
  | 'authorised_absence'
  | 'unauthorised_absence'
  | 'not_possible';

/** One register code with its meaning and how it counts. */
export interface CodeDefinition<Code extends string = string> {
  /** Code as written in the register, with any sub-code joined on (`Y1`). */
  code: Code;
  /** Short meaning, paraphrased from the regulations. */
  meaning: string;
  category: CodeCategory;
}

/** Every national register code in force from 19 August 2024, grouped by category. */
export const REGISTER_CODES = [
  { code: '/', meaning: 'Present when the morning register was taken', category: 'present' },
  { code: '\\', meaning: 'Present when the afternoon register was taken', category: 'present' },
  { code: 'L', meaning: 'Late, but arrived before the register closed', category: 'present' },
  {
    code: 'K',
    meaning: 'Attending education arranged by the local authority away from this school',
    category: 'approved_educational_activity',
  },
  {
    code: 'V',
    meaning: 'On an educational visit or trip run and supervised by the school',
    category: 'approved_educational_activity',
  },
  {
    code: 'P',
    meaning: 'Taking part in an approved sporting activity',
    category: 'approved_educational_activity',
  },
  { code: 'W', meaning: 'On work experience', category: 'approved_educational_activity' },
  {
    code: 'B',
    meaning: 'Another approved and supervised educational activity off the school site',
    category: 'approved_educational_activity',
  },
  {
    code: 'C',
    meaning: 'Leave granted for exceptional circumstances that no other code covers',
    category: 'authorised_absence',
  },
  {
    code: 'C1',
    meaning: 'Leave to take part in a regulated performance or regulated employment abroad',
    category: 'authorised_absence',
  },
  {
    code: 'C2',
    meaning: 'Leave under a temporary part-time timetable (compulsory school age pupil)',
    category: 'authorised_absence',
  },
  {
    code: 'E',
    meaning: 'Suspended or permanently excluded, with no alternative provision arranged',
    category: 'authorised_absence',
  },
  {
    code: 'I',
    meaning: 'Illness, other than a medical or dental appointment',
    category: 'authorised_absence',
  },
  {
    code: 'J1',
    meaning: 'Leave to attend an interview for a job or a place at another institution',
    category: 'authorised_absence',
  },
  {
    code: 'M',
    meaning: 'Leave for a medical or dental appointment',
    category: 'authorised_absence',
  },
  { code: 'R', meaning: 'Day set apart for religious observance', category: 'authorised_absence' },
  { code: 'S', meaning: 'Study leave', category: 'authorised_absence' },
  {
    code: 'T',
    meaning:
      'Travelling with a parent whose occupation requires travel (for example show or circus families)',
    category: 'authorised_absence',
  },
  {
    code: 'G',
    meaning: 'Holiday or other leave the school did not grant, including days beyond leave granted',
    category: 'unauthorised_absence',
  },
  {
    code: 'N',
    meaning: 'Reason for absence not yet established (temporary code)',
    category: 'unauthorised_absence',
  },
  {
    code: 'O',
    meaning: 'Absent without authorisation, for another or an unknown reason',
    category: 'unauthorised_absence',
  },
  { code: 'U', meaning: 'Arrived after the register closed', category: 'unauthorised_absence' },
  // NOTE: treating D and Q as not possible follows DfE statistical practice and secondary
  // sources. The regulations themselves list them without saying how statistics count them.
  {
    code: 'D',
    meaning: 'Dual registration: attending the other school where the pupil is also registered',
    category: 'not_possible',
  },
  {
    code: 'X',
    meaning: 'Below compulsory school age and not required to attend this session',
    category: 'not_possible',
  },
  {
    code: 'Q',
    meaning:
      'Cannot attend because the local authority has not made access arrangements, such as transport',
    category: 'not_possible',
  },
  {
    code: 'Y1',
    meaning: 'Cannot attend: the transport normally provided is unavailable',
    category: 'not_possible',
  },
  {
    code: 'Y2',
    meaning: 'Cannot attend: widespread disruption to travel',
    category: 'not_possible',
  },
  {
    code: 'Y3',
    meaning: 'Cannot attend: part of the school premises is closed',
    category: 'not_possible',
  },
  {
    code: 'Y4',
    meaning: 'Cannot attend: the whole school site closed unexpectedly',
    category: 'not_possible',
  },
  {
    code: 'Y5',
    meaning: 'Cannot attend: held in criminal justice detention',
    category: 'not_possible',
  },
  {
    code: 'Y6',
    meaning: 'Cannot attend: public health guidance or law prevents it',
    category: 'not_possible',
  },
  {
    code: 'Y7',
    meaning: 'Cannot attend: another unavoidable cause, such as a staggered start to the year',
    category: 'not_possible',
  },
  {
    code: 'Z',
    meaning: 'Prospective pupil, not yet on the admission register',
    category: 'not_possible',
  },
  {
    code: '#',
    meaning: 'Planned closure of the whole school or part of it',
    category: 'not_possible',
  },
] as const satisfies readonly CodeDefinition[];

/** Register code in force from 19 August 2024, with sub-codes written as one field (`Y1`). */
export type RegisterCode = (typeof REGISTER_CODES)[number]['code'];
