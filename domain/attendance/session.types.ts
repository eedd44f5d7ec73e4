import type { MarkCode } from './codes.lookup';

/** Morning or afternoon register session. */
export type SessionName = 'AM' | 'PM';

/** One register mark for one pupil. */
export interface SessionMark {
  /** Calendar date of the session, `YYYY-MM-DD`. */
  date: string;
  session: SessionName;
  /** Code after `resolveMark` has checked it. */
  code: MarkCode;
}
