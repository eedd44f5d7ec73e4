import { escapeMarkdown } from './escape';

/** Template data for one source link of the answer card. */
export interface SourceLink {
  /** Link text, escaped for markdown. */
  title: string;
  /** Absolute http(s) URL, safe to place inside a markdown link target. */
  url: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const REVIEW_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Converts a source into a markdown link, or returns undefined when its URL is not an absolute
 * http or https URL, because Teams would not open anything else.
 */
export function toSourceLink(source: { title: string; url: string }): SourceLink | undefined {
  if (!URL.canParse(source.url)) {
    return undefined;
  }

  const url = new URL(source.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return undefined;
  }

  const title = source.title.trim() || url.hostname;
  return { title: escapeMarkdown(title), url: url.href.replace(/[(){}]/g, percentEncode) };
}

/** Formats an ISO date (YYYY-MM-DD) as, for example, "4 March 2025", or escapes other text as is. */
export function formatReviewDate(isoDate: string): string {
  if (!ISO_DATE.test(isoDate)) {
    return escapeMarkdown(isoDate);
  }

  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    return escapeMarkdown(isoDate);
  }

  return REVIEW_DATE_FORMAT.format(date);
}

function percentEncode(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}
