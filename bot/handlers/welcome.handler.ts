import { MessageFactory, type TurnContext } from 'botbuilder';
import type { BotDependencies } from '../bot-dependencies';
import { renderWelcomeCard, toAttachment } from '../cards';

/** Sends the welcome card for the scope the bot was installed in. */
export async function sendWelcome(context: TurnContext, deps: BotDependencies): Promise<void> {
  const conversationType = context.activity.conversation?.conversationType;
  const scope =
    conversationType === 'channel'
      ? 'team'
      : conversationType === 'groupChat'
        ? 'groupChat'
        : 'personal';
  const card = renderWelcomeCard({ scope, examples: deps.examples });
  await context.sendActivity(MessageFactory.attachment(toAttachment(card)));
  deps.logger.info({ activityId: context.activity.id, scope }, 'Welcome card sent');
}
