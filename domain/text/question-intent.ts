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
