import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import type { KnowledgeEntry } from '../../domain/knowledge/knowledge-entry';
import { createAnswerService } from '../../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../../domain/knowledge/knowledge-base';
import { createApp, type App } from '../../bot/app';
import type { BotCredentials } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { testStorageConnectionString } from './azurite';
import { RecordingConnector } from './connector';

/** A bot listening on a free loopback port, with the connector that records its replies. */
export interface TestBot {
  app: App;
  entries: KnowledgeEntry[];
  url: string;
  connector: RecordingConnector;
  serviceUrl: string;
  stop(): Promise<void>;
}

/** Options for a test bot. */
export interface TestBotOptions {
  credentials?: BotCredentials;
  storageConnectionString?: string;
}

/** Starts the real bot application on 127.0.0.1 with the test run's Azurite. */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const entries = loadKnowledgeBase();
  const app = await createApp({
    credentials: options.credentials,
    storageConnectionString:
      options.storageConnectionString ?? (await testStorageConnectionString()),
    answerer: createAnswerService(entries),
    entries,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const port = (app.server.address() as AddressInfo).port;
  const connector = new RecordingConnector();
  const serviceUrl = await connector.start();
  return {
    app,
    entries,
    url: `http://127.0.0.1:${port}`,
    connector,
    serviceUrl,
    stop: async () => {
      app.server.close();
      await connector.stop();
    },
  };
}

let sequence = 0;

/** Builds a Teams message activity to the bot, as Teams would post it. */
export function messageActivity(
  serviceUrl: string,
  text: string,
  overrides: Partial<Activity> = {},
): Partial<Activity> {
  sequence += 1;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    channelId: 'msteams',
    serviceUrl,
    text,
    timestamp: new Date(),
    from: { id: 'user-officer', name: 'Test Officer', aadObjectId: 'aad-officer' },
    recipient: { id: 'bot-id', name: 'Attendance Companion' },
    conversation: {
      id: `conversation-${sequence}`,
      conversationType: 'personal',
      tenantId: 'tenant-test',
      isGroup: false,
      name: '',
    },
    channelData: { tenant: { id: 'tenant-test' } },
    ...overrides,
  };
}

/** Posts an activity to the bot's messaging endpoint and returns the HTTP response. */
export async function postActivity(
  url: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
}
