import type { KnowledgeEntry } from '../../domain/knowledge/knowledge-entry';
import type { BotDependencies } from '../bot-dependencies';
import type { AnswerCardData } from '../cards';

const MAX_RELATED = 3;

/**
 * Builds the answer card's data. Related questions are the other close matches first,
 * then the entry's own related entries, without repeats and at most three.
 */
export function buildAnswerCardData(
  question: string,
  entry: KnowledgeEntry,
  closeMatches: KnowledgeEntry[],
  deps: Pick<BotDependencies, 'entries'>,
  feedbackGiven = false,
): AnswerCardData {
  const relatedIds = [...closeMatches.map((match) => match.id), ...(entry.related ?? [])];
  const titles: string[] = [];
  for (const id of relatedIds) {
    const related = deps.entries.get(id);
    if (!related || related.id === entry.id || titles.includes(related.title)) continue;
    titles.push(related.title);
    if (titles.length === MAX_RELATED) break;
  }
  return {
    question,
    entryId: entry.id,
    title: entry.title,
    answer: entry.answer,
    sources: entry.sources.map((source) => ({ title: source.title, url: source.url })),
    related: titles,
    lastReviewed: entry.lastReviewed,
    feedbackGiven,
  };
}
