import { MessageFactory, TurnContext } from 'botbuilder';
import type { AnswerResult } from '../../domain/knowledge/answer-result';
import type { BotDependencies } from '../bot-dependencies';
import { renderAnswerCard, renderDeclineCard, renderHelpCard, toAttachment } from '../cards';
import { buildAnswerCardData } from './answer-card-data';
import { matchPupilListRequest, replyWithPupilList } from './school-data.handler';

/** Maximum question length in characters. A longer message gets a reply asking for a shorter one. */
export const MAX_QUESTION_LENGTH = 1000;

const HELP_COMMANDS = new Set(['help', '/help', '?', 'menu', 'commands']);

/**
 * Replies to a message: a help card, a pupil list card, an answer card, a decline card or a
 * short hint.
 */
export async function handleMessage(context: TurnContext, deps: BotDependencies): Promise<void> {
  const question = readQuestion(context);
  const activityId = context.activity.id;

  if (question === '') {
    await context.sendActivity(emptyMessageReply(context));
    return;
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    await context.sendActivity(
      `That message is ${question.length.toLocaleString('en-GB')} characters long. ` +
        `Please ask one question in under ${MAX_QUESTION_LENGTH.toLocaleString('en-GB')} characters.`,
    );
    return;
  }
  if (HELP_COMMANDS.has(question.toLowerCase())) {
    const card = renderHelpCard({ examples: deps.examples });
    await context.sendActivity(MessageFactory.attachment(toAttachment(card)));
    return;
  }
  // Before the knowledge base, whose decline rules turn away questions about pupils.
  const pupilListRequest = matchPupilListRequest(question);
  if (pupilListRequest !== undefined) {
    await replyWithPupilList(context, deps, pupilListRequest);
    return;
  }

  const result = deps.answerer.answer(question);
  deps.logger.debug(
    { activityId, answered: result.answered, score: result.score, ...describe(result) },
    'Question looked up',
  );
  if (result.answered) {
    const card = renderAnswerCard(
      buildAnswerCardData(question, result.entry, result.related, deps),
    );
    await context.sendActivity(MessageFactory.attachment(toAttachment(card)));
    return;
  }

  const card = renderDeclineCard({
    reason: result.reason,
    message: result.message,
    suggestions: result.suggestions.slice(0, 3).map((entry) => entry.title),
  });
  await context.sendActivity(MessageFactory.attachment(toAttachment(card)));
  await recordUnanswered(context, deps, question, result);
}

/**
 * Returns the question text: the typed message without the bot's @mention, or the question
 * carried by a suggestion button (`{ action: 'ask', question }`).
 */
export function readQuestion(context: TurnContext): string {
  const value = context.activity.value as { action?: unknown; question?: unknown } | undefined;
  if (value?.action === 'ask' && typeof value.question === 'string') {
    return normalizeWhitespace(value.question);
  }
  const withoutMention = TurnContext.removeRecipientMention(context.activity) ?? '';
  return normalizeWhitespace(withoutMention.replace(/<at>[^<]*<\/at>/gi, ''));
}

function normalizeWhitespace(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function emptyMessageReply(context: TurnContext): string {
  const attachments = context.activity.attachments ?? [];
  const hasFiles = attachments.some((a) => a.contentType !== 'text/html');
  if (hasFiles) {
    return 'I can only read typed questions, so I have not opened the attachment. Type your attendance question as a message.';
  }
  return 'Type an attendance question, for example "What is the penalty notice threshold?", or type help.';
}

function describe(result: AnswerResult): Record<string, unknown> {
  return result.answered ? { entryId: result.entry.id } : { reason: result.reason };
}

async function recordUnanswered(
  context: TurnContext,
  deps: BotDependencies,
  question: string,
  result: Extract<AnswerResult, { answered: false }>,
): Promise<void> {
  if (result.reason === 'empty') return;
  try {
    await deps.feedback.add({
      kind: 'unanswered',
      reason: result.reason,
      question,
      score: result.score,
      closestEntryId: result.suggestions[0]?.id ?? '',
      conversationType: context.activity.conversation.conversationType ?? 'personal',
      createdAt: new Date(),
    });
  } catch (error) {
    deps.logger.error(
      { err: error, activityId: context.activity.id },
      'Failed to store an unanswered question',
    );
  }
}
