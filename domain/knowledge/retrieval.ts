import { stem } from '../text/stem';
import { toBritishSpelling } from '../text/spelling';
import type { KnowledgeEntry } from './knowledge-entry';
import {
  buildIndexData,
  FIELDS,
  type Field,
  type IndexedEntry,
  type RetrievalIndexData,
} from './retrieval.index';
import { analyseQuestion, type QueryTerm } from './retrieval.query';

/** An entry with its retrieval score for one question. */
export interface RankedEntry {
  entry: KnowledgeEntry;
  score: number;
}

/** Ranked entries for one question and how sure the top one is. */
export interface RetrievalResult {
  /** Entries with a positive score, best first. */
  ranked: RankedEntry[];
  /**
   * Share, from 0 to 1, of the question's typed terms (weighted by rarity) that the top entry
   * contains. Words the knowledge base has never seen count as unmatched.
   */
  coverage: number;
  /** Required question terms (appeals, complaints and the like) that the top entry lacks. */
  missingRequired: string[];
}

/** One entry that contains a term, with the term's score in it before the query weight. */
interface Posting {
  entryIndex: number;
  contribution: number;
}

/** BM25F tuning: field weights and length normalisation per field, and term saturation `k1`. */
export interface RetrievalTuning {
  fieldWeights: Record<Field, number>;
  lengthNormalisation: Record<Field, number>;
  k1: number;
}

/**
 * Field weights that favour the curated title and the staff phrasings over the longer answer.
 * `k1` and the answer's length normalisation are the usual BM25 values. Phrasings get less
 * length normalisation because their length grows with the number of phrasings, not with
 * vaguer wording.
 */
export const DEFAULT_TUNING: RetrievalTuning = {
  fieldWeights: { title: 3, phrasings: 2, answer: 1 },
  lengthNormalisation: { title: 0.5, phrasings: 0.3, answer: 0.75 },
  k1: 1.2,
};

/**
 * Ranks knowledge entries against staff questions with BM25F over title, phrasings and answer.
 * Build it once: the constructor normalises and indexes every entry, so each search only
 * analyses the question and sums precomputed statistics.
 */
export class RetrievalIndex {
  private readonly data: RetrievalIndexData;
  /**
   * For each term, the entries containing it with their BM25F contribution before the query
   * term's weight. Precomputed so that a search only touches entries that share a term.
   */
  private readonly postings = new Map<string, Posting[]>();

  constructor(
    entries: readonly KnowledgeEntry[],
    private readonly tuning: RetrievalTuning = DEFAULT_TUNING,
  ) {
    this.data = buildIndexData(entries);
    this.data.entries.forEach((item, entryIndex) => {
      for (const term of item.terms) {
        const frequency = this.weightedFrequency(item, term);
        const contribution = this.idf(term) * (frequency / (this.tuning.k1 + frequency));
        const list = this.postings.get(term) ?? [];
        list.push({ entryIndex, contribution });
        this.postings.set(term, list);
      }
    });
  }

  /**
   * Returns whether a lower-case word is part of the knowledge base's vocabulary (in any
   * inflection) or of the normaliser's word lists.
   */
  knowsWord(word: string): boolean {
    const british = toBritishSpelling(word);
    return this.data.corrector.knows(british) || this.data.documentFrequency.has(stem(british));
  }

  /** Scores every entry for the question and returns them best first. */
  search(question: string): RetrievalResult {
    const terms = analyseQuestion(question, this.data.corrector);
    const scores = this.scoreEntries(terms);
    const ranked = this.data.entries
      .map((item, entryIndex) => ({ item, score: scores[entryIndex]! }))
      .filter((candidate) => candidate.score > 0)
      .sort((a, b) => b.score - a.score);

    const top = ranked[0];
    const required = terms.filter((term) => term.required).map(({ term }) => term);
    return {
      ranked: ranked.map(({ item, score }) => ({ entry: item.entry, score })),
      coverage: top ? this.coverage(top.item, terms) : 0,
      missingRequired: required.filter((term) => !top?.item.terms.has(term)),
    };
  }

  /** Sums each query term's weighted BM25F contribution into the scores of the entries with it. */
  private scoreEntries(terms: readonly QueryTerm[]): Float64Array {
    const scores = new Float64Array(this.data.entries.length);
    for (const { term, weight } of terms) {
      for (const { entryIndex, contribution } of this.postings.get(term) ?? []) {
        scores[entryIndex]! += weight * contribution;
      }
    }
    return scores;
  }

  private weightedFrequency(item: IndexedEntry, term: string): number {
    let frequency = 0;
    for (const field of FIELDS) {
      const count = item.fields[field].counts.get(term) ?? 0;
      if (count === 0) {
        continue;
      }
      const b = this.tuning.lengthNormalisation[field];
      const relativeLength = item.fields[field].length / this.data.averageLength[field];
      frequency += (this.tuning.fieldWeights[field] * count) / (1 - b + b * relativeLength);
    }
    return frequency;
  }

  private coverage(item: IndexedEntry, terms: readonly QueryTerm[]): number {
    let matched = 0;
    let total = 0;
    for (const { term, weight, typed } of terms) {
      if (!typed) {
        continue;
      }
      const mass = weight * this.idf(term);
      total += mass;
      matched += item.terms.has(term) ? mass : 0;
    }
    return total === 0 ? 0 : matched / total;
  }

  /** BM25 inverse document frequency; a term no entry contains gets the highest value. */
  private idf(term: string): number {
    const count = this.data.entries.length;
    const frequency = this.data.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
  }
}
