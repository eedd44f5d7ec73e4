import type { DeclineReason } from '../../domain/knowledge/answer-result';
import type { AdaptiveCard } from './adaptive-card';
import { expandCardTemplate } from './card-template';
import { escapeMarkdown } from './escape';
import { toQuestionButtons } from './question-buttons';
import template from './templates/decline.card.json';

/** Data for the card sent when the bot does not answer a question. */
export interface DeclineCardData {
  /** Reason the question was not answered, which selects the heading and the styling. */
  reason: DeclineReason;
  /** Plain text telling the user who to contact instead. */
  message: string;
  /** Question titles offered as "ask" buttons: at most three are shown, and none for safeguarding. */
  suggestions?: string[];
}

const HEADINGS: Record<DeclineReason, string> = {
  safeguarding: 'This may be a safeguarding concern',
  'pupil-data': 'Please do not share pupil details here',
  'other-nation': 'I can only answer for schools in England',
  'off-topic': 'I can only answer school attendance questions',
  'low-confidence': 'I could not find a reliable answer to that',
  empty: 'I did not receive a question',
};

/**
 * Renders the decline card. A safeguarding decline is shown in an "attention" container and never
 * offers suggestion buttons, so that the only next step on the card is to contact the DSL.
 */
export function renderDeclineCard(data: DeclineCardData): AdaptiveCard {
  const isSafeguarding = data.reason === 'safeguarding';
  const suggestions = isSafeguarding ? [] : (data.suggestions ?? []);

  return expandCardTemplate(template, {
    prominent: isSafeguarding,
    heading: HEADINGS[data.reason],
    message: escapeMarkdown(data.message),
    suggestions: toQuestionButtons(suggestions),
  });
}
