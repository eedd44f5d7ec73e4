import MiniSearch from 'minisearch';

import { createAnswerService } from '../domain/knowledge/answer-service';
import type { KnowledgeEntry } from '../domain/knowledge/knowledge-entry';
import type { SystemReply } from './eval-faq.scoring';

/** A question answerer under evaluation. */
export interface EvaluatedSystem {
  name: string;
  reply(question: string): SystemReply;
}

/** Wraps the product: decline rules, then BM25F retrieval with confidence thresholds. */
export function productSystem(entries: readonly KnowledgeEntry[]): EvaluatedSystem {
  const service = createAnswerService(entries);
  return {
    name: 'Attendance Companion (decline rules + BM25F)',
    reply(question) {
      const result = service.answer(question);
      return result.answered
        ? { answerText: result.entry.answer, entryId: result.entry.id }
        : { answerText: null, reason: result.reason };
    },
  };
}

/**
 * Creates the baseline: MiniSearch with its default options (BM25, no fuzzy or prefix matching) over
 * title, phrasings and answer, always answering with its top hit.
 */
export function miniSearchBaseline(entries: readonly KnowledgeEntry[]): EvaluatedSystem {
  const search = new MiniSearch({ fields: ['title', 'phrasings', 'answer'], storeFields: [] });
  search.addAll(entries.map((entry) => ({ ...entry, phrasings: entry.phrasings.join('\n') })));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  return {
    name: 'Baseline: MiniSearch 7 defaults, top hit',
    reply(question) {
      const top = search.search(question)[0];
      const entry = top ? byId.get(String(top.id)) : undefined;
      return entry
        ? { answerText: entry.answer, entryId: entry.id }
        : { answerText: null, reason: 'no hit' };
    },
  };
}

/**
 * Measures the median time of one `reply` call in milliseconds: every question is asked
 * `rounds` times after one warm-up pass, and the median is taken over all calls.
 */
export function medianReplyMilliseconds(
  system: EvaluatedSystem,
  questions: readonly string[],
  rounds = 20,
): number {
  questions.forEach((question) => system.reply(question));
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const start = process.hrtime.bigint();
      system.reply(question);
      timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}
