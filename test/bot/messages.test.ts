import assert from 'node:assert/strict';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

/** Returns everything a person would read in the replies, as one string. */
function replyText(activities: Array<{ text?: string; attachments?: unknown[] }>): string {
  return activities.map((a) => `${a.text ?? ''} ${JSON.stringify(a.attachments ?? [])}`).join('\n');
}

describe('bot messages over HTTP', () => {
  let bot: TestBot;

  before(async () => {
    bot = await startTestBot();
  });

  after(async () => {
    await bot.stop();
  });

  async function ask(text: string, overrides = {}) {
    const activity = messageActivity(bot.serviceUrl, text, overrides);
    const response = await postActivity(bot.url, activity);
    assert.equal(response.status, 200);
    const conversationId = activity.conversation!.id;
    const replies = await bot.connector.waitForActivities(conversationId, 1);
    return { replies, text: replyText(replies) };
  }

  it('answers penalty notice question with sources', async () => {
    const { replies, text } = await ask("what happens if a parent doesn't pay a PN");
    const attachment = replies[0]!.attachments?.[0];
    assert.equal(attachment?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.match(text, /prosecut/i);
    assert.match(text, /Sources/);
    assert.match(text, /\]\(https:\/\/[^)]+\)/);
    assert.match(text, /Was this helpful/i);
  });

  it('declines safeguarding disclosure, naming the DSL', async () => {
    const { text } = await ask("a child just told me they're being hurt at home");
    assert.match(text, /Designated Safeguarding Lead/i);
    assert.doesNotMatch(text, /Was this helpful/i);
  });

  it('strips channel @mention before matching', async () => {
    const { text } = await ask('<at>Attendance Companion</at> what is a notice to improve', {
      conversation: { id: 'channel-conversation;messageid=1', conversationType: 'channel' },
      entities: [
        {
          type: 'mention',
          text: '<at>Attendance Companion</at>',
          mentioned: { id: 'bot-id', name: 'Attendance Companion' },
        },
      ],
    });
    assert.match(text, /notice to improve/i);
    assert.match(text, /Was this helpful/i);
  });

  it('sends help card for help', async () => {
    const { text } = await ask('help');
    assert.match(text, /01452 427274/);
    assert.match(text, /pupil/i);
  });

  it('hints on empty text', async () => {
    const { text } = await ask('   ');
    assert.match(text, /Type an attendance question/);
  });

  it('hints on a bare @mention', async () => {
    const { text } = await ask('<at>Attendance Companion</at>', {
      entities: [
        {
          type: 'mention',
          text: '<at>Attendance Companion</at>',
          mentioned: { id: 'bot-id', name: 'Attendance Companion' },
        },
      ],
    });
    assert.match(text, /Type an attendance question/);
  });

  it('explains attachments are not read', async () => {
    const { text } = await ask('', {
      attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:1/register.png' }],
    });
    assert.match(text, /only read typed questions/);
  });

  it('rejects 20,000-character message', async () => {
    const { text } = await ask('x'.repeat(20_000));
    assert.match(text, /20,000 characters long/);
  });

  it('answers suggestion button press', async () => {
    const { text } = await ask('', {
      value: { action: 'ask', question: 'How much is a penalty notice?' },
    });
    assert.match(text, /£?80/);
  });
});
