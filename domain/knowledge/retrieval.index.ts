import { normaliseWords, toIndexTerms, toTermPairs } from '../text/normalise';
import {
  DEFINITION_TERM,
  findQuestionWordIntents,
  isDefinitionQuestion,
} from '../text/question-intent';
import { TypoCorrector } from '../text/typo-corrector';
import { CAPITALS_ONLY, ABBREVIATIONS } from '../text/abbreviations';
import { RELATED_WORDS, SAME_MEANING } from '../text/synonyms';
import { STOPWORDS } from '../text/stopwords';
import { TEXT_SPEAK } from '../text/text-speak';
import type { KnowledgeEntry } from './knowledge-entry';

/** Parts of an entry that are scored separately. */
export const FIELDS = ['title', 'phrasings', 'answer'] as const;
export type Field = (typeof FIELDS)[number];

/** Term counts of one field of one entry; `length` counts single-word terms only. */
export interface FieldTerms {
  counts: Map<string, number>;
  length: number;
}

/** Precomputed statistics of one entry. */
export interface IndexedEntry {
  entry: KnowledgeEntry;
  fields: Record<Field, FieldTerms>;
  /** Every distinct term the entry contains, in any field. */
  terms: Set<string>;
}

/** Everything retrieval needs, computed once from the entries. */
export interface RetrievalIndexData {
  entries: IndexedEntry[];
  /** Number of entries containing each term. */
  documentFrequency: Map<string, number>;
  averageLength: Record<Field, number>;
  corrector: TypoCorrector;
}

/**
 * Builds the term statistics and the typo vocabulary for a set of entries. Titles and answers
 * are curated text, so their words form the vocabulary. Phrasings imitate staff typing and may
 * be misspelt on purpose, so they are corrected against that vocabulary before indexing.
 */
export function buildIndexData(entries: readonly KnowledgeEntry[]): RetrievalIndexData {
  const lexicon = lexiconWords();
  const curatedWords = entries.map((entry) => ({
    title: normaliseWords(entry.title, { context: 'document' }),
    answer: normaliseWords(entry.answer, { context: 'document' }),
  }));
  const wordCounts = new Map<string, number>();
  curatedWords.forEach(({ title, answer }) => countWords([...title, ...answer], wordCounts));
  const curatedCorrector = new TypoCorrector(wordCounts, lexicon);

  const indexed = entries.map((entry, position) => {
    const phrasings = entry.phrasings.map((phrasing) =>
      normaliseWords(phrasing, { context: 'question', corrector: curatedCorrector }),
    );
    phrasings.forEach((words) => countWords(words, wordCounts));
    const curated = curatedWords[position] ?? { title: [], answer: [] };
    return indexEntry(entry, { title: [curated.title], answer: [curated.answer], phrasings });
  });

  return {
    entries: indexed,
    documentFrequency: countDocuments(indexed),
    averageLength: averageFieldLengths(indexed),
    corrector: new TypoCorrector(wordCounts, lexicon),
  };
}

/** Indexes each field's word lists (one list per phrasing) as word terms plus word pairs. */
function indexEntry(entry: KnowledgeEntry, words: Record<Field, string[][]>): IndexedEntry {
  const terms = new Set<string>();
  const fields = {} as Record<Field, FieldTerms>;
  for (const field of FIELDS) {
    const counts = new Map<string, number>();
    let length = 0;
    for (const text of words[field]) {
      const single = toIndexTerms(text);
      countWords([...single, ...toTermPairs(single)], counts);
      length += single.length;
    }
    if (field === 'title') {
      addTitleIntents(entry.title, counts);
    }
    fields[field] = { counts, length };
    counts.forEach((_, term) => terms.add(term));
  }
  return { entry, fields, terms };
}

/** Adds the intent terms of a title, so questions of the same kind can match them. */
function addTitleIntents(title: string, counts: Map<string, number>): void {
  if (isDefinitionQuestion(title)) {
    counts.set(DEFINITION_TERM, 1);
  }
  for (const intent of findQuestionWordIntents(title)) {
    counts.set(intent, 1);
  }
}

function countWords(words: readonly string[], counts: Map<string, number>): void {
  for (const word of words) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

function countDocuments(entries: readonly IndexedEntry[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const item of entries) {
    for (const term of item.terms) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  return documentFrequency;
}

function averageFieldLengths(entries: readonly IndexedEntry[]): Record<Field, number> {
  const averages = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const total = entries.reduce((sum, item) => sum + item.fields[field].length, 0);
    averages[field] = entries.length === 0 ? 1 : Math.max(total / entries.length, 1);
  }
  return averages;
}

/** Words the normaliser already understands, which the typo corrector must leave alone. */
function lexiconWords(): Set<string> {
  const words = new Set<string>([
    ...STOPWORDS,
    ...Object.keys(TEXT_SPEAK),
    ...Object.keys(ABBREVIATIONS),
    ...CAPITALS_ONLY,
    ...Object.keys(SAME_MEANING),
    ...Object.keys(RELATED_WORDS),
  ]);
  return words;
}
