import type { AdaptiveCard } from './adaptive-card';
import { formatReviewDate, toSourceLink, type SourceLink } from './answer.format';
import { expandCardTemplate } from './card-template';
import { escapeMarkdown, escapeTemplateExpressions } from './escape';
import { toQuestionButtons } from './question-buttons';
import template from './templates/answer.card.json';

/** Data for the card that answers a staff question from one knowledge base entry. */
export interface AnswerCardData {
  /**
   * Question as the user typed it. The card shows it markdown-escaped, and the feedback actions
   * send it back with any `${` broken by a zero-width space.
   */
  question: string;
  /** Id of the knowledge base entry that answers the question. */
  entryId: string;
  /** Entry title, shown as the card heading. */
  title: string;
  /** Entry answer in markdown, which is kept because the knowledge base authors wrote it. */
  answer: string;
  /** Public pages that back the answer. Sources without an http(s) URL are left out. */
  sources: { title: string; url: string }[];
  /** Titles of related entries, of which the first three become "ask" buttons. */
  related: string[];
  /** ISO date (YYYY-MM-DD) when the entry was last checked against its sources. */
  lastReviewed: string;
  /** When true, the feedback buttons are replaced by a thank-you line. */
  feedbackGiven?: boolean;
}

/**
 * Renders the answer card, with source links, up to three related question buttons and the
 * "Was this helpful?" feedback actions (Action.Execute, verb `feedback`, data
 * `{ entryId, helpful, question }`, plus the optional `comment` input when not helpful).
 *
 * To confirm feedback, render the same data again with `feedbackGiven: true` and return that card
 * as the invoke response, so the answer stays visible.
 */
export function renderAnswerCard(data: AnswerCardData): AdaptiveCard {
  const sources = data.sources
    .map(toSourceLink)
    .filter((link): link is SourceLink => link !== undefined);

  return expandCardTemplate(template, {
    title: escapeMarkdown(data.title),
    displayedQuestion: escapeMarkdown(data.question),
    answer: escapeTemplateExpressions(data.answer),
    sources,
    lastReviewed: formatReviewDate(data.lastReviewed),
    related: toQuestionButtons(data.related),
    entryId: escapeTemplateExpressions(data.entryId),
    feedbackQuestion: escapeTemplateExpressions(data.question),
    feedbackGiven: data.feedbackGiven === true,
  });
}
