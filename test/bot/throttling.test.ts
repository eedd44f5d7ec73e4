import assert from 'node:assert/strict';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

describe('bot replies under Teams rate limits', () => {
  let bot: TestBot;

  before(async () => {
    bot = await startTestBot();
  });

  after(async () => {
    await bot.stop();
  });

  it('delivers every reply after 429', async function () {
    this.timeout(30_000);
    const conversation = {
      id: 'busy-conversation',
      conversationType: 'personal',
      isGroup: false,
      name: '',
    };
    const posts = Array.from({ length: 9 }, () =>
      postActivity(bot.url, messageActivity(bot.serviceUrl, 'help', { conversation })),
    );
    const responses = await Promise.all(posts);

    assert.ok(bot.connector.throttled > 0, 'the connector never throttled, so nothing was tested');
    assert.deepEqual(
      responses.map((response) => response.status),
      Array(9).fill(200),
    );
    const replies = await bot.connector.waitForActivities('busy-conversation', 9, 10_000);
    assert.equal(replies.length, 9);
  });
});
