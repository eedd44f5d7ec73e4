import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { KnowledgeBaseError, loadKnowledgeBase } from '../../domain/knowledge/knowledge-base';
import { makeEntry } from './entry.fixture';

const createdFolders: string[] = [];

function writeFolder(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-base-'));
  createdFolders.push(folder);
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

function loadError(folder: string): KnowledgeBaseError {
  try {
    loadKnowledgeBase(folder);
  } catch (error) {
    assert.ok(error instanceof KnowledgeBaseError, String(error));
    return error;
  }
  assert.fail('expected loadKnowledgeBase to throw');
}

describe('loadKnowledgeBase', () => {
  after(() => {
    createdFolders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));
  });

  it('loads entries from every file in name order', () => {
    const folder = writeFolder({
      'b.json': JSON.stringify([makeEntry({ id: 'second' })]),
      'a.json': JSON.stringify([makeEntry({ id: 'first' })]),
      'notes.txt': 'not an entry file',
    });
    assert.deepEqual(
      loadKnowledgeBase(folder).map((entry) => entry.id),
      ['first', 'second'],
    );
  });

  it('names the file holding invalid JSON', () => {
    const folder = writeFolder({ 'broken.json': '[{"id": "x",' });
    assert.match(loadError(folder).message, /broken\.json is not valid JSON/);
  });

  it('rejects a file that is not an array', () => {
    const folder = writeFolder({ 'object.json': JSON.stringify(makeEntry({ id: 'solo' })) });
    assert.match(loadError(folder).message, /object\.json must contain a JSON array/);
  });

  it('names the entry and field that is missing', () => {
    const entry: Record<string, unknown> = { ...makeEntry({ id: 'no-answer' }) };
    delete entry.answer;
    const folder = writeFolder({ 'codes.json': JSON.stringify([entry]) });
    const error = loadError(folder);
    assert.match(
      error.message,
      /codes\.json, entry "no-answer", field "answer": must be a non-empty string/,
    );
    assert.deepEqual(
      error.problems.map((problem) => problem.field),
      ['answer'],
    );
  });

  it('uses the position when the id is missing', () => {
    const entry: Record<string, unknown> = { ...makeEntry({ id: 'x' }) };
    delete entry.id;
    const folder = writeFolder({ 'roles.json': JSON.stringify([makeEntry({ id: 'ok' }), entry]) });
    assert.match(loadError(folder).message, /roles\.json, entry "#2", field "id"/);
  });

  it('reports invalid field values', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ phrasings: 'one' }, /field "phrasings": must be an array/],
      [{ phrasings: ['fine', ''] }, /field "phrasings\[1\]"/],
      [{ sources: [] }, /field "sources": must be a non-empty array/],
      [{ sources: [{ title: 'Page', url: 'http://example.org' }] }, /field "sources\[0\]\.url"/],
      [{ lastReviewed: '2025-02-30' }, /field "lastReviewed"/],
      [{ lastReviewed: '31/01/2025' }, /field "lastReviewed"/],
      [{ id: 'Bad Id' }, /field "id": must be lower-case words/],
      [{ related: 'other' }, /field "related": must be an array/],
    ];
    for (const [override, expected] of cases) {
      const entry = { ...makeEntry({ id: 'checked' }), ...override };
      const folder = writeFolder({ 'entries.json': JSON.stringify([entry]) });
      assert.match(loadError(folder).message, expected, JSON.stringify(override));
    }
  });

  it('rejects duplicate ids across files', () => {
    const folder = writeFolder({
      'a.json': JSON.stringify([makeEntry({ id: 'twice' })]),
      'b.json': JSON.stringify([makeEntry({ id: 'twice' })]),
    });
    assert.match(
      loadError(folder).message,
      /b\.json, entry "twice", field "id": duplicates an id already used in a\.json/,
    );
  });

  it('rejects related ids that name no entry', () => {
    const folder = writeFolder({
      'a.json': JSON.stringify([makeEntry({ id: 'lonely', related: ['ghost'] })]),
    });
    assert.match(loadError(folder).message, /field "related": names unknown entry id "ghost"/);
  });

  it('rejects a folder without entry files', () => {
    assert.match(loadError(writeFolder({})).message, /contains no \.json entry files/);
  });

  it('rejects a missing folder', () => {
    const missing = path.join(os.tmpdir(), 'knowledge-base-missing-folder');
    assert.match(loadError(missing).message, /could not be read/);
  });

  it('loads the shipped knowledge base', () => {
    assert.ok(loadKnowledgeBase().length > 0);
  });
});
