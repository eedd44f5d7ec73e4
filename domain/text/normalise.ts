import { expandAbbreviation } from './abbreviations';
import { detectRegisterCodes, type CodeContext } from './register-codes';
import { toBritishSpelling } from './spelling';
import { stem } from './stem';
import { STOPWORDS } from './stopwords';
import { SAME_MEANING } from './synonyms';
import { expandTextSpeak } from './text-speak';
import { tokenise, type RawToken } from './tokenise';
import type { TypoCorrector } from './typo-corrector';

/** Prefix of a word that stands for an attendance register code, as in `code:u`. */
export const CODE_PREFIX = 'code:';

/** Settings for `normaliseWords`. */
export interface NormaliseOptions {
  /** Whether the text is a staff question or curated knowledge text; see `detectRegisterCodes`. */
  context: CodeContext;
  /** Corrector for misspelt words; without one, words are kept as typed. */
  corrector?: TypoCorrector;
}

/**
 * Turns text into normalised words: lower case, register codes as `code:<code>`, abbreviations
 * and text-speak written out, British spelling, misspellings corrected (when a corrector is
 * given) and words of the same meaning merged (`kids` → `child`). Stopwords are kept and
 * nothing is stemmed; `toIndexTerms` does that.
 */
export function normaliseWords(text: string, options: NormaliseOptions): string[] {
  const tokens = tokenise(text);
  const codes = detectRegisterCodes(tokens, text, options.context);
  const yearGroups = findYearGroups(tokens, codes);
  const words: string[] = [];

  tokens.forEach((token, index) => {
    const code = codes[index];
    if (code !== undefined) {
      words.push(...codeWords(code));
      return;
    }
    if (yearGroups.has(index)) {
      return;
    }
    const expanded = expandAbbreviation(token.text, token.original) ??
      expandTextSpeak(token.text) ?? [token.text];
    for (const word of expanded) {
      words.push(normaliseWord(word, options.corrector));
    }
  });
  return words;
}

/**
 * Removes stopwords and stems what is left, giving the terms that retrieval scores.
 * Code words pass through unchanged.
 */
export function toIndexTerms(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of words) {
    if (word.startsWith(CODE_PREFIX)) {
      terms.push(word);
    } else if (!STOPWORDS.has(word)) {
      terms.push(stem(word));
    }
  }
  return terms;
}

/** Separator inside a word-pair term, as in `attendanc officer` → `attendanc+officer`. */
export const PAIR_SEPARATOR = '+';

/**
 * Returns the pairs of neighbouring terms (`part+tim`, `tim+timetabl`), which reward answers
 * that use the question's words in the same order.
 */
export function toTermPairs(terms: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let index = 1; index < terms.length; index += 1) {
    pairs.push(`${terms[index - 1]}${PAIR_SEPARATOR}${terms[index]}`);
  }
  return pairs;
}

/** Shorthand for `toIndexTerms(normaliseWords(text, options))`. */
export function analyseText(text: string, options: NormaliseOptions): string[] {
  return toIndexTerms(normaliseWords(text, options));
}

function normaliseWord(word: string, corrector: TypoCorrector | undefined): string {
  const british = toBritishSpelling(word);
  const corrected = corrector ? corrector.correct(british) : british;
  return SAME_MEANING[corrected] ?? corrected;
}

/** Highest school year group, year 13 (the upper sixth). */
const LAST_YEAR_GROUP = 13;
const YEAR_WORDS = new Set(['year', 'yr', 'y']);

/**
 * Returns the positions of tokens that name a year group ("year 5", "yr 9", "Y10" when it is
 * not a register code). A year group names the pupils a question is about, not its topic, and
 * the word "year" would otherwise match answers about the school year or yearly statistics.
 */
function findYearGroups(tokens: readonly RawToken[], codes: readonly (string | undefined)[]) {
  const positions = new Set<number>();
  tokens.forEach((token, index) => {
    if (codes[index] !== undefined) {
      return;
    }
    const glued = /^y(\d{1,2})$/.exec(token.text);
    if (glued && isYearGroupNumber(glued[1] ?? '')) {
      positions.add(index);
      return;
    }
    const next = tokens[index + 1];
    if (YEAR_WORDS.has(token.text) && next && isYearGroupNumber(next.text)) {
      positions.add(index);
      positions.add(index + 1);
    }
  });
  return positions;
}

function isYearGroupNumber(text: string): boolean {
  const number = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  return number >= 1 && number <= LAST_YEAR_GROUP;
}

/** `Y1`–`Y7` also give `code:y`, so "which Y code" reaches every Y code. */
function codeWords(code: string): string[] {
  const words = [CODE_PREFIX + code];
  if (/^y\d$/.test(code)) {
    words.push(`${CODE_PREFIX}y`);
  }
  return words;
}
