const ZERO_WIDTH_SPACE = '\u200B';

/** Characters that start or close emphasis, links, code, HTML or template expressions anywhere. */
const INLINE_MARKDOWN = /[\\`*_[\]{}<>~|#]/g;

/** Line starts that open a list item or a setext heading in CommonMark. */
const BLOCK_MARKERS = /^(\s*)([-+=]|\d+[.)])/gm;

/**
 * Escapes user or data text so that a TextBlock shows it literally.
 *
 * Uses CommonMark backslash escapes, so `**bold**`, `[text](url)`, `# heading` and `- item` stay
 * plain text, and `{` is escaped so the result never contains a template expression `${`.
 * NOTE: bare URLs are left as they are, so Teams may still turn them into links.
 */
export function escapeMarkdown(text: string): string {
  const inlineEscaped = text.replace(INLINE_MARKDOWN, (character) => `\\${character}`);

  return inlineEscaped.replace(BLOCK_MARKERS, (_match, indent: string, marker: string) => {
    const lastCharacter = marker.slice(-1);
    return `${indent}${marker.slice(0, -1)}\\${lastCharacter}`;
  });
}

/**
 * Breaks every `${` in text that is shown without markdown (button titles, action data) or in
 * trusted markdown (knowledge base answers), by putting a zero-width space between `$` and `{`.
 *
 * The card templating engine does not evaluate data values, but a leftover `${` in an expanded
 * card is also the sign of a missing data field, so expanded cards are kept free of it.
 */
export function escapeTemplateExpressions(text: string): string {
  return text.replaceAll('${', () => '$' + ZERO_WIDTH_SPACE + '{');
}
