import type { KnowledgeEntry } from './knowledge-entry';

/** Reason a question was not answered from the knowledge base. */
export type DeclineReason =
  'safeguarding' | 'pupil-data' | 'other-nation' | 'off-topic' | 'low-confidence' | 'empty';

/** Outcome of looking a staff question up in the knowledge base. */
export type AnswerResult =
  | {
      answered: true;
      entry: KnowledgeEntry;
      /** Retrieval score of the chosen entry; higher is more certain. */
      score: number;
      /** Other entries that also matched, best first, for follow-up suggestions. */
      related: KnowledgeEntry[];
    }
  | {
      answered: false;
      reason: DeclineReason;
      /** Plain message telling the user who to contact instead. */
      message: string;
      /** Best score seen, when retrieval ran at all. */
      score: number;
      /** Closest entries, offered as suggestions on a low-confidence decline. */
      suggestions: KnowledgeEntry[];
    };
