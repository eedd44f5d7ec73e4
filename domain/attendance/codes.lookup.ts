import { REGISTER_CODES, type CodeCategory, type RegisterCode } from './codes.table';
import { WITHDRAWN_CODES, type WithdrawnCode } from './codes.withdrawn';

/** Register entry for a session with no mark recorded. It is not a national code. */
export const NO_MARK = '-';

/** Code stored on a session: a 2024 code, a withdrawn code accepted for an earlier date, or `-`. */
export type MarkCode = RegisterCode | WithdrawnCode | typeof NO_MARK;

/** Category of a stored mark: a code category, or `missing` for `-`. */
export type MarkCategory = CodeCategory | 'missing';

function buildCategoryMap(): Map<string, MarkCategory> {
  const categories = new Map<string, MarkCategory>();
  for (const definition of REGISTER_CODES) categories.set(definition.code, definition.category);
  for (const definition of WITHDRAWN_CODES.values()) {
    categories.set(definition.code, definition.category);
  }
  categories.set(NO_MARK, 'missing');
  return categories;
}

/**
 * Category of every mark code that a session may carry. Hot loops read this map directly
 * rather than calling `categoryOfMark` for each session.
 */
export const MARK_CATEGORIES: ReadonlyMap<string, MarkCategory> = buildCategoryMap();
const REGISTER_CODE_SET: ReadonlySet<string> = new Set(REGISTER_CODES.map((entry) => entry.code));

/** Reports whether the text is a register code in force from 19 August 2024. */
export function isRegisterCode(text: string): text is RegisterCode {
  return REGISTER_CODE_SET.has(text);
}

/**
 * Returns the category of a stored mark. Withdrawn codes get the category they had before
 * 19 August 2024, because `resolveMark` accepts them only for sessions before that date.
 * Throws TypeError for a value that is not a mark code, which means it bypassed `resolveMark`.
 */
export function categoryOfMark(code: string): MarkCategory {
  const category = MARK_CATEGORIES.get(code);
  if (category === undefined) throw invalidMarkCodeError(code);
  return category;
}

/** Builds the TypeError for a session code that did not come from `resolveMark`. */
export function invalidMarkCodeError(code: string): TypeError {
  return new TypeError(
    `Invalid mark code ${JSON.stringify(code)}: resolve it with resolveMark first.`,
  );
}

/** Reports whether a category counts as a possible session (attendance or absence). */
export function isPossibleCategory(category: MarkCategory): boolean {
  return category !== 'not_possible' && category !== 'missing';
}

/** Lists every 2024 register code, then `-`, separated by spaces, for error messages. */
export function listValidCodes(): string {
  return [...REGISTER_CODES.map((entry) => entry.code), NO_MARK].join(' ');
}
