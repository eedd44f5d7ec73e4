import 'dotenv/config';
import { createAnswerService } from '../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../domain/knowledge/knowledge-base';
import { createApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { createLogger } from './logger';
import { resolveStorage } from './storage/storage-resolver';

const logger = createLogger();

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.fatal(`Invalid configuration. ${error.message}`);
    process.exitCode = 1;
    return;
  }

  const storage = await resolveStorage(config.storageConnectionString, config.azuriteLocation);
  const entries = loadKnowledgeBase();
  const answerer = createAnswerService(entries);
  const app = await createApp({
    credentials: config.credentials,
    storageConnectionString: storage.connectionString,
    answerer,
    entries,
    logger,
  });

  await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve));
  const mode = config.credentials
    ? `authenticated as app ${config.credentials.MicrosoftAppId} (${config.credentials.MicrosoftAppType})`
    : 'local mode: no app credentials, requests are not authenticated';
  logger.info(
    `Attendance Companion listening on http://${config.host}:${config.port}/api/messages; ` +
      `storage: ${storage.description}; ${mode}; ${entries.length} knowledge-base entries. ` +
      'Chat with it: run "npm run playground" in another terminal.',
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'Stopping');
    app.server.close(() => {
      void storage.stop().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Failed to start');
  process.exit(1);
});
