import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { SlidingWindowLimiter, TEAMS_TENANT_LIMITS, TEAMS_THREAD_LIMITS } from './rate-limiter';

/** An activity the bot sent to the connector, with the conversation it was sent to. */
export interface SentActivity {
  conversationId: string;
  activity: Partial<Activity>;
}

/**
 * A Bot Connector service on 127.0.0.1 that records what the bot sends, for tests that
 * drive the bot over HTTP. It implements the two reply routes of the Bot Connector REST API
 * and, like Teams, answers 429 with Retry-After when a conversation or tenant goes over
 * Teams' published rate limits.
 */
export class RecordingConnector {
  readonly sent: SentActivity[] = [];
  /** Activities accepted, recorded or not. */
  delivered = 0;
  /** Requests answered with 429 Too Many Requests. */
  throttled = 0;
  private readonly threadLimiter = new SlidingWindowLimiter(TEAMS_THREAD_LIMITS);
  private readonly tenantLimiter = new SlidingWindowLimiter(TEAMS_TENANT_LIMITS);
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private waiters: Array<() => void> = [];

  /** Set `record: false` to only count activities, as a load test does. */
  constructor(private readonly options: { record?: boolean } = {}) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Waits until `count` activities have been sent to the conversation, and returns them. */
  async waitForActivities(conversationId: string, count: number, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.sent.filter((sent) => sent.conversationId === conversationId);
      if (matching.length >= count) return matching.map((sent) => sent.activity);
      if (Date.now() > deadline) {
        throw new Error(
          `Expected ${count} activities in ${conversationId} within ${timeoutMs} ms, got ${matching.length}`,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const conversationId = decodeURIComponent(match[1]!);
      const activity = JSON.parse(body) as Partial<Activity>;
      const waitMs = this.checkRateLimits(conversationId, activity);
      if (waitMs > 0) {
        this.throttled += 1;
        res.writeHead(429, { 'retry-after': String(Math.ceil(waitMs / 1000)) });
        res.end(
          JSON.stringify({ error: { code: 'TooManyRequests', message: 'Rate limit exceeded' } }),
        );
        return;
      }
      this.delivered += 1;
      if (this.options.record !== false) this.sent.push({ conversationId, activity });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${this.delivered}` }));
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((wake) => wake());
    });
  }

  private checkRateLimits(conversationId: string, activity: Partial<Activity>): number {
    const tenantId = activity.conversation?.tenantId ?? 'no-tenant';
    const threadWait = this.threadLimiter.tryAcquire(conversationId);
    if (threadWait > 0) return threadWait;
    return this.tenantLimiter.tryAcquire(tenantId);
  }
}
