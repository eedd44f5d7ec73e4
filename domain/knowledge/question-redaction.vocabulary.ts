import { ABBREVIATIONS, CAPITALS_ONLY } from '../text/abbreviations';
import { STOPWORDS } from '../text/stopwords';
import { RELATED_WORDS, SAME_MEANING } from '../text/synonyms';
import { TEXT_SPEAK } from '../text/text-speak';
import { NOT_NAMES } from './decline-rules.names';

/**
 * Capitalised words that staff type in attendance questions and that are not people's names:
 * places, organisations, systems, festivals and attendance terms.
 */
const SCHOOL_AND_PLACE_WORDS =
  'gloucestershire gloucester cheltenham stroud tewkesbury cotswold cotswolds forest dean ' +
  'england english britain british uk europe schoolsnet capita mri teams microsoft ' +
  'christmas easter eid diwali ramadan hanukkah passover vaisakhi whitsun ' +
  'attendance absence absent persistent severe penalty notice improve improvement meeting ' +
  'register registers code codes session sessions holiday holidays leave term half ' +
  'autumn spring summer winter head headteacher deputy governor governors trust academy ' +
  'council county local authority officer inclusion service helpline portal policy ' +
  'guidance framework department education hi hello thanks morning afternoon name number email';

/** Ordinary words that are also in the list of common first names ("summer term", "max fine"). */
const NAME_LIST_WORDS_IN_EVERYDAY_USE =
  'amber summer max grace holly ivy poppy daisy willow ruby luna jack mason teddy';

/**
 * Words that redaction treats as ordinary vocabulary: stopwords, the normaliser's word lists, words that are
 * never names, and common school and place words.
 */
export const BUILT_IN_VOCABULARY: ReadonlySet<string> = new Set<string>([
  ...STOPWORDS,
  ...NOT_NAMES,
  ...CAPITALS_ONLY,
  ...Object.keys(ABBREVIATIONS),
  ...Object.values(ABBREVIATIONS).flatMap((expansion) => expansion.split(' ')),
  ...Object.keys(TEXT_SPEAK),
  ...Object.keys(SAME_MEANING),
  ...Object.values(SAME_MEANING),
  ...Object.keys(RELATED_WORDS),
  ...Object.values(RELATED_WORDS).flat(),
  ...SCHOOL_AND_PLACE_WORDS.split(' '),
  ...NAME_LIST_WORDS_IN_EVERYDAY_USE.split(' '),
]);
