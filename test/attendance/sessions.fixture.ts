import type { MarkCode, SessionMark } from '../../domain/attendance';

const MILLISECONDS_PER_DAY = 86_400_000;

/** Returns the ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MILLISECONDS_PER_DAY)
    .toISOString()
    .slice(0, 10);
}

/**
 * Builds the 10 sessions of the school week starting on `monday`, Monday AM first.
 * `codes` fill the first sessions and the rest are present (`/` or `\`).
 */
export function schoolWeek(monday: string, codes: readonly MarkCode[] = []): SessionMark[] {
  if (codes.length > 10)
    throw new RangeError(`A school week has 10 sessions, not ${codes.length}.`);
  const sessions: SessionMark[] = [];
  for (let index = 0; index < 10; index++) {
    const session = index % 2 === 0 ? 'AM' : 'PM';
    const present: MarkCode = session === 'AM' ? '/' : '\\';
    sessions.push({ date: addDays(monday, index >> 1), session, code: codes[index] ?? present });
  }
  return sessions;
}

/** Builds consecutive school weeks from `firstMonday`, one list of codes per week. */
export function schoolWeeks(
  firstMonday: string,
  codesPerWeek: readonly MarkCode[][],
): SessionMark[] {
  return codesPerWeek.flatMap((codes, week) => schoolWeek(addDays(firstMonday, week * 7), codes));
}

/**
 * Builds sessions with the given number of each code, two a day from 2024-09-02 on, so every
 * session has its own date and half-day.
 */
export function sessionsWithCounts(counts: Partial<Record<MarkCode, number>>): SessionMark[] {
  const sessions: SessionMark[] = [];
  for (const [code, count] of Object.entries(counts) as [MarkCode, number][]) {
    for (let index = 0; index < count; index++) {
      const position = sessions.length;
      sessions.push({
        date: addDays('2024-09-02', position >> 1),
        session: position % 2 === 0 ? 'AM' : 'PM',
        code,
      });
    }
  }
  return sessions;
}
