import type { Logger } from './logger';

/**
 * Logs a repeated warning at most once per interval, with how many were left out since the
 * last line, so that a flood of bad requests cannot fill the logs.
 */
export class RepeatLimitedLog {
  private suppressed = 0;
  private lastLoggedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly logger: Logger,
    private readonly message: string,
    private readonly intervalMs = 60_000,
  ) {}

  /** Records one occurrence and logs it unless one was logged within the interval. */
  record(details: Record<string, unknown>, now = Date.now()): void {
    if (now - this.lastLoggedAt < this.intervalMs) {
      this.suppressed += 1;
      return;
    }
    this.logger.warn({ ...details, suppressedSinceLastLine: this.suppressed }, this.message);
    this.suppressed = 0;
    this.lastLoggedAt = now;
  }
}
