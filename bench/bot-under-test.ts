import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { createAnswerService } from '../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../domain/knowledge/knowledge-base';
import { createAdapter } from '../bot/adapter';
import { createApp } from '../bot/app';
import { createLogger } from '../bot/logger';
import { createServer } from '../bot/server';

/**
 * Child process of the message benchmark: serves either the real FAQ bot or a bare echo bot
 * on the same restify and CloudAdapter stack, and prints its port as JSON on stdout.
 */
async function main(): Promise<void> {
  const mode = process.argv[2];
  const storage = process.env.BENCH_STORAGE_CONNECTION_STRING ?? '';
  const logger = createLogger('warn');

  let server;
  if (mode === 'faq') {
    const entries = loadKnowledgeBase();
    const app = await createApp({
      storageConnectionString: storage,
      answerer: createAnswerService(entries),
      entries,
      logger,
    });
    server = app.server;
  } else if (mode === 'echo') {
    const echo = new ActivityHandler();
    echo.onMessage(async (context, next) => {
      await context.sendActivity(`You said: ${context.activity.text}`);
      await next();
    });
    server = createServer(createAdapter(undefined, logger), echo, logger, { authenticated: false });
  } else {
    throw new Error(`Unknown mode "${mode}". Use faq or echo.`);
  }

  // A normal exit on SIGTERM lets `--cpu-prof` write its profile.
  process.once('SIGTERM', () => process.exit(0));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
