import { STOPWORDS } from '../text/stopwords';

/**
 * Detection of questions that ask for one named pupil's records ("whats jaydens attendance",
 * "pull up mia's absences", "is alfie in yr 4 PA yet"). A word counts as a name when it sits
 * in a name slot and is not a known word. In the less certain slots it must also be in
 * `COMMON_FIRST_NAMES` or be typed with a capital inside the sentence.
 */

/** Words that ask for a pupil's records when they follow a possessive name. */
const RECORD_NOUNS =
  'attendance|absence|absences|percentage|percent|register|record|records|marks|sessions|' +
  'lates|figures|data|stats|history|file|days|figure';
/** Verbs that ask the bot to fetch something. */
const FETCH_VERBS = 'pull up|look up|check|show me|show|find|get|give me|send me|bring up|open';

const POSSESSIVE_RECORD = new RegExp(`\\b([a-z]{2,})s (${RECORD_NOUNS})\\b`, 'g');
const FETCH_NAME = new RegExp(`\\b(${FETCH_VERBS}) ([a-z]{2,})\\b`, 'g');
/** Fetch verbs that nearly always take a pupil as object, so an unknown word after them is a name. */
const RECORD_FETCH = new Set(['pull up', 'look up', 'bring up']);
const NAME_IN_YEAR =
  /\b(is|has|hows|how is|did|for|about) ([a-z]{2,}) (in|from) (year|class) ?\d+\b/g;
const NAME_STATUS =
  /\b(is|has|hows|how is|whats|what is|did) ([a-z]{2,}) (pa|sa|persistently|persistent|severely|severe|on|below|under|above|over|hit|reached|got|missed|had|been|attendance|still)\b/g;
const RECORDS_FOR_NAME = new RegExp(`\\b(${RECORD_NOUNS}) (for|of) ([a-z]{2,})\\b`, 'g');
const HOW_MANY_NAME_HAS = new RegExp(
  `\\bhow many (${RECORD_NOUNS}) ([a-z]{2,}) (has|had|got)\\b`,
  'g',
);
const NAME_IS_STATUS =
  /\b([a-z]{2,}) (is|was|has been|is now|is still) (pa|sa|persistently absent|severely absent|persistent|below|under|on \d+)\b/g;
/** Requests for a list of the school's own pupils, which only the MIS can give. */
const PUPIL_LIST =
  /\b((list|names?) of (the |our |all )?(pa|sa|persistently absent|severely absent|absent|late) (pupils|children|kids|students)|which (pupils|children|kids|students) (are|were|is) (pa|sa|persistently absent|severely absent|absent|off|late) (today|this|in)|who (is|are|was) (pa|sa|persistently absent|severely absent|absent|off|late) (today|this|in))\b/;
const HOW_MANY_HAS_PUPIL =
  /\bhow many (sessions|days|absences|lates|marks|unauthorised|authorised)\b.*\b(has|did) (he|she) (missed|had|been|got)\b/;

/**
 * Patterns with a slot that may hold a pupil's name: the capture group of the slot, and
 * whether the word there must be a common first name (strict) or may be any unknown word.
 */
const NAME_SLOTS: readonly {
  pattern: RegExp;
  group: number;
  strict: (match: RegExpMatchArray) => boolean;
}[] = [
  { pattern: POSSESSIVE_RECORD, group: 1, strict: () => false },
  { pattern: FETCH_NAME, group: 2, strict: (match) => !RECORD_FETCH.has(match[1] ?? '') },
  { pattern: NAME_IN_YEAR, group: 2, strict: () => false },
  { pattern: HOW_MANY_NAME_HAS, group: 2, strict: () => false },
  { pattern: NAME_STATUS, group: 2, strict: () => true },
  { pattern: RECORDS_FOR_NAME, group: 3, strict: () => true },
  { pattern: NAME_IS_STATUS, group: 1, strict: () => true },
];

/** Pronouns and other words that can fill a name slot but are not names. */
const NOT_NAMES = new Set(
  (
    'he she they it this that there what who which pupil pupils child childs children kid kids ' +
    'student students son sons daughter daughters boy boys girl girls lad lads class classes ' +
    'year years school schools today todays week weeks term terms month months everyone ' +
    'everyones anyone someone somebody parent parents mum mums dad dads family familys ' +
    'families the our my your their his her its whole overall average national local weekly ' +
    'termly yesterday yesterdays group groups cohort teacher teachers governor governors ' +
    'people peoples staff ones others yr year reception nursery sibling siblings brother ' +
    'brothers sister sisters twin twins new last next first second third monday tuesday ' +
    'wednesday thursday friday mondays tuesdays wednesdays thursdays fridays september ' +
    'october november december january february march april june july august sept'
  ).split(' '),
);

/** Evidence about the words of a question, used to tell names from other words. */
export interface NameEvidence {
  /** Reports words of the knowledge base and everyday vocabulary, which are never names. */
  isKnownWord: (word: string) => boolean;
  /** Lower-case words typed with a capital letter after the start of a sentence. */
  capitalised: ReadonlySet<string>;
}

/** Returns true when the question asks for the records of one pupil named in it. */
export function asksForNamedPupil(text: string, words: NameEvidence): boolean {
  for (const slot of NAME_SLOTS) {
    for (const match of text.matchAll(slot.pattern)) {
      const word = match[slot.group];
      if (word !== undefined && looksLikeName(word, words, slot.strict(match))) {
        return true;
      }
    }
  }
  return HOW_MANY_HAS_PUPIL.test(text) || PUPIL_LIST.test(text);
}

/**
 * Checks the word with and without a final `s`, because a possessive such as `jaydens` reaches
 * here as `jayden`. No form may be a known word, and a strict slot also needs a common first
 * name or a word typed with a capital inside the sentence.
 */
function looksLikeName(word: string, words: NameEvidence, strict: boolean): boolean {
  const forms = [...new Set([word, `${word}s`, word.replace(/s$/, '')])];
  const known = (form: string) =>
    NOT_NAMES.has(form) || STOPWORDS.has(form) || words.isKnownWord(form);
  if (forms.some(known)) {
    return false;
  }
  if (!strict) {
    return true;
  }
  return forms.some((form) => COMMON_FIRST_NAMES.has(form) || words.capitalised.has(form));
}

/** First names common among children in England, used where the slot alone is not enough. */
export const COMMON_FIRST_NAMES = new Set(
  (
    'aaron adam aisha alex alexander alfie alice amber amelia amy archie aria arthur ava ' +
    'bella ben benjamin bobby brooke caleb callum charlie charlotte chloe connor daisy daniel ' +
    'dylan edward elijah ella ellie elsie emily emma erin esme ethan eva evelyn evie fatima ' +
    'finley florence frankie freddie freya george grace hallie hannah harper harrison harry ' +
    'henry holly hugo isaac isabella isla ivy jack jacob jake james jamie jasmine jaxon jayden ' +
    'jessica jordan joseph josh joshua jude kai katie kayla kian kieran kyle layla leah leo ' +
    'lewis liam lily lola logan louie luca lucas lucy luke luna maisie mason matilda max maya ' +
    'megan mia millie mohammed muhammad nathan tom nia noah ollie olivia oliver oscar owen paige ' +
    'phoebe poppy reggie reece rhys riley ronnie rory rosie ruby ryan sam samuel scarlett ' +
    'sebastian sienna skye sophia sophie summer teddy theo thomas tia toby tommy tyler willow ' +
    'william zac zara'
  ).split(' '),
);
