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
  const { question, ...entryData } = data;
  const cacheKey = JSON.stringify(entryData);
  let expanded = expandedByEntry.get(cacheKey);
  if (expanded === undefined) {
    expanded = JSON.stringify(expandForEntry(entryData));
    remember(cacheKey, expanded);
  }
  const questionText = question.replaceAll('\u0000', '');
  const filled = expanded
    .replaceAll(DISPLAYED_QUESTION_JSON, () => jsonStringContent(escapeMarkdown(questionText)))
    .replaceAll(FEEDBACK_QUESTION_JSON, () =>
      jsonStringContent(escapeTemplateExpressions(questionText)),
    );
  return JSON.parse(filled) as AdaptiveCard;
}

/**
 * Expanded cards by everything but the question, as JSON. Expanding the template costs about
 * 0.2 ms a card, while the same entry is asked about again and again, so the template is
 * expanded once per entry with placeholders, and each question is filled into a copy.
 */
const expandedByEntry = new Map<string, string>();
const MAX_CACHED_CARDS = 500;

/** Placeholders that user text cannot produce, because NUL characters are removed from it. */
const DISPLAYED_QUESTION = '\u0000displayed-question\u0000';
const FEEDBACK_QUESTION = '\u0000feedback-question\u0000';
const DISPLAYED_QUESTION_JSON = jsonStringContent(DISPLAYED_QUESTION);
const FEEDBACK_QUESTION_JSON = jsonStringContent(FEEDBACK_QUESTION);

function expandForEntry(data: Omit<AnswerCardData, 'question'>): AdaptiveCard {
  const sources = data.sources
    .map(toSourceLink)
    .filter((link): link is SourceLink => link !== undefined);

  return expandCardTemplate(template, {
    title: escapeMarkdown(data.title),
    displayedQuestion: DISPLAYED_QUESTION,
    answer: escapeTemplateExpressions(data.answer),
    sources,
    lastReviewed: formatReviewDate(data.lastReviewed),
    related: toQuestionButtons(data.related),
    entryId: escapeTemplateExpressions(data.entryId),
    feedbackQuestion: FEEDBACK_QUESTION,
    feedbackGiven: data.feedbackGiven === true,
  });
}

function remember(key: string, card: string): void {
  if (expandedByEntry.size >= MAX_CACHED_CARDS) {
    expandedByEntry.delete(expandedByEntry.keys().next().value!);
  }
  expandedByEntry.set(key, card);
}

/** Returns a string as it appears between the quotes of a JSON string literal. */
function jsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
