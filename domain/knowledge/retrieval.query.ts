import { CODE_PREFIX, normaliseWords, toIndexTerms, toTermPairs } from '../text/normalise';
import {
  DEFINITION_TERM,
  findQuestionWordIntents,
  isDefinitionQuestion,
} from '../text/question-intent';
import { RELATED_WORDS } from '../text/synonyms';
import type { TypoCorrector } from '../text/typo-corrector';

/** A question term and how much it counts towards a match. */
export interface QueryTerm {
  term: string;
  weight: number;
  /**
   * False for question words, word pairs, intents and related words, which do not count
   * towards coverage.
   */
  typed: boolean;
  /** True for a word the best entry must contain to be trusted; see `REQUIRED_WORDS`. */
  required?: boolean;
}

/**
 * Words that name a procedure a question hinges on: appeals, complaints and other challenges to
 * a decision. An entry without the word covers a neighbouring question instead, such as the
 * penalty amount for "can a parent appeal a PN", so the answer service declines. Rarity alone
 * cannot pick these words out, because a question's rarest word is as often filler ("florida",
 * "monday") as its point. "challenge" is left out because staff also use it as a noun
 * ("attendance is a real challenge").
 */
const REQUIRED_WORDS = [
  'appeal',
  'appeals',
  'appealed',
  'appealing',
  'contest',
  'dispute',
  'disputing',
  'complain',
  'complaint',
  'complaints',
  'refund',
  'waive',
  'waived',
  'overturn',
  'tribunal',
  'ombudsman',
];
const REQUIRED_TERMS = new Set(toIndexTerms(REQUIRED_WORDS));

/** Weight of a related word added by expansion, relative to a typed word. */
const RELATED_WEIGHT = 0.35;
/** Question words: they hint at the kind of answer but not at its topic. */
const QUESTION_WORDS = new Set(['how', 'many', 'much', 'when', 'wher', 'who', 'why', 'long']);
const QUESTION_WORD_WEIGHT = 0.4;
/** Weight of a bare number, which often appears in answers on unrelated topics ("3 years"). */
const NUMBER_WEIGHT = 0.5;
/** Weight of a pair of neighbouring question terms found together in an entry. */
const PAIR_WEIGHT = 0.5;
/** Weight of the definition intent, shared by "what is X" questions and titles. */
const DEFINITION_WEIGHT = 0.6;
/** Weight of a question-word intent ("when", "who") shared by a question and an entry title. */
const QUESTION_INTENT_WEIGHT = 0.6;
/** BM25 `k3`: how quickly a repeated question word stops adding weight. */
const QUERY_SATURATION = 1.5;
/** Extra weight of a register code typed in the question, which pins the topic down. */
const CODE_WEIGHT = 1.5;

/**
 * Turns a question into weighted query terms: the normalised, stemmed words typed, pairs of
 * neighbouring words, the definition intent (see `isDefinitionQuestion`), and related words
 * from `RELATED_WORDS` at a reduced weight. A word typed more than once weighs a little more,
 * with BM25's saturation for query terms, so "day to day" leans on "day" but not twice as much.
 */
export function analyseQuestion(question: string, corrector: TypoCorrector): QueryTerm[] {
  const words = normaliseWords(question, { context: 'question', corrector });
  const typed = toIndexTerms(words);
  const terms = new Map<string, QueryTerm>();

  for (const [term, count] of countOccurrences(typed)) {
    const base = weighTypedTerm(term);
    const saturation = ((QUERY_SATURATION + 1) * count) / (QUERY_SATURATION + count);
    terms.set(term, { ...base, weight: base.weight * saturation });
  }
  for (const pair of toTermPairs(typed)) {
    terms.set(pair, { term: pair, weight: PAIR_WEIGHT, typed: false });
  }
  if (isDefinitionQuestion(question)) {
    terms.set(DEFINITION_TERM, { term: DEFINITION_TERM, weight: DEFINITION_WEIGHT, typed: false });
  }
  for (const intent of findQuestionWordIntents(question)) {
    terms.set(intent, { term: intent, weight: QUESTION_INTENT_WEIGHT, typed: false });
  }
  for (const word of words) {
    for (const relatedTerm of toIndexTerms(RELATED_WORDS[word] ?? [])) {
      if (!terms.has(relatedTerm)) {
        terms.set(relatedTerm, { term: relatedTerm, weight: RELATED_WEIGHT, typed: false });
      }
    }
  }
  return [...terms.values()];
}

function countOccurrences(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function weighTypedTerm(term: string): QueryTerm {
  if (term.startsWith(CODE_PREFIX)) {
    return { term, weight: CODE_WEIGHT, typed: true };
  }
  if (QUESTION_WORDS.has(term)) {
    return { term, weight: QUESTION_WORD_WEIGHT, typed: false };
  }
  const weight = /^\d/.test(term) ? NUMBER_WEIGHT : 1;
  return { term, weight, typed: true, required: REQUIRED_TERMS.has(term) };
}
