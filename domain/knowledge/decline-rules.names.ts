import { STOPWORDS } from '../text/stopwords';

/** Pronouns, roles, times and other words that can fill a name slot but are not names. */
const ORDINARY_WORDS =
  'he she they it this that there what who which pupil pupils child childs children kid kids ' +
  'student students son sons daughter daughters boy boys girl girls lad lads class classes ' +
  'year years school schools today todays week weeks term terms month months everyone ' +
  'everyones anyone someone somebody parent parents mum mums dad dads family familys ' +
  'families the our my your their his her its whole overall average national local weekly ' +
  'termly yesterday yesterdays group groups cohort teacher teachers governor governors ' +
  'people peoples staff ones others yr year reception nursery sibling siblings brother ' +
  'brothers sister sisters twin twins new last next first second third monday tuesday ' +
  'wednesday thursday friday mondays tuesdays wednesdays thursdays fridays september ' +
  'october november december january february march april june july august sept ' +
  'nobody anybody none half most many several few loads lots ta tas lsa tutor form ' +
  'attendance absence absences register mr mrs miss ms dr sir';

/** School words that can sit where a name would ("behaviour in 5B", "maths in 3C"). */
const SCHOOL_WORDS =
  'behaviour maths english science phonics reading writing spelling homework lessons lesson ' +
  'progress results uniform pe art music history geography computing assembly lunch break ' +
  'breakfast club clubs trip trips sport sports swimming tests exams exam mocks sats';

/** Words that can fill a name slot but are never names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...ORDINARY_WORDS.split(' '),
  ...SCHOOL_WORDS.split(' '),
]);

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

/** Evidence about the words of a question, used to tell names from other words. */
export interface NameEvidence {
  /** Reports words of the knowledge base and everyday vocabulary, which are never names. */
  isKnownWord: (word: string) => boolean;
  /** Lower-case words typed with a capital letter after the start of a sentence. */
  capitalised: ReadonlySet<string>;
}

/**
 * Returns whether a lower-case word in a name slot is a name. The word is checked with and
 * without a final `s`, because a possessive such as `jaydens` reaches here as `jayden`. No form
 * may be a known word, and a strict slot also needs a common first name or a word typed with a
 * capital inside the sentence.
 */
export function looksLikeName(word: string, evidence: NameEvidence, strict: boolean): boolean {
  const forms = [...new Set([word, `${word}s`, word.replace(/s$/, '')])];
  const known = (form: string) =>
    NOT_NAMES.has(form) || STOPWORDS.has(form) || evidence.isKnownWord(form);
  if (forms.some(known)) {
    return false;
  }
  return !strict || forms.some((form) => isNameEvidence(form, evidence));
}

/** Returns whether a word is a common first name or was typed with a capital mid-sentence. */
export function isNameEvidence(word: string, evidence: NameEvidence): boolean {
  return COMMON_FIRST_NAMES.has(word) || evidence.capitalised.has(word);
}
