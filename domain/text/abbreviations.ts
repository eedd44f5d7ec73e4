/**
 * School and attendance abbreviations with the words they stand for. The knowledge base is
 * indexed with the same expansions, so "PN" in a question matches "penalty notice" in an answer.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  pn: 'penalty notice',
  fpn: 'fixed penalty notice',
  nti: 'notice to improve',
  sac: 'senior attendance champion',
  pa: 'persistent absence',
  sa: 'severe absence',
  aim: 'attendance improvement meeting',
  ao: 'attendance officer',
  // Staff still use EWO and EWS, the older names of the local authority's attendance staff.
  // Gloucestershire's equivalents are the Inclusion Officer and the Education Inclusion Service.
  ewo: 'inclusion officer',
  ews: 'education inclusion service',
  eso: 'education supervision order',
  sao: 'school attendance order',
  la: 'local authority',
  lea: 'local authority',
  dsl: 'designated safeguarding lead',
  ddsl: 'deputy designated safeguarding lead',
  ehcp: 'education health care plan',
  cme: 'children missing education',
  ehe: 'elective home education',
  ht: 'headteacher',
  dht: 'deputy headteacher',
  aht: 'assistant headteacher',
  senco: 'special educational needs coordinator',
  sendco: 'special educational needs coordinator',
  sen: 'special educational needs',
  send: 'special educational needs disabilities',
  slt: 'senior leadership team',
  smt: 'senior leadership team',
  mis: 'management information system',
  vyed: 'view your education data',
  tsm: 'targeting support meeting',
  eis: 'education inclusion service',
  io: 'inclusion officer',
  dfe: 'department for education',
  gcc: 'gloucestershire county council',
  glos: 'gloucestershire',
  cp: 'child protection',
  cpp: 'child protection plan',
  cin: 'child in need',
  cla: 'looked after child',
  lac: 'looked after child',
  cic: 'child in care',
  yot: 'youth offending team',
  ap: 'alternative provision',
  ptt: 'part time timetable',
  ebsa: 'emotionally based school avoidance',
  ebsna: 'emotionally based school avoidance',
  camhs: 'child adolescent mental health services',
  eha: 'early help assessment',
  tac: 'team around the child',
  mash: 'multi agency safeguarding hub',
  kcsie: 'keeping children safe in education',
  eyfs: 'early years foundation stage',
  ks1: 'key stage 1',
  ks2: 'key stage 2',
  ks3: 'key stage 3',
  ks4: 'key stage 4',
  pex: 'permanent exclusion',
  fte: 'suspension',
  sw: 'social worker',
  fsm: 'free school meals',
  ofsted: 'ofsted inspection',
};

/**
 * Abbreviations that are also ordinary lower-case words ("our aim is", "where do I send it").
 * These expand only when typed in capitals.
 */
export const CAPITALS_ONLY = new Set(['aim', 'send', 'sen', 'sa', 'io', 'cp', 'ap', 'sw', 'mash']);

/**
 * Returns the expansion of an abbreviation token, also for plurals such as `PNs` and `AIMs`,
 * or undefined when the token is not an abbreviation (or is a capitals-only one typed in
 * lower case).
 */
export function expandAbbreviation(lower: string, original: string): string[] | undefined {
  const singular =
    ABBREVIATIONS[lower] === undefined && lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const expansion = ABBREVIATIONS[singular];
  if (expansion === undefined) {
    return undefined;
  }
  if (
    CAPITALS_ONLY.has(singular) &&
    original.slice(0, singular.length) !== singular.toUpperCase()
  ) {
    return undefined;
  }
  return expansion.split(' ');
}
