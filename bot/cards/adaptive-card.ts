/** Adaptive Card schema version that every card of the bot targets. */
export const ADAPTIVE_CARD_VERSION = '1.5';

/** Content type of an Adaptive Card attachment in a Bot Framework activity. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Expanded Adaptive Card 1.5 payload, ready to send as attachment content. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: typeof ADAPTIVE_CARD_VERSION;
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  [property: string]: unknown;
}

/** Bot Framework attachment that carries an Adaptive Card. */
export interface AdaptiveCardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

/** Wraps a rendered card as a Bot Framework attachment. */
export function toAttachment(card: AdaptiveCard): AdaptiveCardAttachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
