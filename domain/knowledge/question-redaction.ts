import { findCapitalisedWords, toPatternText } from './decline-rules';
import { COMMON_FIRST_NAMES, NOT_NAMES, type NameEvidence } from './decline-rules.names';
import { CLASS_CODE, findPupilNames } from './decline-rules.pupil-data';
import { BUILT_IN_VOCABULARY } from './question-redaction.vocabulary';

/** Placeholder for a likely personal name. */
export const NAME_PLACEHOLDER = '[name]';
/** Placeholder for a number that may identify a person: a UPN, phone number or date of birth. */
export const NUMBER_PLACEHOLDER = '[number]';
/** Placeholder for an email address. */
export const EMAIL_PLACEHOLDER = '[email]';

/** Settings for `redactPersonalDetails`. */
export interface RedactionOptions {
  /**
   * Reports ordinary vocabulary, such as the knowledge base's words, which is kept. Words of the
   * built-in vocabulary (stopwords, abbreviations, school and place words) are kept as well. The
   * one exception is a first-name-list word typed with a capital ("Summer"), which is redacted.
   */
  isKnownWord?: (word: string) => boolean;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/gu;
/** Unique pupil number: a letter, 11 digits and a final digit or letter. */
const UPN = /\b[A-Za-z]\d{11}[0-9A-Za-z]\b/g;
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
/** A written date after a birth cue: "born 3rd March 2015", "DOB 12 Mar 14". */
const BIRTH_DATE = new RegExp(
  `\\b(dob|d\\.o\\.b\\.?|born( on)?|date of birth|birthday)(:?\\s+)\\d{1,2}(st|nd|rd|th)? ${MONTH},? \\d{2,4}\\b`,
  'gi',
);
/** Runs of digits, spaces, dashes and brackets. `redactLongNumbers` keeps runs of under 7 digits. */
const DIGIT_RUN = /\+?\(?\d[\d\s()-]*\d/g;
const MINIMUM_IDENTIFYING_DIGITS = 7;
/** A word (letters, inner apostrophes and hyphens) or an earlier placeholder. */
const WORD_OR_PLACEHOLDER = /\[[a-z]+\]|\p{L}[\p{L}'’-]*/gu;
const POSSESSIVE = /['’]s?$/;
const BEFORE_CLASS_CODE = new RegExp(`\\b([a-z]{2,}) (?:in|from) (?:${CLASS_CODE})\\b`, 'g');

/**
 * Replaces personal details in a staff question before it is stored, as a second line of
 * defence behind the pupil-data decline. Likely names become `[name]`: words of the built-in
 * first-name list, capitalised unknown words inside a sentence, words in the pupil-name slots of
 * the decline rules, and unknown words just before a class code ("jenna in 6R"). UPNs, phone
 * numbers and other runs of 7 or more digits, numeric dates and written dates of birth become
 * `[number]`, and email addresses `[email]`. Attendance vocabulary such as "PA", "NTI", "Y1"
 * and "90%" is kept.
 * NOTE: this is a heuristic. A name that is also an ordinary word and typed in lower case
 * ("summer") is kept, while "Summer term" at the start of a sentence and capitalised ordinary
 * words outside the vocabulary are redacted.
 */
export function redactPersonalDetails(question: string, options: RedactionOptions = {}): string {
  const isKnownWord = (word: string) =>
    BUILT_IN_VOCABULARY.has(word) || (options.isKnownWord?.(word) ?? false);
  const withoutNumbers = redactNumbers(question);
  const evidence = { isKnownWord, capitalised: findCapitalisedWords(withoutNumbers) };
  const slotNames = findSlotNames(withoutNumbers, evidence);
  return withoutNumbers.replace(WORD_OR_PLACEHOLDER, (word, offset: number) => {
    if (word.startsWith('[')) {
      return word;
    }
    const possessive = POSSESSIVE.exec(word)?.[0] ?? '';
    const bare = word.slice(0, word.length - possessive.length);
    const context = {
      slotNames,
      isKnownWord,
      atSentenceStart: isSentenceStart(withoutNumbers, offset),
    };
    return isLikelyName(bare, possessive !== '', context) ? NAME_PLACEHOLDER + possessive : word;
  });
}

function redactNumbers(question: string): string {
  return question
    .replace(EMAIL, EMAIL_PLACEHOLDER)
    .replace(UPN, NUMBER_PLACEHOLDER)
    .replace(
      BIRTH_DATE,
      (_match, cue: string, _on, space: string) => cue + space + NUMBER_PLACEHOLDER,
    )
    .replace(NUMERIC_DATE, NUMBER_PLACEHOLDER)
    .replace(DIGIT_RUN, redactLongNumbers);
}

function redactLongNumbers(run: string): string {
  const digits = run.replace(/\D/g, '').length;
  if (digits < MINIMUM_IDENTIFYING_DIGITS) {
    return run;
  }
  const trailing = /\s*$/.exec(run)?.[0] ?? '';
  return NUMBER_PLACEHOLDER + trailing;
}

/** Returns the lower-case words that the pupil-name slots or a following class code mark. */
function findSlotNames(question: string, evidence: NameEvidence): Set<string> {
  const text = toPatternText(question);
  const names = findPupilNames(text, evidence);
  for (const match of text.matchAll(BEFORE_CLASS_CODE)) {
    const word = match[1] ?? '';
    if (!NOT_NAMES.has(word) && !evidence.isKnownWord(word)) {
      names.add(word);
    }
  }
  return names;
}

interface NameContext {
  slotNames: ReadonlySet<string>;
  isKnownWord: (word: string) => boolean;
  atSentenceStart: boolean;
}

function isLikelyName(word: string, possessive: boolean, context: NameContext): boolean {
  const lower = word.toLowerCase();
  if (context.slotNames.has(lower) || context.slotNames.has(`${lower}s`)) {
    return true;
  }
  const titleCase = /^\p{Lu}\p{Ll}/u.test(word);
  if (COMMON_FIRST_NAMES.has(lower)) {
    return titleCase || word.toUpperCase() === word || !context.isKnownWord(lower);
  }
  if (!titleCase || context.isKnownWord(lower)) {
    return false;
  }
  return !context.atSentenceStart || possessive;
}

function isSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset).trimEnd();
  return before === '' || /[.!?]$/.test(before);
}
