import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import { renderErrorCard, toAttachment } from './cards';
import type { BotCredentials } from './config';
import type { Logger } from './logger';

/**
 * Creates the Bot Framework adapter. Without credentials it runs in local mode and accepts
 * unauthenticated requests; with credentials every request needs a valid Bot Framework token.
 */
export function createAdapter(
  credentials: BotCredentials | undefined,
  logger: Logger,
): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(credentials ? { ...credentials } : {});
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const activityId = context.activity.id;
    logger.error(
      { err: error, activityId, type: context.activity.type },
      'Unhandled error in a turn',
    );
    if (context.activity.type !== 'message') return;
    try {
      const card = renderErrorCard({ referenceId: activityId });
      await context.sendActivity(MessageFactory.attachment(toAttachment(card)));
    } catch (sendError) {
      logger.error({ err: sendError, activityId }, 'Failed to send the error card');
    }
  };
  return adapter;
}
