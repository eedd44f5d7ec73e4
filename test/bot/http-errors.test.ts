import assert from 'node:assert/strict';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

describe('bot HTTP endpoint with bad input', () => {
  let bot: TestBot;

  before(async () => {
    bot = await startTestBot();
  });

  after(async () => {
    await bot.stop();
  });

  async function assertStillServing(): Promise<void> {
    const health = await fetch(`${bot.url}/healthz`);
    assert.equal(health.status, 200);
  }

  it('rejects a malformed JSON body with 400 and keeps serving', async () => {
    const response = await postActivity(bot.url, '{"type": "message", "text": ');
    assert.equal(response.status, 400);
    await assertStillServing();
  });

  const notActivities: Array<[string, unknown]> = [
    ['a JSON array', []],
    ['a JSON string', '"hello"'],
    ['an object without a type', { text: 'hello' }],
    ['a conversation that is not an object', { type: 'message', conversation: 'x' }],
  ];
  for (const [name, body] of notActivities) {
    it(`rejects ${name} with 400 and a message`, async () => {
      const response = await postActivity(bot.url, body);
      assert.equal(response.status, 400);
      const payload = (await response.json()) as { message?: string };
      assert.match(payload.message ?? '', /activity|object|JSON/i);
      await assertStillServing();
    });
  }

  it('rejects a body over the size limit with 413', async () => {
    const activity = messageActivity(bot.serviceUrl, 'x'.repeat(300 * 1024));
    const response = await postActivity(bot.url, activity);
    assert.equal(response.status, 413);
    await assertStillServing();
  });

  it('answers an unknown invoke name with 501', async () => {
    const activity = messageActivity(bot.serviceUrl, '', {
      type: 'invoke',
      name: 'composeExtension/unknownThing',
      value: {},
    });
    const response = await postActivity(bot.url, activity);
    assert.equal(response.status, 501);
    await assertStillServing();
  });

  it('rejects GET on the messaging endpoint', async () => {
    const response = await fetch(`${bot.url}/api/messages`);
    assert.equal(response.status, 405);
  });
});
