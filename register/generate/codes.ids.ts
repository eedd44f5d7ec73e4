import type { MarkCode } from '../../domain/attendance';

/**
 * Marks the generator can write, indexed by a small code id so that a pupil's register fits in
 * a `Uint8Array`. Every entry is a 2024 national code, or `-` for a session with no mark.
 */
export const GENERATED_CODES = [
  '/',
  '\\',
  'L',
  'K',
  'V',
  'P',
  'W',
  'B',
  'C',
  'C1',
  'C2',
  'E',
  'I',
  'J1',
  'M',
  'R',
  'S',
  'T',
  'G',
  'N',
  'O',
  'U',
  'D',
  'Y1',
  '#',
  '-',
] as const satisfies readonly MarkCode[];

/** A mark the generator writes. */
export type GeneratedCode = (typeof GENERATED_CODES)[number];

/** Absence codes, which the absence model draws episodes of. */
export type AbsenceCode =
  'C' | 'C1' | 'C2' | 'E' | 'I' | 'J1' | 'M' | 'R' | 'S' | 'T' | 'G' | 'N' | 'O' | 'U';

/** Returns the code id of a generated mark. */
export function codeId(code: GeneratedCode): number {
  return GENERATED_CODES.indexOf(code);
}

/** Code ids used directly by the mark generator. */
export const CODE = {
  presentAm: codeId('/'),
  presentPm: codeId('\\'),
  late: codeId('L'),
  laArranged: codeId('K'),
  visit: codeId('V'),
  sport: codeId('P'),
  workExperience: codeId('W'),
  offSite: codeId('B'),
  dualRegistered: codeId('D'),
  transportUnavailable: codeId('Y1'),
  inset: codeId('#'),
  noMark: codeId('-'),
} as const;

const ABSENCE_CODES: ReadonlySet<string> = new Set<AbsenceCode>([
  'C',
  'C1',
  'C2',
  'E',
  'I',
  'J1',
  'M',
  'R',
  'S',
  'T',
  'G',
  'N',
  'O',
  'U',
]);
const NOT_POSSIBLE_CODES: ReadonlySet<string> = new Set(['D', 'Y1', '#', '-']);

/** 1 for code ids that record an absence, by code id. */
export const IS_ABSENCE = Uint8Array.from(GENERATED_CODES, (code) =>
  ABSENCE_CODES.has(code) ? 1 : 0,
);

/**
 * 1 for code ids of sessions that are not possible sessions (`D`, `Y1`, `#`) or have no mark
 * (`-`), by code id. An absence may not replace them.
 */
export const IS_NOT_POSSIBLE = Uint8Array.from(GENERATED_CODES, (code) =>
  NOT_POSSIBLE_CODES.has(code) ? 1 : 0,
);
