import { toBritishSpelling } from '../text/spelling';
import { expandTextSpeak } from '../text/text-speak';
import { tokenise } from '../text/tokenise';
import type { DeclineReason } from './answer-result';
import { DECLINE_MESSAGES, offTopicMessage } from './decline-messages';
import {
  ATTENDANCE_WORDS,
  MOVING_AWAY_PATTERN,
  OTHER_KINDS_OF_CODE,
  OFF_TOPIC_PATTERNS,
  OTHER_NATION_PATTERN,
} from './decline-rules.patterns';
import { asksForNamedPupil } from './decline-rules.pupil-data';
import { raisesSafeguardingConcern } from './decline-rules.safeguarding';

/** A question the bot must not answer from the knowledge base, with what to tell the user. */
export interface Decline {
  reason: Exclude<DeclineReason, 'low-confidence' | 'empty'>;
  message: string;
}

/** Settings for `checkDeclineRules`. */
export interface DeclineRuleOptions {
  /**
   * Reports whether a word is ordinary vocabulary (knowledge-base words, for example), which
   * keeps words such as "kids" in "a kids attendance" from being taken for a pupil's name.
   */
  isKnownWord?: (word: string) => boolean;
}

/**
 * Checks a question against the decline rules, which run before retrieval so that a risky
 * question never gets a guessed answer. Rules are tried in order of harm: safeguarding
 * disclosures and emergencies, one named pupil's records, another UK nation, then subjects
 * other than attendance. Returns undefined when the question may be answered.
 */
export function checkDeclineRules(
  question: string,
  options: DeclineRuleOptions = {},
): Decline | undefined {
  const text = toPatternText(question);
  const isKnownWord = options.isKnownWord ?? (() => false);
  const nameEvidence = { isKnownWord, capitalised: findCapitalisedWords(question) };

  if (raisesSafeguardingConcern(text)) {
    return { reason: 'safeguarding', message: DECLINE_MESSAGES.safeguarding };
  }
  if (asksForNamedPupil(text, nameEvidence)) {
    return { reason: 'pupil-data', message: DECLINE_MESSAGES['pupil-data'] };
  }
  if (OTHER_NATION_PATTERN.test(text) && !MOVING_AWAY_PATTERN.test(text)) {
    return { reason: 'other-nation', message: DECLINE_MESSAGES['other-nation'] };
  }
  if (!ATTENDANCE_WORDS.test(text.replace(OTHER_KINDS_OF_CODE, ''))) {
    const offTopic = OFF_TOPIC_PATTERNS.find(({ pattern }) => pattern.test(text));
    if (offTopic) {
      return { reason: 'off-topic', message: offTopicMessage(offTopic.area) };
    }
  }
  return undefined;
}

/**
 * Prepares a question for the decline patterns: lower case, apostrophes dropped
 * ("mia's" → "mias"), British spelling, text-speak written out, single spaces.
 */
export function toPatternText(question: string): string {
  const words = tokenise(question).flatMap((token) => {
    const expanded = expandTextSpeak(token.text) ?? [token.text];
    return expanded.map(toBritishSpelling);
  });
  return words.join(' ');
}

/**
 * Returns the lower-case forms of words typed as "Kayden" or "Kayden's" after the first word of
 * a sentence, which hints at a name. Words typed all in capitals are abbreviations, not names.
 */
export function findCapitalisedWords(question: string): Set<string> {
  const capitalised = new Set<string>();
  for (const token of tokenise(question)) {
    const before = question.slice(0, token.start).trimEnd();
    const sentenceStart = before === '' || /[.!?]$/.test(before);
    const titleCase = /^\p{Lu}\p{Ll}/u.test(token.original);
    if (titleCase && !sentenceStart) {
      capitalised.add(token.text);
      capitalised.add(token.text.replace(/s$/, ''));
    }
  }
  return capitalised;
}
