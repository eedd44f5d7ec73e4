import type { KnowledgeEntry } from './knowledge-entry';

/** One problem found in an entry file: where it is and what is wrong. */
export interface EntryProblem {
  /** File name, for example `penalty-notices.json`. */
  file: string;
  /** Entry id, or the entry's position (`#3`) when the id itself is missing. */
  entryId: string;
  /** Field at fault, or `(entry)` for a problem with the entry as a whole. */
  field: string;
  /** Description of the fault, as a sentence fragment: `must be a non-empty string`. */
  problem: string;
}

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REQUIRED_TEXT = ['id', 'topic', 'title', 'answer'] as const;

/**
 * Checks one parsed value against the `KnowledgeEntry` shape and returns every problem found,
 * or an empty list when the value is a valid entry.
 */
export function validateEntry(value: unknown, file: string, position: number): EntryProblem[] {
  if (!isRecord(value)) {
    return [{ file, entryId: `#${position}`, field: '(entry)', problem: 'must be a JSON object' }];
  }
  const entryId = typeof value.id === 'string' && value.id !== '' ? value.id : `#${position}`;
  const problems: EntryProblem[] = [];
  const report = (field: string, problem: string) =>
    problems.push({ file, entryId, field, problem });

  for (const field of REQUIRED_TEXT) {
    if (!isNonEmptyText(value[field])) {
      report(field, 'must be a non-empty string');
    }
  }
  if (isNonEmptyText(value.id) && !ENTRY_ID.test(value.id)) {
    report('id', 'must be lower-case words joined by hyphens, for example `penalty-notice-cost`');
  }
  checkPhrasings(value.phrasings, report);
  checkSources(value.sources, report);
  checkReviewDate(value.lastReviewed, report);
  checkRelated(value.related, report);
  return problems;
}

/** Narrows a value that passed `validateEntry` with no problems. */
export function isKnowledgeEntry(
  value: unknown,
  problems: readonly EntryProblem[],
): value is KnowledgeEntry {
  return isRecord(value) && problems.length === 0;
}

type Report = (field: string, problem: string) => void;

function checkPhrasings(phrasings: unknown, report: Report): void {
  if (!Array.isArray(phrasings)) {
    report('phrasings', 'must be an array of strings');
    return;
  }
  phrasings.forEach((phrasing, index) => {
    if (!isNonEmptyText(phrasing)) {
      report(`phrasings[${index}]`, 'must be a non-empty string');
    }
  });
}

function checkSources(sources: unknown, report: Report): void {
  if (!Array.isArray(sources) || sources.length === 0) {
    report('sources', 'must be a non-empty array of { title, url }');
    return;
  }
  sources.forEach((source: unknown, index) => {
    if (!isRecord(source) || !isNonEmptyText(source.title)) {
      report(`sources[${index}].title`, 'must be a non-empty string');
    }
    if (!isRecord(source) || !isHttpsUrl(source.url)) {
      report(`sources[${index}].url`, 'must be an absolute https URL');
    }
  });
}

function checkReviewDate(date: unknown, report: Report): void {
  const time =
    typeof date === 'string' && ISO_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  const valid = !Number.isNaN(time) && new Date(time).toISOString().startsWith(String(date));
  if (!valid) {
    report('lastReviewed', 'must be a calendar date written YYYY-MM-DD');
  }
}

function checkRelated(related: unknown, report: Report): void {
  if (related === undefined) {
    return;
  }
  if (!Array.isArray(related) || !related.every(isNonEmptyText)) {
    report('related', 'must be an array of entry ids');
  }
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') {
    return false;
  }
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
