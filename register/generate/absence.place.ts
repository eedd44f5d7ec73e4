import { IS_ABSENCE, IS_NOT_POSSIBLE } from './codes.ids';

/**
 * Returns the first session from `from` onwards, stepping by `step` and wrapping round once, that
 * an absence may take: a possible session not already absent. Returns -1 when there is none.
 */
export function findFreeSession(marks: Uint8Array, from: number, step: 1 | 2): number {
  const parity = step === 2 ? from % 2 : 0;
  const slots = Math.ceil((marks.length - parity) / step);
  const firstSlot = Math.floor((from - parity) / step);
  for (let offset = 0; offset < slots; offset++) {
    const index = parity + ((firstSlot + offset) % slots) * step;
    const code = marks[index]!;
    if (IS_NOT_POSSIBLE[code] === 0 && IS_ABSENCE[code] === 0) return index;
  }
  return -1;
}

/**
 * Writes an episode of up to `length` sessions of `code` from `start`, stepping by `step`. Sessions
 * that are not possible are skipped. An absence already placed ends the episode early, or is
 * skipped when `step` is 2 (a pattern of afternoons goes on past a day of illness). The episode
 * also ends at the end of the pupil's time on roll. Returns the number of sessions written.
 */
export function placeEpisode(
  marks: Uint8Array,
  start: number,
  length: number,
  code: number,
  step: 1 | 2,
): number {
  let placed = 0;
  for (let index = start; index < marks.length && placed < length; index += step) {
    const current = marks[index]!;
    if (IS_NOT_POSSIBLE[current] === 1) continue;
    if (IS_ABSENCE[current] === 1) {
      if (step === 1) break;
      continue;
    }
    marks[index] = code;
    placed++;
  }
  return placed;
}
