import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { renderErrorCard, toAttachment } from './cards';
import type { BotCredentials } from './config';
import type { Logger } from './logger';

/**
 * Bot Framework adapter that lets the HTTP layer pass an already validated activity, so that
 * request errors are answered and logged in one place instead of by the SDK's console output.
 */
export class BotAdapter extends CloudAdapter {
  /** Authenticates the request (when credentials are set) and runs `logic` for the activity. */
  handleActivity(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * Creates the Bot Framework adapter. Without credentials it runs in local mode and accepts
 * unauthenticated requests; with credentials every request needs a valid Bot Framework token.
 */
export function createAdapter(credentials: BotCredentials | undefined, logger: Logger): BotAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(credentials ? { ...credentials } : {});
  const adapter = new BotAdapter(auth);
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
