import assert from 'node:assert/strict';
import { buildConnectionString } from '../../bot/storage/embedded-azurite';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

describe('bot with storage unreachable', () => {
  let bot: TestBot;

  before(async () => {
    // Port 9 (discard) has no listener on loopback, so every storage call fails to connect.
    const unreachable = buildConnectionString({ blobPort: 9, queuePort: 9, tablePort: 9 });
    bot = await startTestBot({ storageConnectionString: unreachable });
  });

  after(async () => {
    await bot.stop();
  });

  it('still answers questions', async () => {
    const activity = messageActivity(bot.serviceUrl, 'how much is a penalty notice');
    const response = await postActivity(bot.url, activity);
    assert.equal(response.status, 200);
    const [reply] = await bot.connector.waitForActivities(activity.conversation!.id, 1, 10_000);
    assert.match(JSON.stringify(reply!.attachments), /80/);
  });

  it('apologises when feedback cannot be saved', async () => {
    const activity = messageActivity(bot.serviceUrl, '', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'feedback',
          data: { entryId: bot.entries[0]!.id, helpful: true, question: 'q' },
        },
      },
    });
    const response = await postActivity(bot.url, activity);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { type: string; value: string };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.match(body.value, /Sorry/);
  });
});
