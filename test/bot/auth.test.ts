import assert from 'node:assert/strict';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

describe('bot with app credentials', () => {
  let bot: TestBot;

  before(async () => {
    bot = await startTestBot({
      credentials: {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      },
    });
  });

  after(async () => {
    await bot.stop();
  });

  // Only tokens that fail before any key lookup: a decodable token would make the SDK
  // fetch signing keys from the Bot Framework, and tests send traffic to loopback only.
  const rejected: Array<[string, Record<string, string>]> = [
    ['no Authorization header', {}],
    ['an empty bearer token', { authorization: 'Bearer ' }],
    ['a junk bearer token', { authorization: 'Bearer not.a.jwt' }],
    ['a basic credential', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['random bytes', { authorization: 'Bearer %%%%' }],
  ];
  for (const [name, headers] of rejected) {
    it(`rejects a message with ${name} with 401`, async () => {
      const activity = messageActivity(bot.serviceUrl, 'what is a PN');
      const response = await postActivity(bot.url, activity, headers);
      assert.equal(response.status, 401);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const sent = bot.connector.sent.filter((s) => s.conversationId === activity.conversation!.id);
      assert.equal(sent.length, 0);
    });
  }
});
