/** One sliding-window limit: at most `limit` requests in any `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/**
 * Teams' published limits for bots sending to one conversation (per bot per thread), from
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
 */
export const TEAMS_THREAD_LIMITS: RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** Teams' global limit for one app in one tenant: 50 requests per second. */
export const TEAMS_TENANT_LIMITS: RateWindow[] = [{ limit: 50, windowMs: 1_000 }];

/** Sliding-window rate limiter keyed by conversation or tenant, as the Teams service applies it. */
export class SlidingWindowLimiter {
  private readonly history = new Map<string, number[]>();
  private readonly longestWindowMs: number;

  constructor(private readonly windows: RateWindow[]) {
    this.longestWindowMs = Math.max(...windows.map((window) => window.windowMs));
  }

  /**
   * Records a request for `key` when every window has room and returns 0; otherwise
   * records nothing and returns the milliseconds until the request would be allowed.
   */
  tryAcquire(key: string, now = Date.now()): number {
    const times = (this.history.get(key) ?? []).filter((t) => now - t < this.longestWindowMs);
    let waitMs = 0;
    for (const window of this.windows) {
      const inWindow = times.filter((t) => now - t < window.windowMs);
      if (inWindow.length >= window.limit) {
        waitMs = Math.max(
          waitMs,
          inWindow[inWindow.length - window.limit]! + window.windowMs - now,
        );
      }
    }
    if (waitMs === 0) times.push(now);
    this.history.set(key, times);
    return waitMs;
  }
}
