import { MARK_CATEGORIES, type MarkCategory, type MarkCode } from './codes.lookup';

/**
 * Every mark code that a session may carry, in a fixed order, so that a code fits in one byte:
 * a code's id is its index here plus 1, and id 0 (`NO_SESSION`) means no session.
 */
export const MARK_CODE_LIST: readonly MarkCode[] = [...MARK_CATEGORIES.keys()] as MarkCode[];

/** Code id of a slot that contains no session. */
export const NO_SESSION = 0;

/** Small numbers for mark categories, as stored in `CATEGORY_OF_CODE_ID`. */
export const CATEGORY_NUMBER = {
  none: 0,
  present: 1,
  approvedActivity: 2,
  authorised: 3,
  unauthorised: 4,
  missing: 5,
  notPossible: 6,
} as const;

const NUMBER_OF_CATEGORY: Record<MarkCategory, number> = {
  present: CATEGORY_NUMBER.present,
  approved_educational_activity: CATEGORY_NUMBER.approvedActivity,
  authorised_absence: CATEGORY_NUMBER.authorised,
  unauthorised_absence: CATEGORY_NUMBER.unauthorised,
  missing: CATEGORY_NUMBER.missing,
  not_possible: CATEGORY_NUMBER.notPossible,
};

/** Category number (see `CATEGORY_NUMBER`) of each code id, with `none` at index 0. */
export const CATEGORY_OF_CODE_ID: Uint8Array = Uint8Array.from([
  NO_SESSION,
  ...MARK_CODE_LIST.map((code) => NUMBER_OF_CATEGORY[MARK_CATEGORIES.get(code)!]),
]);

const CODE_IDS: ReadonlyMap<string, number> = new Map(
  MARK_CODE_LIST.map((code, index) => [code, index + 1]),
);

/** Returns the code id of a mark code, or `NO_SESSION` for text that is not a mark code. */
export function markCodeIdOf(code: string): number {
  return CODE_IDS.get(code) ?? NO_SESSION;
}

/** Returns the mark code of a code id from 1 to `MARK_CODE_LIST.length`. */
export function markCodeOfId(id: number): MarkCode {
  const code = MARK_CODE_LIST[id - 1];
  if (code === undefined) {
    throw new RangeError(
      `Invalid mark code id ${id}: expected 1 to ${MARK_CODE_LIST.length} (0 means no session).`,
    );
  }
  return code;
}
