import type { AnswerResult } from './answer-result';
import { DECLINE_MESSAGES } from './decline-messages';
import { checkDeclineRules } from './decline-rules';
import type { KnowledgeEntry } from './knowledge-entry';
import { RetrievalIndex, type RankedEntry, type RetrievalTuning } from './retrieval';

/** Thresholds and list sizes for `createAnswerService`. */
export interface AnswerServiceOptions {
  /** Lowest share of the question's terms the best entry must contain (0–1). */
  minimumCoverage?: number;
  /** Lowest retrieval score the best entry must reach. */
  minimumScore?: number;
  /**
   * Lower score bar for a question whose every term the best entry contains, so short
   * questions such as "what's C2" can be answered.
   */
  minimumScoreAtFullCoverage?: number;
  /** Most entries offered as suggestions on a low-confidence decline. */
  maxSuggestions?: number;
  /** Most entries returned as related to an answer. */
  maxRelated?: number;
  /** BM25F settings passed to the retrieval index. */
  tuning?: RetrievalTuning;
}

/** Answers staff questions from the knowledge base. */
export interface AnswerService {
  /** Returns an answer, or a decline with the reason and who to contact instead. */
  answer(question: string): AnswerResult;
}

/**
 * Thresholds set between the scores of answerable and off-topic questions seen in
 * `npm run eval:faq` and in hand-written off-topic questions.
 * NOTE: BM25 scores shift as entries are added, so re-check `minimumScore` after large
 * changes to the knowledge base.
 */
const DEFAULTS = {
  minimumCoverage: 0.25,
  minimumScore: 3.4,
  minimumScoreAtFullCoverage: 2.5,
  maxSuggestions: 3,
  maxRelated: 3,
};

/** A further match is offered as related when it scores at least this share of the best one. */
const RELATED_SCORE_SHARE = 0.5;

/**
 * Creates the question answerer: the decline rules run first, then retrieval ranks the
 * entries, and the best entry is returned only when it clears both confidence thresholds and
 * contains every required word of the question (such as "appeal").
 * The retrieval index is built here, once, so each `answer` call is cheap.
 */
export function createAnswerService(
  entries: readonly KnowledgeEntry[],
  options: AnswerServiceOptions = {},
): AnswerService {
  const settings = { ...DEFAULTS, ...options };
  const index = new RetrievalIndex(entries, options.tuning);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const isKnownWord = (word: string) => index.knowsWord(word);

  return {
    answer(question: string): AnswerResult {
      if (question.trim() === '') {
        return decline('empty', DECLINE_MESSAGES.empty);
      }
      const ruled = checkDeclineRules(question, { isKnownWord });
      if (ruled) {
        return decline(ruled.reason, ruled.message);
      }

      const { ranked, coverage, missingRequired } = index.search(question);
      const best = ranked[0];
      const confident =
        best !== undefined &&
        missingRequired.length === 0 &&
        isConfident(best.score, coverage, settings);
      if (!best || !confident) {
        const suggestions = ranked.slice(0, settings.maxSuggestions).map((item) => item.entry);
        return decline(
          'low-confidence',
          DECLINE_MESSAGES['low-confidence'],
          best?.score,
          suggestions,
        );
      }
      const related = pickRelated(best, ranked.slice(1), byId, settings.maxRelated);
      return { answered: true, entry: best.entry, score: best.score, related };
    },
  };
}

function isConfident(score: number, coverage: number, settings: typeof DEFAULTS): boolean {
  if (coverage < settings.minimumCoverage) {
    return false;
  }
  const fullCoverage = coverage >= 1 - 1e-9;
  return score >= (fullCoverage ? settings.minimumScoreAtFullCoverage : settings.minimumScore);
}

function pickRelated(
  best: RankedEntry,
  others: readonly RankedEntry[],
  byId: ReadonlyMap<string, KnowledgeEntry>,
  maximum: number,
): KnowledgeEntry[] {
  const picked = others
    .filter((item) => item.score >= best.score * RELATED_SCORE_SHARE)
    .map((item) => item.entry);
  for (const id of best.entry.related ?? []) {
    const entry = byId.get(id);
    if (entry && !picked.includes(entry)) {
      picked.push(entry);
    }
  }
  return picked.slice(0, maximum);
}

function decline(
  reason: Exclude<AnswerResult, { answered: true }>['reason'],
  message: string,
  score = 0,
  suggestions: KnowledgeEntry[] = [],
): AnswerResult {
  return { answered: false, reason, message, score, suggestions };
}
