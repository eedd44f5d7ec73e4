import type { AnswerResult } from '../domain/knowledge/answer-result';
import type { KnowledgeEntry } from '../domain/knowledge/knowledge-entry';
import type { SchoolRegisterRepository } from '../register/storage/school-register.repository';
import type { Logger } from './logger';
import type { ConversationReferenceRepository } from './storage/conversation-reference.repository';
import type { FeedbackRepository } from './storage/feedback.repository';

/** Looks up staff questions in the knowledge base. */
export interface QuestionAnswerer {
  answer(question: string): AnswerResult;
}

/** Read access to imported school registers. */
export type SchoolDataReader = Pick<SchoolRegisterRepository, 'listSchools' | 'listPupils'>;

/** Everything the activity handlers need, injected so tests can use real parts in isolation. */
export interface BotDependencies {
  answerer: QuestionAnswerer;
  /** Knowledge-base entries by id, to rebuild a card from the id a card action carries. */
  entries: ReadonlyMap<string, KnowledgeEntry>;
  /** Example questions offered on the welcome and help cards. */
  examples: string[];
  conversations: ConversationReferenceRepository;
  feedback: FeedbackRepository;
  /** Imported school registers, for staff requests such as "who is below 90%". */
  schoolData: SchoolDataReader;
  /**
   * True when the bot runs without app credentials, so requests are not authenticated. Only
   * then is school data shown, because no user can be linked to a school yet.
   */
  localMode: boolean;
  logger: Logger;
}
