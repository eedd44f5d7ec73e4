import type { AdaptiveCard } from './adaptive-card';
import { expandCardTemplate } from './card-template';
import { toQuestionButtons } from './question-buttons';
import template from './templates/help.card.json';

/** Data for the card sent in reply to `help`. */
export interface HelpCardData {
  /** Example questions, of which the first three become "ask" buttons. */
  examples: string[];
}

/** Renders the help card: commands, example questions, the privacy note and who to contact. */
export function renderHelpCard(data: HelpCardData): AdaptiveCard {
  return expandCardTemplate(template, { examples: toQuestionButtons(data.examples) });
}
