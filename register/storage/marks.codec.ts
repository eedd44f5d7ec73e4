import { MARK_CATEGORIES } from '../../domain/attendance/codes.lookup';
import { MAX_YEAR_SLOTS } from './academic-year';

/**
 * Year marks in memory: one byte per session slot of an academic year (see `slotOf`), containing
 * `0` for no session or the index in `MARK_CODES` plus 1.
 */
export type YearSlots = Uint8Array;

/** Characters per session in a stored marks string. */
export const SLOT_WIDTH = 2;

/** Every code a slot can contain: the 2024 codes, the withdrawn codes and `-` (no mark). */
export const MARK_CODES: readonly string[] = [...MARK_CATEGORIES.keys()];

const CODE_IDS = new Map(MARK_CODES.map((code, index) => [code, index + 1]));
const EMPTY_SLOT = ' '.repeat(SLOT_WIDTH);
const SLOT_TEXTS = ['', ...MARK_CODES].map((code) => code.padEnd(SLOT_WIDTH, ' '));

/** Creates empty marks for one academic year. */
export function createYearSlots(): YearSlots {
  return new Uint8Array(MAX_YEAR_SLOTS);
}

/** Returns the slot value of a mark code. Throws TypeError for a code not in `MARK_CODES`. */
export function codeIdOf(code: string): number {
  const id = CODE_IDS.get(code);
  if (id === undefined) {
    throw new TypeError(`Invalid mark code ${JSON.stringify(code)}: resolve it with resolveMark.`);
  }
  return id;
}

/** Returns the mark code of a non-zero slot value. */
export function codeOfId(id: number): string {
  return MARK_CODES[id - 1]!;
}

/**
 * Encodes a year's marks as text: each slot is its code padded with spaces to 2 characters,
 * and an empty slot is 2 spaces. Empty slots after the last session are left out, so an
 * autumn term takes about 400 characters and a full year at most 1,464.
 */
export function encodeYearMarks(slots: YearSlots): string {
  let end = slots.length;
  while (end > 0 && slots[end - 1] === 0) end--;
  const parts = new Array<string>(end);
  for (let slot = 0; slot < end; slot++) parts[slot] = SLOT_TEXTS[slots[slot]!]!;
  return parts.join('');
}

/**
 * Decodes text written by `encodeYearMarks`. Throws RangeError for text longer than a year or
 * with a slot that contains no known code, naming the slot, because that means the stored entity
 * was changed by hand or by another program.
 */
export function decodeYearMarks(text: string): YearSlots {
  if (text.length % SLOT_WIDTH !== 0 || text.length > MAX_YEAR_SLOTS * SLOT_WIDTH) {
    throw new RangeError(
      `Invalid stored marks: expected up to ${MAX_YEAR_SLOTS} slots of ${SLOT_WIDTH} characters, got ${text.length} characters.`,
    );
  }
  const slots = createYearSlots();
  for (let slot = 0; slot * SLOT_WIDTH < text.length; slot++) {
    const slotText = text.slice(slot * SLOT_WIDTH, (slot + 1) * SLOT_WIDTH);
    if (slotText === EMPTY_SLOT) continue;
    const id = CODE_IDS.get(slotText.trimEnd());
    if (id === undefined) {
      throw new RangeError(
        `Invalid stored marks: slot ${slot} contains ${JSON.stringify(slotText)}, which is not a mark code.`,
      );
    }
    slots[slot] = id;
  }
  return slots;
}
