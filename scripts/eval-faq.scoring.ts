import type { EvalQuestion, KeyFacts } from './eval-faq.data';

/** Reply of a system to one question: the answer text, or null when the system declined. */
export interface SystemReply {
  answerText: string | null;
  /** Entry id behind the answer, for the failure list. */
  entryId?: string;
  /** Decline reason, for the failure list. */
  reason?: string;
}

/** Scored outcome of one question. */
export interface QuestionOutcome {
  question: EvalQuestion;
  reply: SystemReply;
  correct: boolean;
}

/** Totals for one system. */
export interface EvalSummary {
  answerableCorrect: number;
  answerableTotal: number;
  declineCorrect: number;
  declineTotal: number;
  failures: QuestionOutcome[];
}

/**
 * Returns whether an answer text states a fact: it must match every expression of the fact.
 * A fact id missing from the key facts is an error, because it means the data files disagree.
 */
export function statesFact(answerText: string, factId: string, keyFacts: KeyFacts): boolean {
  const patterns = keyFacts[factId];
  if (!patterns) {
    throw new Error(`Fact ${factId} has no expressions in the key facts file.`);
  }
  return patterns.every((pattern) => pattern.test(answerText));
}

/**
 * Scores one reply. A `none` question is correct when the system declined. Any other question
 * is correct when the system answered and the answer states the labelled fact or one of the
 * alternative facts.
 */
export function scoreReply(
  question: EvalQuestion,
  reply: SystemReply,
  keyFacts: KeyFacts,
): boolean {
  if (question.label === 'none') {
    return reply.answerText === null;
  }
  if (reply.answerText === null) {
    return false;
  }
  const text = reply.answerText;
  const labels = [question.label, ...(question.alt_labels ?? [])];
  return labels.some((factId) => statesFact(text, factId, keyFacts));
}

/** Scores every question and totals answerable and must-decline questions separately. */
export function summarise(
  questions: readonly EvalQuestion[],
  replies: readonly SystemReply[],
  keyFacts: KeyFacts,
): EvalSummary {
  const outcomes = questions.map((question, index) => {
    const reply = replies[index] ?? { answerText: null };
    return { question, reply, correct: scoreReply(question, reply, keyFacts) };
  });
  const answerable = outcomes.filter((outcome) => outcome.question.label !== 'none');
  const declines = outcomes.filter((outcome) => outcome.question.label === 'none');
  return {
    answerableCorrect: answerable.filter((outcome) => outcome.correct).length,
    answerableTotal: answerable.length,
    declineCorrect: declines.filter((outcome) => outcome.correct).length,
    declineTotal: declines.length,
    failures: outcomes.filter((outcome) => !outcome.correct),
  };
}
