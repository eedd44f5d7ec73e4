import { editDistance } from './edit-distance';

/** Corrections remembered before the cache is emptied, which bounds memory in a long-running bot. */
const MAXIMUM_CACHED_WORDS = 10_000;

/** Number of occurrences of each known word, used to prefer the commoner of two candidates. */
export type WordCounts = ReadonlyMap<string, number>;

/**
 * Corrects misspelt words against a fixed vocabulary. Words of six to nine letters may be one
 * edit away from a known word, longer words two edits. Shorter words are never corrected
 * because too many real words sit one letter apart ("print" and "point"). The first letter must match, which keeps
 * most real words that the vocabulary lacks from being bent into a known word.
 *
 * `counts` contains the vocabulary with word frequencies. `knownWords` are further words that
 * are never corrected and may be the result of a correction (stopwords, text-speak).
 */
export class TypoCorrector {
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly counts: WordCounts,
    private readonly knownWords: ReadonlySet<string> = new Set(),
  ) {
    for (const word of new Set([...counts.keys(), ...knownWords])) {
      const bucket = this.byFirstLetter.get(word[0] ?? '') ?? [];
      bucket.push(word);
      this.byFirstLetter.set(word[0] ?? '', bucket);
    }
  }

  /** Returns whether the word is in the vocabulary or in the known-word list. */
  knows(word: string): boolean {
    return this.counts.has(word) || this.knownWords.has(word);
  }

  /** Returns the closest known word, or the word itself when it is known or nothing is close. */
  correct(word: string): string {
    if (word.length < 6 || this.knows(word) || /\d/.test(word)) {
      return word;
    }
    const cached = this.cache.get(word);
    if (cached !== undefined) {
      return cached;
    }
    const corrected = this.findClosest(word);
    if (this.cache.size >= MAXIMUM_CACHED_WORDS) {
      this.cache.clear();
    }
    this.cache.set(word, corrected);
    return corrected;
  }

  private findClosest(word: string): string {
    const maximum = word.length >= 10 ? 2 : 1;
    let best = word;
    let bestDistance = maximum + 1;
    let bestCount = 0;

    for (const candidate of this.byFirstLetter.get(word[0] ?? '') ?? []) {
      const distance = editDistance(word, candidate, maximum);
      const count = this.counts.get(candidate) ?? 0;
      const closer = distance < bestDistance || (distance === bestDistance && count > bestCount);
      if (distance <= maximum && closer) {
        best = candidate;
        bestDistance = distance;
        bestCount = count;
      }
    }
    return best;
  }
}
