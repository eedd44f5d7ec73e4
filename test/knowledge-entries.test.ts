import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeEntry } from '../domain/knowledge/knowledge-entry';

const ENTRIES_FOLDER = path.resolve(__dirname, '..', 'domain', 'knowledge', 'entries');
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_FIELDS = ['id', 'topic', 'title', 'answer', 'lastReviewed'] as const;

interface StoredEntry {
  file: string;
  entry: KnowledgeEntry;
}

function readEntryFiles(): StoredEntry[] {
  const files = fs
    .readdirSync(ENTRIES_FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(ENTRIES_FOLDER, file), 'utf8'));
    assert.ok(Array.isArray(parsed), `${file} must contain a JSON array of entries`);
    return (parsed as KnowledgeEntry[]).map((entry) => ({ file, entry }));
  });
}

function isNonEmptyText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function missingFields(entry: KnowledgeEntry): string[] {
  const missing: string[] = TEXT_FIELDS.filter((field) => !isNonEmptyText(entry[field]));
  if (!Array.isArray(entry.phrasings) || entry.phrasings.length === 0) missing.push('phrasings');
  else if (!entry.phrasings.every(isNonEmptyText)) missing.push('phrasings (blank item)');
  if (!Array.isArray(entry.sources) || entry.sources.length === 0) missing.push('sources');
  else if (!entry.sources.every((source) => isNonEmptyText(source.title))) {
    missing.push('sources (title)');
  }
  return missing;
}

function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

describe('knowledge base entries', () => {
  const stored = readEntryFiles();
  const entries = stored.map(({ entry }) => entry);
  const ids = new Set(entries.map((entry) => entry.id));

  it('contains at least 45 entries', () => {
    assert.ok(entries.length >= 45, `found ${entries.length} entries in ${ENTRIES_FOLDER}`);
  });

  it('fills every required field', () => {
    const problems = stored.flatMap(({ file, entry }) =>
      missingFields(entry).map((field) => `${file}: ${entry.id ?? '(no id)'} is missing ${field}`),
    );
    assert.deepEqual(problems, []);
  });

  it('uses kebab-case ids', () => {
    const invalid = entries.map((entry) => entry.id).filter((id) => !KEBAB_CASE.test(id));
    assert.deepEqual(invalid, []);
  });

  it('uses each id only once', () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const { id } of entries) {
      if (seen.has(id)) duplicates.push(id);
      seen.add(id);
    }
    assert.deepEqual(duplicates, []);
  });

  it('uses valid review dates not in the future', () => {
    const today = localIsoDate(new Date());
    const invalid = entries
      .filter((entry) => !isValidIsoDate(entry.lastReviewed) || entry.lastReviewed > today)
      .map((entry) => `${entry.id}: ${entry.lastReviewed}`);
    assert.deepEqual(invalid, []);
  });

  it('links only to https sources', () => {
    const insecure = entries.flatMap((entry) =>
      entry.sources
        .filter((source) => !isHttpsUrl(source.url))
        .map((source) => `${entry.id}: ${source.url}`),
    );
    assert.deepEqual(insecure, []);
  });

  it('relates only to other existing entries', () => {
    const broken = entries.flatMap((entry) =>
      (entry.related ?? [])
        .filter((relatedId) => relatedId === entry.id || !ids.has(relatedId))
        .map((relatedId) => `${entry.id} -> ${relatedId}`),
    );
    assert.deepEqual(broken, []);
  });

  it('keeps template placeholders out of answers', () => {
    const withPlaceholder = entries
      .filter((entry) => entry.answer.includes('${'))
      .map((entry) => entry.id);
    assert.deepEqual(withPlaceholder, []);
  });
});
