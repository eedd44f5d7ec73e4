/** American spellings that no suffix rule covers, mapped to the British form. */
const AMERICAN_WORDS: Readonly<Record<string, string>> = {
  behavior: 'behaviour',
  behaviors: 'behaviours',
  behavioral: 'behavioural',
  center: 'centre',
  centers: 'centres',
  color: 'colour',
  counselor: 'counsellor',
  counseling: 'counselling',
  enroll: 'enrol',
  enrollment: 'enrolment',
  program: 'programme',
  programs: 'programmes',
  pediatric: 'paediatric',
  pediatrician: 'paediatrician',
  labor: 'labour',
  favor: 'favour',
  honor: 'honour',
  neighbor: 'neighbour',
  defense: 'defence',
  offense: 'offence',
  offenses: 'offences',
  license: 'licence',
  judgment: 'judgement',
  aging: 'ageing',
  canceled: 'cancelled',
  canceling: 'cancelling',
  traveled: 'travelled',
  traveling: 'travelling',
  traveler: 'traveller',
  travelers: 'travellers',
  modeled: 'modelled',
  fulfill: 'fulfil',
  mom: 'mum',
  moms: 'mums',
  vacation: 'holiday',
  vacations: 'holidays',
  grade: 'year',
  tardy: 'late',
  tardiness: 'lateness',
};

/** Words ending in -ize that are not the American form of an -ise verb. */
const IZE_EXCEPTIONS = new Set(['size', 'sized', 'sizes', 'prize', 'prizes', 'seize', 'seized']);

const IZE_SUFFIX = /(?<=[a-z]{3})iz(e|ed|es|ing|ation|ations|er|ers)$/;
const YZE_SUFFIX = /(?<=[a-z]{3})yz(e|ed|es|ing|er|ers)$/;

/**
 * Converts an American spelling to the British one used in the knowledge base
 * (`authorized` → `authorised`, `analyze` → `analyse`, `behavior` → `behaviour`).
 * Words that are already British, or spelled the same in both, come back unchanged.
 */
export function toBritishSpelling(word: string): string {
  const listed = AMERICAN_WORDS[word];
  if (listed !== undefined) {
    return listed;
  }
  if (IZE_EXCEPTIONS.has(word)) {
    return word;
  }
  return word.replace(IZE_SUFFIX, 'is$1').replace(YZE_SUFFIX, 'ys$1');
}
