import type { AdaptiveCard } from './adaptive-card';
import { expandCardTemplate } from './card-template';
import { escapeMarkdown } from './escape';
import template from './templates/error.card.json';

/** Data for the card sent when handling a message failed unexpectedly. */
export interface ErrorCardData {
  /** Id that staff can quote when they report the problem, such as the activity id. */
  referenceId?: string;
}

/** Renders the apology card, with the reference id when one is given. */
export function renderErrorCard(data: ErrorCardData = {}): AdaptiveCard {
  const referenceId = data.referenceId?.trim() ?? '';

  return expandCardTemplate(template, {
    hasReference: referenceId.length > 0,
    referenceId: escapeMarkdown(referenceId),
  });
}
