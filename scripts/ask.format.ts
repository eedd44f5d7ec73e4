import type { AnswerResult } from '../domain/knowledge/answer-result';

/** One line of `npm run ask -- --json` output. */
export interface AskRecord {
  question: string;
  answered: boolean;
  entryId: string | null;
  title: string | null;
  answer: string | null;
  score: number;
  sources: { title: string; url: string }[];
  /** Ids of related entries (answered) or suggested entries (declined). */
  relatedIds: string[];
  reason?: string;
  message?: string;
}

/** Flattens an answer result into the JSON record printed by `--json`. */
export function toAskRecord(question: string, result: AnswerResult): AskRecord {
  const score = Math.round(result.score * 1000) / 1000;
  if (result.answered) {
    return {
      question,
      answered: true,
      entryId: result.entry.id,
      title: result.entry.title,
      answer: result.entry.answer,
      score,
      sources: result.entry.sources,
      relatedIds: result.related.map((entry) => entry.id),
    };
  }
  return {
    question,
    answered: false,
    entryId: null,
    title: null,
    answer: null,
    score,
    sources: [],
    relatedIds: result.suggestions.map((entry) => entry.id),
    reason: result.reason,
    message: result.message,
  };
}

/** Renders an answer result as readable text for the terminal. */
export function formatForReading(question: string, result: AnswerResult): string {
  const lines = [`Q: ${question}`];
  if (result.answered) {
    lines.push(`${result.entry.title} [${result.entry.id}, score ${result.score.toFixed(2)}]`);
    lines.push('', result.entry.answer, '', 'Sources:');
    lines.push(...result.entry.sources.map((source) => `- ${source.title}: ${source.url}`));
    if (result.related.length > 0) {
      lines.push('', 'Related:', ...result.related.map((entry) => `- ${entry.title}`));
    }
  } else {
    lines.push(`Not answered (${result.reason}): ${result.message}`);
    if (result.suggestions.length > 0) {
      lines.push('', 'Did you mean:', ...result.suggestions.map((entry) => `- ${entry.title}`));
    }
  }
  return lines.join('\n');
}
