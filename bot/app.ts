import type { BotAdapter } from './adapter';
import type restify from 'restify';
import type { KnowledgeEntry } from '../domain/knowledge/knowledge-entry';
import { createAdapter } from './adapter';
import { AttendanceBot } from './attendance-bot';
import type { QuestionAnswerer } from './bot-dependencies';
import type { BotCredentials } from './config';
import type { Logger } from './logger';
import { createServer } from './server';
import { ConversationReferenceRepository } from './storage/conversation-reference.repository';
import { FeedbackRepository } from './storage/feedback.repository';
import { createTableClient, ensureTable } from './storage/table-client';
import { TABLES } from './storage/table-names';
import { TableSchoolRegister } from '../register/storage/school-register.table-store';

/** Example questions shown on the welcome and help cards. */
export const EXAMPLE_QUESTIONS = [
  'What is the penalty notice threshold?',
  'What does code N mean?',
  'What happens at an Attendance Improvement Meeting?',
];

/** Parts and settings the bot application is built from. */
export interface AppOptions {
  credentials?: BotCredentials;
  storageConnectionString: string;
  answerer: QuestionAnswerer;
  entries: KnowledgeEntry[];
  logger: Logger;
}

/** The assembled bot: HTTP server, adapter and bot, ready to listen. */
export interface App {
  server: restify.Server;
  adapter: BotAdapter;
  bot: AttendanceBot;
  /** Imported school registers, also used to seed the demo school at start-up. */
  schoolData: TableSchoolRegister;
}

/** Builds the bot application and creates its tables when they do not exist yet. */
export async function createApp(options: AppOptions): Promise<App> {
  const { logger, storageConnectionString } = options;
  const conversationsTable = createTableClient(storageConnectionString, TABLES.conversations);
  const feedbackTable = createTableClient(storageConnectionString, TABLES.feedback);
  const schoolData = new TableSchoolRegister(storageConnectionString);
  try {
    await Promise.all([
      ensureTable(conversationsTable),
      ensureTable(feedbackTable),
      schoolData.prepare(),
    ]);
  } catch (error) {
    // The bot can still answer questions without storage, so it starts and logs the outage.
    logger.error(
      { err: error },
      'Storage is unreachable; feedback and conversations will not be saved',
    );
  }

  const bot = new AttendanceBot({
    answerer: options.answerer,
    entries: new Map(options.entries.map((entry) => [entry.id, entry])),
    examples: EXAMPLE_QUESTIONS,
    conversations: new ConversationReferenceRepository(conversationsTable),
    feedback: new FeedbackRepository(feedbackTable),
    schoolData,
    localMode: options.credentials === undefined,
    logger: logger.child({ component: 'bot' }),
  });
  const adapter = createAdapter(options.credentials, logger.child({ component: 'adapter' }));
  const server = createServer(adapter, bot, logger.child({ component: 'http' }), {
    authenticated: options.credentials !== undefined,
  });
  return { server, adapter, bot, schoolData };
}
