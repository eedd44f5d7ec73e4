import type { TableClient } from '@azure/data-tables';
import { redactPersonalDetails } from '../../domain/knowledge/question-redaction';
import { newestFirstRowKey } from './table-client';

/** One piece of evidence for improving the knowledge base. */
export type FeedbackRecord =
  | {
      kind: 'feedback';
      entryId: string;
      helpful: boolean;
      question: string;
      comment: string;
      conversationType: string;
      createdAt: Date;
    }
  | {
      kind: 'unanswered';
      /** Reason the bot did not answer, for example `low-confidence` or `off-topic`. */
      reason: string;
      /** The question as typed, or a placeholder when it may hold personal data. */
      question: string;
      score: number;
      closestEntryId: string;
      conversationType: string;
      createdAt: Date;
    };

/** Reasons whose question text is not stored, because it describes a child or a pupil. */
const WITHHELD_REASONS = new Set(['safeguarding', 'pupil-data']);

/**
 * Stores feedback and unanswered questions in one table, partitioned by month. Staff may type
 * a pupil's name by mistake, so likely names and numbers are redacted before anything is stored.
 */
export class FeedbackRepository {
  constructor(
    private readonly table: TableClient,
    private readonly redact: (text: string) => string = (text) => redactPersonalDetails(text),
  ) {}

  /** Stores a record; question text is withheld for safeguarding and pupil-data declines. */
  async add(record: FeedbackRecord): Promise<void> {
    const stored = this.protect(record);
    await this.table.createEntity({
      partitionKey: stored.createdAt.toISOString().slice(0, 7),
      rowKey: newestFirstRowKey(stored.createdAt),
      ...stored,
    });
  }

  private protect(record: FeedbackRecord): FeedbackRecord {
    if (record.kind === 'feedback') {
      return {
        ...record,
        question: this.redact(record.question),
        comment: this.redact(record.comment),
      };
    }
    const question = WITHHELD_REASONS.has(record.reason)
      ? `[withheld: ${record.reason}]`
      : this.redact(record.question);
    return { ...record, question };
  }

  /** Yields every stored record, newest first within each month. */
  async *list(): AsyncGenerator<FeedbackRecord> {
    for await (const entity of this.table.listEntities<Record<string, unknown>>()) {
      yield toRecord(entity);
    }
  }
}

function toRecord(entity: Record<string, unknown>): FeedbackRecord {
  const common = {
    question: String(entity.question ?? ''),
    conversationType: String(entity.conversationType ?? ''),
    createdAt: new Date(entity.createdAt as string | Date),
  };
  if (entity.kind === 'feedback') {
    return {
      kind: 'feedback',
      entryId: String(entity.entryId ?? ''),
      helpful: entity.helpful === true,
      comment: String(entity.comment ?? ''),
      ...common,
    };
  }
  return {
    kind: 'unanswered',
    reason: String(entity.reason ?? ''),
    score: Number(entity.score ?? 0),
    closestEntryId: String(entity.closestEntryId ?? ''),
    ...common,
  };
}
