import { Template } from 'adaptivecards-templating';
import type { AdaptiveCard } from './adaptive-card';

/**
 * Expands a card template with `data` as the `$root` scope.
 *
 * Values are bound as data and never parsed as template expressions, but text still has to be
 * escaped by the caller for markdown (see `escape.ts`). A template field with no matching data
 * property is left as a literal `${...}`, so callers pass every field, even when empty.
 */
export function expandCardTemplate(template: object, data: object): AdaptiveCard {
  const expanded: unknown = new Template(structuredClone(template)).expand({ $root: data });
  return expanded as AdaptiveCard;
}
