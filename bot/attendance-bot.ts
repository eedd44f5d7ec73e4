import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { BotDependencies } from './bot-dependencies';
import { handleFeedbackAction } from './handlers/feedback.handler';
import { handleMessage } from './handlers/message.handler';
import { sendWelcome } from './handlers/welcome.handler';

/** The Teams bot: answers attendance questions, welcomes new installs, stores feedback. */
export class AttendanceBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDependencies) {
    super();

    this.onMessage(async (context, next) => {
      await handleMessage(context, this.deps);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      if (added.some((member) => member.id === botId)) {
        await sendWelcome(context, this.deps);
      }
      await next();
    });
  }

  /** Stores the conversation reference before dispatching, so later alerts can reach it. */
  override async run(context: TurnContext): Promise<void> {
    await this.saveConversationReference(context);
    await super.run(context);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return handleFeedbackAction(context, invokeValue, this.deps);
  }

  private async saveConversationReference(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!activity.conversation?.id || !activity.serviceUrl) return;
    try {
      const tenantId =
        (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ??
        activity.conversation.tenantId ??
        '';
      const reference = TurnContext.getConversationReference(activity);
      delete reference.activityId;
      await this.deps.conversations.save({
        reference,
        conversationType: activity.conversation.conversationType ?? 'personal',
        tenantId,
        updatedAt: new Date(),
      });
    } catch (error) {
      this.deps.logger.error(
        { err: error, activityId: activity.id },
        'Failed to store the conversation reference',
      );
    }
  }
}
