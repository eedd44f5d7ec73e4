import 'dotenv/config';
import { createAnswerService } from '../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../domain/knowledge/knowledge-base';
import { createApp, type App } from './app';

type AppServer = App['server'];
import { ConfigError, loadConfig, type AppConfig } from './config';
import { createLogger, type Logger } from './logger';
import { resolveStorage } from './storage/storage-resolver';
import { DEMO_SCHOOL_URN, seedDemoSchool } from '../register/import-service/demo-school';

let logger: Logger;
try {
  logger = createLogger();
} catch (error) {
  console.error(`Invalid configuration. ${(error as Error).message}`);
  process.exit(1);
}

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

  try {
    await listen(app.server, config.host, config.port);
  } catch (error) {
    logger.fatal(
      { err: error },
      `Failed to listen on ${config.host}:${config.port}. Stop the process using that port, or set PORT or HOST.`,
    );
    await storage.stop();
    process.exit(1);
  }
  const mode = config.credentials
    ? `authenticated as app ${config.credentials.MicrosoftAppId} (${config.credentials.MicrosoftAppType})`
    : 'local mode: no app credentials, requests are not authenticated';
  const howToChat = config.credentials
    ? 'Chat with it in Teams: npm run package builds the app package to upload.'
    : 'Chat with it: run "npm run playground" in another terminal.';
  logger.info(
    `Attendance Companion listening on http://${config.host}:${config.port}/api/messages; ` +
      `storage: ${storage.description}; ${mode}; ${entries.length} knowledge-base entries. ${howToChat}`,
  );

  if (process.env.SEED_DEMO_SCHOOL?.trim().toLowerCase() !== 'false') void seedDemo(app);

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

/**
 * Imports the synthetic demo school when storage contains no school yet, after the server is
 * listening, so that start-up is not delayed. Logs counts only, never pupil names.
 */
async function seedDemo(app: App): Promise<void> {
  const started = Date.now();
  try {
    const result = await seedDemoSchool(app.schoolData);
    if (result === null) return;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    logger.info(
      { urn: DEMO_SCHOOL_URN, pupils: result.record.pupilsInFile },
      `Seeded demo school ${DEMO_SCHOOL_URN} with ${result.record.pupilsInFile} synthetic pupils ` +
        `and ${result.record.sessionsInFile} sessions in ${seconds} s, because storage held no school. ` +
        'Set SEED_DEMO_SCHOOL=false to skip.',
    );
  } catch (error) {
    logger.error({ err: error, urn: DEMO_SCHOOL_URN }, 'Failed to seed the demo school');
  }
}

function listen(server: AppServer, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Failed to start');
  process.exit(1);
});
