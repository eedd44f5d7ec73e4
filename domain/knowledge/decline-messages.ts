import type { DeclineReason } from './answer-result';

/** Education Inclusion helpline of Gloucestershire County Council, for casework advice. */
export const EDUCATION_INCLUSION_HELPLINE = '01452 427274';

const CASEWORK_HELP =
  "For advice on a particular case, contact your school's Inclusion Officer or the " +
  `Education Inclusion helpline on ${EDUCATION_INCLUSION_HELPLINE}.`;

/** Areas of an off-topic question, each with the team that usually handles it. */
export type OffTopicArea = 'catering' | 'pay' | 'it' | 'general';

const OFF_TOPIC_TEAMS: Readonly<Record<OffTopicArea, string>> = {
  catering: 'For meals and menus, ask the school office or your catering team.',
  pay: 'For pay, contracts or leave for staff, ask your school business manager or HR and payroll provider.',
  it: 'For passwords, logins and equipment, contact your IT support or the provider of the system.',
  general: 'Please ask the school office or the right team in school.',
};

/** Plain messages for every decline reason except `off-topic`, which `offTopicMessage` builds. */
export const DECLINE_MESSAGES: Readonly<Record<Exclude<DeclineReason, 'off-topic'>, string>> = {
  safeguarding:
    "This sounds like a safeguarding concern, so please don't wait for a bot. Go to your " +
    "school's Designated Safeguarding Lead (DSL), or the deputy DSL, now and follow your " +
    'safeguarding procedures. If a child is in immediate danger, call 999.',
  'pupil-data':
    "This FAQ does not look up individual pupils. Check the pupil's record in your school's " +
    'management information system (MIS), or ask your Senior Attendance Champion (SAC) or ' +
    `attendance officer. ${CASEWORK_HELP}`,
  'other-nation':
    'This bot covers attendance rules for schools in England, with Gloucestershire practice. ' +
    'Scotland, Wales and Northern Ireland set their own attendance law and guidance, so please ' +
    "check that nation's own government or local council guidance.",
  'low-confidence':
    "I couldn't find an answer I'm confident about. Try rewording the question with the " +
    `attendance term you mean (for example a code, PN, NTI or AIM). ${CASEWORK_HELP}`,
  empty: 'Type an attendance question, for example "what does code N mean?".',
};

/** Returns the off-topic message, pointing to the team that usually handles the area. */
export function offTopicMessage(area: OffTopicArea): string {
  return (
    'I only answer questions about school attendance in England and Gloucestershire. ' +
    OFF_TOPIC_TEAMS[area]
  );
}
