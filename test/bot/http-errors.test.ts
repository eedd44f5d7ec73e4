import assert from 'node:assert/strict';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

/** Returns a valid message activity with one field replaced (or removed, for undefined). */
function withField(serviceUrl: string, field: string, value: unknown): Record<string, unknown> {
  return { ...messageActivity(serviceUrl, 'hello'), [field]: value };
}

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

  const notActivities: Array<[string, (serviceUrl: string) => unknown, RegExp]> = [
    ['a JSON array', () => [], /JSON object/],
    ['a JSON string', () => '"hello"', /JSON object/],
    ['an object without a type', () => ({ text: 'hello' }), /no "type"/],
    ['no serviceUrl', (url) => withField(url, 'serviceUrl', undefined), /serviceUrl/],
    [
      'a serviceUrl off this machine',
      (url) => withField(url, 'serviceUrl', 'https://example.org/'),
      /local mode/,
    ],
    [
      'a conversation that is not an object',
      (url) => withField(url, 'conversation', 'x'),
      /"conversation"/,
    ],
    ['no from account', (url) => withField(url, 'from', undefined), /"from"/],
    ['text that is a number', (url) => withField(url, 'text', 42), /"text"/],
    ['entities that are not an array', (url) => withField(url, 'entities', 'x'), /"entities"/],
    [
      'a mention without its account',
      (url) => withField(url, 'entities', [{ type: 'mention' }]),
      /mentioned/,
    ],
    [
      'membersAdded holding null',
      (url) => withField(url, 'membersAdded', [null]),
      /"membersAdded"/,
    ],
    [
      'a card action without an action',
      (url) => ({ ...withField(url, 'type', 'invoke'), name: 'adaptiveCard/action', value: {} }),
      /action/,
    ],
  ];
  for (const [name, buildBody, expected] of notActivities) {
    it(`rejects ${name} with 400`, async () => {
      const response = await postActivity(bot.url, buildBody(bot.serviceUrl));
      assert.equal(response.status, 400);
      const payload = (await response.json()) as { message?: string };
      assert.match(payload.message ?? '', expected);
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
