/** Term added to definition questions and to entries whose title asks for a definition. */
export const DEFINITION_TERM = 'intent:definition';

const SHORT_WHAT_IS =
  /^\s*(what|wot|wat)\s*(is|are|s|'s|’s)\s+((a|an|the)\s+)?\S+(\s+\S+){0,3}\s*$/i;
const WHAT_DOES_MEAN = /\bwhat does .{1,40}\b(mean|stand for)\b/i;
const DEFINITION_WORDS =
  /\b(meaning of|definition of|define|what is meant by|explain|stands? for|what counts as|what does .{1,30} count as)\b/i;

/**
 * Returns whether the text asks what something is or means: a short "what is X" clause
 * ("what's a NTI?", "What is severe absence?"), "what does X mean", or words such as
 * "meaning of", "define", "explain" and "what counts as". A long "what is the … for …" question does not count, because
 * it asks about a detail rather than for a definition.
 */
export function isDefinitionQuestion(text: string): boolean {
  if (WHAT_DOES_MEAN.test(text) || DEFINITION_WORDS.test(text)) {
    return true;
  }
  return text.split(/[?.!,;:]/).some((clause) => SHORT_WHAT_IS.test(clause));
}

const MODAL_VERBS =
  'can|could|should|shall|do|does|did|is|are|was|must|will|would|may|might|has|have';

/**
 * Question-word intents: a question that asks "when" (or "at what point") or "who". Each intent
 * is a term shared by such questions and by entries whose title asks the same, so "when can we
 * issue a PN" prefers "When should a school request a penalty notice?" to "Who can issue a
 * penalty notice?". A "when" that starts a clause ("what code when a child is ill") is no intent.
 */
const QUESTION_WORD_INTENTS: readonly { term: string; pattern: RegExp }[] = [
  {
    term: 'intent:when',
    pattern: new RegExp(
      `^\\W*(when|wen)\\b|\\b(when|wen) (${MODAL_VERBS})\\b|\\bat what point\\b`,
      'i',
    ),
  },
  {
    term: 'intent:who',
    pattern: new RegExp(`^\\W*who\\b|\\bwho (${MODAL_VERBS}|issues|decides)\\b`, 'i'),
  },
];

/** Returns the question-word intent terms of a question or an entry title. */
export function findQuestionWordIntents(text: string): string[] {
  return QUESTION_WORD_INTENTS.filter(({ pattern }) => pattern.test(text)).map(({ term }) => term);
}
