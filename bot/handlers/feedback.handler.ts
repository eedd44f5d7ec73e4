import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import type { BotDependencies } from '../bot-dependencies';
import { renderAnswerCard } from '../cards';
import { buildAnswerCardData } from './answer-card-data';
import { MAX_QUESTION_LENGTH } from './message.handler';

const MAX_COMMENT_LENGTH = 500;

/** Feedback carried by the answer card's "Was this helpful?" actions, once validated. */
interface FeedbackData {
  entryId: string;
  helpful: boolean;
  question: string;
  comment: string;
}

/**
 * Stores feedback from an answer card and returns the same answer with the feedback
 * buttons replaced by thanks. Missing or tampered data gets a 400 that says what is wrong.
 */
export async function handleFeedbackAction(
  context: TurnContext,
  invokeValue: AdaptiveCardInvokeValue,
  deps: BotDependencies,
): Promise<AdaptiveCardInvokeResponse> {
  const activityId = context.activity.id;
  if (invokeValue.action.verb !== 'feedback') {
    return badRequest(
      `Unknown card action "${String(invokeValue.action.verb)}". This card may be out of date: ask the question again.`,
    );
  }

  const parsed = parseFeedbackData(invokeValue.action.data, deps);
  if (typeof parsed === 'string') {
    deps.logger.warn({ activityId, problem: parsed }, 'Rejected feedback with invalid data');
    return badRequest(parsed);
  }

  try {
    await deps.feedback.add({
      kind: 'feedback',
      ...parsed,
      conversationType: context.activity.conversation.conversationType ?? 'personal',
      createdAt: new Date(),
    });
  } catch (error) {
    deps.logger.error({ err: error, activityId }, 'Failed to store feedback');
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Sorry, your feedback could not be saved just now. Please try again in a few minutes.',
    } as unknown as AdaptiveCardInvokeResponse;
  }

  deps.logger.info(
    { activityId, entryId: parsed.entryId, helpful: parsed.helpful },
    'Feedback stored',
  );
  const entry = deps.entries.get(parsed.entryId)!;
  const data = buildAnswerCardData(parsed.question, entry, [], deps, true);
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: renderAnswerCard(data) as unknown as AdaptiveCardInvokeResponse['value'],
  };
}

/** Returns the validated feedback, or a message naming the first invalid field. */
function parseFeedbackData(data: unknown, deps: BotDependencies): FeedbackData | string {
  if (typeof data !== 'object' || data === null) {
    return 'The card action carried no data. Ask the question again and use the new card.';
  }
  const record = data as Record<string, unknown>;
  const { entryId, helpful, question } = record;
  const comment = record.comment ?? '';

  if (typeof entryId !== 'string' || !deps.entries.has(entryId)) {
    return `Unknown knowledge-base entry "${String(entryId)}". Ask the question again and use the new card.`;
  }
  if (typeof helpful !== 'boolean') {
    return `Invalid value "${String(helpful)}" for helpful. It must be true or false.`;
  }
  if (typeof question !== 'string' || question.length > MAX_QUESTION_LENGTH) {
    return `Invalid question in the card data. Ask the question again and use the new card.`;
  }
  if (typeof comment !== 'string' || comment.length > MAX_COMMENT_LENGTH) {
    return `The comment must be text of at most ${MAX_COMMENT_LENGTH} characters.`;
  }
  return { entryId, helpful, question, comment: comment.trim() };
}

function badRequest(message: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message } as unknown as AdaptiveCardInvokeResponse['value'],
  };
}
