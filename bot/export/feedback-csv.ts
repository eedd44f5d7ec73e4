import type { FeedbackRecord } from '../storage/feedback.repository';

/** Column order of the feedback export. */
export const FEEDBACK_CSV_COLUMNS = [
  'createdAt',
  'kind',
  'entryId',
  'helpful',
  'reason',
  'score',
  'question',
  'comment',
  'conversationType',
] as const;

/** Formats one record as a CSV row (RFC 4180 quoting, CRLF line end). */
export function toCsvRow(record: FeedbackRecord): string {
  const values: Record<(typeof FEEDBACK_CSV_COLUMNS)[number], string> = {
    createdAt: record.createdAt.toISOString(),
    kind: record.kind,
    entryId: record.kind === 'feedback' ? record.entryId : record.closestEntryId,
    helpful: record.kind === 'feedback' ? String(record.helpful) : '',
    reason: record.kind === 'unanswered' ? record.reason : '',
    score: record.kind === 'unanswered' ? record.score.toFixed(3) : '',
    question: record.question,
    comment: record.kind === 'feedback' ? record.comment : '',
    conversationType: record.conversationType,
  };
  return FEEDBACK_CSV_COLUMNS.map((column) => quoteCsv(values[column])).join(',') + '\r\n';
}

/** Returns the CSV header row. */
export function csvHeader(): string {
  return FEEDBACK_CSV_COLUMNS.join(',') + '\r\n';
}

/**
 * Quotes a CSV field. Text that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe, because
 * questions and comments are typed by users.
 */
export function quoteCsv(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
