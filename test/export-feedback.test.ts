import assert from 'node:assert/strict';
import { csvHeader, quoteCsv, toCsvRow } from '../bot/export/feedback-csv';
import { FeedbackRepository } from '../bot/storage/feedback.repository';
import { createTableClient } from '../bot/storage/table-client';
import { testStorageConnectionString } from './support/azurite';

describe('feedback CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    assert.equal(quoteCsv('a, "b"\nc'), '"a, ""b""\nc"');
    assert.equal(quoteCsv('plain'), 'plain');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    assert.equal(quoteCsv('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(quoteCsv('+44 1452'), '"\'+44 1452"');
  });

  it('exports records stored in Azurite', async () => {
    const table = createTableClient(await testStorageConnectionString(), `export${Date.now()}`);
    await table.createTable();
    const repository = new FeedbackRepository(table);
    const createdAt = new Date('2026-11-30T10:00:00Z');
    await repository.add({
      kind: 'feedback',
      entryId: 'penalty-notice-amounts',
      helpful: false,
      question: 'how much is a PN, now?',
      comment: 'say when it doubles',
      conversationType: 'personal',
      createdAt,
    });
    await repository.add({
      kind: 'unanswered',
      reason: 'low-confidence',
      question: 'can governors sit on an AIM',
      score: 0.42,
      closestEntryId: 'attendance-improvement-meeting',
      conversationType: 'channel',
      createdAt,
    });

    const rows = [csvHeader()];
    for await (const record of repository.list()) rows.push(toCsvRow(record));
    const csv = rows.join('');
    assert.equal(rows.length, 3);
    assert.match(csv, /^createdAt,kind,entryId,helpful,reason,score,question,comment/);
    assert.match(
      csv,
      /feedback,penalty-notice-amounts,false,,,"how much is a PN, now\?",say when it doubles,personal/,
    );
    assert.match(
      csv,
      /unanswered,attendance-improvement-meeting,,low-confidence,0\.420,can governors sit on an AIM,,channel/,
    );
  });
});
