import { isNameEvidence, looksLikeName, type NameEvidence } from './decline-rules.names';

export type { NameEvidence } from './decline-rules.names';

/**
 * Detection of questions that ask for one named pupil's records ("whats jaydens attendance",
 * "pull up mia's absences", "is alfie in yr 4 PA yet", "has ellie in 5B hit PA"). A word counts
 * as a name when it sits in a name slot and is not a known word. In the less certain slots it
 * must also be in `COMMON_FIRST_NAMES` or be typed with a capital inside the sentence.
 */

/** Words that ask for a pupil's records when they follow a possessive name. */
const RECORD_NOUNS =
  'attendance|absence|absences|percentage|percent|register|record|records|marks|sessions|' +
  'lates|figures|data|stats|history|file|days|figure';
/** Verbs that ask the bot to fetch something. */
const FETCH_VERBS = 'pull up|look up|check|show me|show|find|get|give me|send me|bring up|open';
/**
 * A class or form code such as 5B, 3C, 10X2 or 9Y3, or "class 3C" and "form 7R". Ordinals
 * ("2nd") and clock times ("9am") are not class codes.
 */
export const CLASS_CODE =
  '(?:(?:class|form|set) )?(?!\\d+(?:st|nd|rd|th|am|pm)\\b)\\d{1,2}[a-z]{1,2}\\d?|' +
  '(?:class|form|set) (?:\\d{1,2}|[a-z]\\d?)';
/** A year group or a class named by a word ("year 5", "yr 4", "y9", "reception", "Oak class"). */
const YEAR_OR_NAMED_CLASS =
  '(?:year|yr|y) ?\\d{1,2}|reception|nursery|' +
  '(?!(?:my|our|your|the|this|that|his|her|their|each|every|a|one|another|which|what|same|whole) )[a-z]+ class';

const POSSESSIVE_RECORD = new RegExp(`\\b([a-z]{2,})s (${RECORD_NOUNS})\\b`, 'g');
const FETCH_NAME = new RegExp(`\\b(${FETCH_VERBS}) ([a-z]{2,})\\b`, 'g');
/** Fetch verbs that nearly always take a pupil as object, so an unknown word after them is a name. */
const RECORD_FETCH = new Set(['pull up', 'look up', 'bring up']);
/** Words before a pupil named as the subject: "has ellie in 5B", "its Amira in 9Y3". */
const SUBJECT_BEFORE =
  'is|has|hows|how is|did|does|for|about|check|its|it is|and|with|whether|if|re';
const SUBJECT_IN_CLASS_CODE = new RegExp(
  `(?:^|\\b(?:${SUBJECT_BEFORE}) )([a-z]{2,}) (?:in|from) (?:${CLASS_CODE})\\b`,
  'g',
);
const NAME_IN_CLASS = new RegExp(
  `\\b([a-z]{2,}) (?:in|from) (?:${CLASS_CODE}|${YEAR_OR_NAMED_CLASS})\\b`,
  'g',
);
const NAME_STATUS =
  /\b(is|has|hows|how is|whats|what is|did) ([a-z]{2,}) (pa|sa|persistently|persistent|severely|severe|on|below|under|above|over|hit|reached|got|missed|had|been|attendance|still)\b/g;
const RECORDS_FOR_NAME = new RegExp(`\\b(${RECORD_NOUNS}) (for|of) ([a-z]{2,})\\b`, 'g');
const HOW_MANY_NAME_HAS = new RegExp(
  `\\bhow many (${RECORD_NOUNS}) ([a-z]{2,}) (has|had|got)\\b`,
  'g',
);
const HOW_MANY_HAS_NAME = new RegExp(
  `\\bhow many (?:${RECORD_NOUNS}|unauthorised|authorised) (?:has|have|did) ([a-z]{2,}) (?:missed|had|got|been|taken)\\b`,
  'g',
);
const NAME_IS_STATUS =
  /\b([a-z]{2,}) (is|was|has been|is now|is still) (pa|sa|persistently absent|severely absent|persistent|below|under|on \d+)\b/g;
/** "his attendance", "her absences": a request about one pupil when a name appears as well. */
const PRONOUN_RECORD = new RegExp(`\\b(his|her) (${RECORD_NOUNS})\\b`);
/** Requests for a list of the school's own pupils, which only the MIS can give. */
const PUPIL_LIST =
  /\b((list|names?) of (the |our |all )?(pa|sa|persistently absent|severely absent|absent|late) (pupils|children|kids|students)|which (pupils|children|kids|students) (are|were|is) (pa|sa|persistently absent|severely absent|absent|off|late) (today|this|in)|who (is|are|was) (pa|sa|persistently absent|severely absent|absent|off|late) (today|this|in))\b/;
const HOW_MANY_HAS_PUPIL =
  /\bhow many (sessions|days|absences|lates|marks|unauthorised|authorised)\b.*\b(has|did) (he|she) (missed|had|been|got)\b/;
/**
 * Word endings of verbs, adverbs and abstract nouns ("dropping in 5B", "punctuality in 3C"),
 * which are not names.
 */
const NOT_A_NAME_ENDING = /(ing|ly|ity|ness|tion|sion|ment|ance|ism)$/;

/** Amount of evidence a name slot needs before its word counts as a name. */
type SlotKind = 'loose' | 'strict' | 'loose-noun';

/**
 * Patterns with a slot that may hold a pupil's name: the capture group of the slot and how much
 * evidence the word there needs. A `strict` slot needs a common first name or a capital, a
 * `loose` slot takes any unknown word, and a `loose-noun` slot takes any unknown word that does
 * not end like a verb or adverb.
 */
const NAME_SLOTS: readonly {
  pattern: RegExp;
  group: number;
  kind: (match: RegExpMatchArray) => SlotKind;
}[] = [
  { pattern: POSSESSIVE_RECORD, group: 1, kind: () => 'loose' },
  {
    pattern: FETCH_NAME,
    group: 2,
    kind: (match) => (RECORD_FETCH.has(match[1] ?? '') ? 'loose' : 'strict'),
  },
  { pattern: SUBJECT_IN_CLASS_CODE, group: 1, kind: () => 'loose-noun' },
  { pattern: NAME_IN_CLASS, group: 1, kind: () => 'strict' },
  { pattern: HOW_MANY_NAME_HAS, group: 2, kind: () => 'loose' },
  { pattern: HOW_MANY_HAS_NAME, group: 1, kind: () => 'loose' },
  { pattern: NAME_STATUS, group: 2, kind: () => 'strict' },
  { pattern: RECORDS_FOR_NAME, group: 3, kind: () => 'strict' },
  { pattern: NAME_IS_STATUS, group: 1, kind: () => 'strict' },
];

/**
 * Returns the words of the question that sit in a name slot and look like a pupil's name, in
 * their pattern-text form (lower case, no apostrophe, so "Mia's" gives `mia`).
 */
export function findPupilNames(text: string, evidence: NameEvidence): Set<string> {
  const names = new Set<string>();
  for (const slot of NAME_SLOTS) {
    for (const match of text.matchAll(slot.pattern)) {
      const word = match[slot.group];
      if (word !== undefined && isNameInSlot(word, evidence, slot.kind(match))) {
        names.add(word);
      }
    }
  }
  if (PRONOUN_RECORD.test(text)) {
    for (const word of text.split(' ')) {
      if (looksLikeName(word, evidence, true)) {
        names.add(word);
      }
    }
  }
  return names;
}

/** Returns true when the question requests the records of one pupil named in it. */
export function asksForNamedPupil(text: string, evidence: NameEvidence): boolean {
  if (findPupilNames(text, evidence).size > 0) {
    return true;
  }
  return HOW_MANY_HAS_PUPIL.test(text) || PUPIL_LIST.test(text);
}

function isNameInSlot(word: string, evidence: NameEvidence, kind: SlotKind): boolean {
  if (kind === 'loose-noun' && NOT_A_NAME_ENDING.test(word) && !isNameEvidence(word, evidence)) {
    return false;
  }
  return looksLikeName(word, evidence, kind === 'strict');
}
