import * as fs from 'node:fs';
import * as path from 'node:path';

import type { KnowledgeEntry } from './knowledge-entry';
import { isKnowledgeEntry, validateEntry, type EntryProblem } from './knowledge-base.validation';

/** Folder of entry files shipped with the product. */
export const DEFAULT_ENTRIES_FOLDER = path.join(__dirname, 'entries');

/** Raised when entry files cannot be read or contain invalid entries. */
export class KnowledgeBaseError extends Error {
  constructor(
    message: string,
    /** Every problem found, so all of them can be fixed in one pass. */
    readonly problems: readonly EntryProblem[] = [],
  ) {
    super(message);
    this.name = 'KnowledgeBaseError';
  }
}

/**
 * Reads every `*.json` file in `folder` (each a JSON array of entries), validates all entries
 * and returns them sorted by file name and then file order.
 *
 * @throws KnowledgeBaseError when the folder is missing or has no entry files, or a file is not
 *   a valid JSON array. It is also thrown when entries are invalid, share an id or name an
 *   unknown `related` id, and then the message lists every problem by file, entry id and field.
 */
export function loadKnowledgeBase(folder: string = DEFAULT_ENTRIES_FOLDER): KnowledgeEntry[] {
  const files = listEntryFiles(folder);
  const entries: KnowledgeEntry[] = [];
  const problems: EntryProblem[] = [];
  const fileById = new Map<string, string>();

  for (const file of files) {
    readEntryFile(folder, file).forEach((value, index) => {
      const found = validateEntry(value, file, index + 1);
      problems.push(...found);
      if (!isKnowledgeEntry(value, found)) {
        return;
      }
      const earlierFile = fileById.get(value.id);
      if (earlierFile !== undefined) {
        problems.push({
          file,
          entryId: value.id,
          field: 'id',
          problem: `duplicates an id already used in ${earlierFile}`,
        });
        return;
      }
      fileById.set(value.id, file);
      entries.push(value);
    });
  }
  problems.push(...findUnknownRelated(entries, fileById));

  if (problems.length > 0) {
    throw new KnowledgeBaseError(describeProblems(folder, problems), problems);
  }
  return entries;
}

function listEntryFiles(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    throw new KnowledgeBaseError(
      `Knowledge base folder ${folder} could not be read: ${String(error)}`,
    );
  }
  const files = names.filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) {
    throw new KnowledgeBaseError(`Knowledge base folder ${folder} contains no .json entry files.`);
  }
  return files;
}

function readEntryFile(folder: string, file: string): unknown[] {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KnowledgeBaseError(`Knowledge base file ${file} is not valid JSON: ${reason}`);
  }
  if (!Array.isArray(parsed)) {
    throw new KnowledgeBaseError(
      `Knowledge base file ${file} must contain a JSON array of entries.`,
    );
  }
  return parsed;
}

function findUnknownRelated(
  entries: readonly KnowledgeEntry[],
  fileById: ReadonlyMap<string, string>,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const entry of entries) {
    for (const relatedId of entry.related ?? []) {
      if (!fileById.has(relatedId)) {
        const file = fileById.get(entry.id) ?? '';
        problems.push({
          file,
          entryId: entry.id,
          field: 'related',
          problem: `names unknown entry id "${relatedId}"`,
        });
      }
    }
  }
  return problems;
}

function describeProblems(folder: string, problems: readonly EntryProblem[]): string {
  const lines = problems.map(
    (item) => `- ${item.file}, entry "${item.entryId}", field "${item.field}": ${item.problem}`,
  );
  return `Knowledge base in ${folder} has ${problems.length} invalid value(s):\n${lines.join('\n')}`;
}
