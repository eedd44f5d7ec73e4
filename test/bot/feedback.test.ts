import assert from 'node:assert/strict';
import { FeedbackRepository } from '../../bot/storage/feedback.repository';
import { createTableClient } from '../../bot/storage/table-client';
import { testStorageConnectionString } from '../support/azurite';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

describe('feedback card action', () => {
  let bot: TestBot;
  let entryId: string;

  before(async () => {
    bot = await startTestBot();
    entryId = bot.entries[0]!.id;
  });

  after(async () => {
    await bot.stop();
  });

  function feedbackInvoke(data: unknown, verb = 'feedback') {
    return messageActivity(bot.serviceUrl, '', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
  }

  async function listStored() {
    const repository = new FeedbackRepository(
      createTableClient(await testStorageConnectionString(), 'feedback'),
    );
    const records = [];
    for await (const record of repository.list()) records.push(record);
    return records;
  }

  it('stores feedback and thanks the user', async () => {
    const question = 'is the notice to improve period six weeks';
    const response = await postActivity(
      bot.url,
      feedbackInvoke({ entryId, helpful: false, question, comment: 'Needs the portal link' }),
    );
    assert.equal(response.status, 200);
    const body = (await response.json()) as InvokeBody;
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(body.value), /Thank/i);

    const stored = (await listStored()).find((record) => record.question === question);
    assert.ok(stored, 'feedback record was not stored');
    assert.equal(stored.kind, 'feedback');
    if (stored.kind === 'feedback') {
      assert.equal(stored.helpful, false);
      assert.equal(stored.entryId, entryId);
      assert.equal(stored.comment, 'Needs the portal link');
    }
  });

  it('redacts a pupil name typed into a comment', async () => {
    const question = 'when can we ask for a penalty notice';
    const response = await postActivity(
      bot.url,
      feedbackInvoke({ entryId, helpful: false, question, comment: 'Jayden in 5B has 9 sessions' }),
    );
    assert.equal(response.status, 200);

    const stored = (await listStored()).find((record) => record.question === question);
    assert.ok(stored?.kind === 'feedback', 'feedback record was not stored');
    assert.doesNotMatch(stored.comment, /jayden/i);
    assert.match(stored.comment, /sessions/);
  });

  const tampered: Array<[string, (entryId: string) => unknown, RegExp]> = [
    ['no data', () => undefined, /no data/],
    [
      'an unknown entry id',
      () => ({ entryId: 'not-an-entry', helpful: true, question: 'q' }),
      /not-an-entry/,
    ],
    [
      'helpful as a string',
      (id) => ({ entryId: id, helpful: 'yes', question: 'q' }),
      /"yes" for helpful/,
    ],
    ['a missing question', (id) => ({ entryId: id, helpful: true }), /question/],
    [
      'an overlong comment',
      (id) => ({ entryId: id, helpful: false, question: 'q', comment: 'c'.repeat(501) }),
      /500/,
    ],
  ];
  for (const [name, buildData, expected] of tampered) {
    it(`rejects card data with ${name}`, async () => {
      const response = await postActivity(bot.url, feedbackInvoke(buildData(entryId)));
      assert.equal(response.status, 400);
      const body = (await response.json()) as InvokeBody;
      assert.equal(body.type, 'application/vnd.microsoft.error');
      assert.match((body.value as { message: string }).message, expected);
    });
  }

  it('rejects an unknown card verb', async () => {
    const response = await postActivity(
      bot.url,
      feedbackInvoke({ entryId, helpful: true, question: 'q' }, 'delete-everything'),
    );
    assert.equal(response.status, 400);
    const body = (await response.json()) as InvokeBody;
    assert.match(JSON.stringify(body.value), /delete-everything/);
  });

  it('withholds text of pupil-data declines', async () => {
    const activity = messageActivity(bot.serviceUrl, 'whats jaydens attendance this week');
    await postActivity(bot.url, activity);
    await bot.connector.waitForActivities(activity.conversation!.id, 1);
    const records = await listStored();
    const withheld = records.find(
      (record) => record.kind === 'unanswered' && record.reason === 'pupil-data',
    );
    assert.ok(withheld, 'the declined question was not stored');
    assert.doesNotMatch(withheld.question, /jayden/i);
  });
});
