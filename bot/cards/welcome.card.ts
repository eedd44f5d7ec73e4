import type { AdaptiveCard } from './adaptive-card';
import { expandCardTemplate } from './card-template';
import { toQuestionButtons } from './question-buttons';
import template from './templates/welcome.card.json';

/** Teams scope the bot was installed in. */
export type InstallScope = 'personal' | 'team' | 'groupChat';

/** Data for the card the bot sends when it is installed or first messaged. */
export interface WelcomeCardData {
  /** Install scope, which decides whether users must @mention the bot. */
  scope: InstallScope;
  /** Example questions, of which the first three become "ask" buttons. */
  examples: string[];
}

const MENTION_HINTS: Record<Exclude<InstallScope, 'personal'>, string> = {
  team: 'In a channel, mention me with **@Attendance Companion** followed by your question.',
  groupChat: 'In this chat, mention me with **@Attendance Companion** followed by your question.',
};

const HELP_HINTS: Record<InstallScope, string> = {
  personal: 'Type **help** at any time to see what I can do.',
  team: 'Send **@Attendance Companion help** at any time to see what I can do.',
  groupChat: 'Send **@Attendance Companion help** at any time to see what I can do.',
};

/** Renders the welcome card for a personal, team or group chat install. */
export function renderWelcomeCard(data: WelcomeCardData): AdaptiveCard {
  const mentionRequired = data.scope !== 'personal';

  return expandCardTemplate(template, {
    mentionRequired,
    mentionHint: data.scope === 'personal' ? '' : MENTION_HINTS[data.scope],
    helpHint: HELP_HINTS[data.scope],
    examples: toQuestionButtons(data.examples),
  });
}
