import assert from 'node:assert/strict';
import { ConversationReferenceRepository } from '../../bot/storage/conversation-reference.repository';
import { createTableClient } from '../../bot/storage/table-client';
import { testStorageConnectionString } from '../support/azurite';
import { messageActivity, postActivity, startTestBot, type TestBot } from '../support/test-bot';

describe('bot installation and conversation references', () => {
  let bot: TestBot;

  before(async () => {
    bot = await startTestBot();
  });

  after(async () => {
    await bot.stop();
  });

  async function storedConversations(tenantId: string) {
    const table = createTableClient(await testStorageConnectionString(), 'conversations');
    return new ConversationReferenceRepository(table).listByTenant(tenantId);
  }

  function botAdded(tenantId: string, conversationType: string) {
    return messageActivity(bot.serviceUrl, '', {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot-id', name: 'Attendance Companion' }],
      conversation: {
        id: `install-${tenantId}`,
        conversationType,
        tenantId,
        isGroup: false,
        name: '',
      },
      channelData: { tenant: { id: tenantId } },
    });
  }

  it('welcomes a personal install', async () => {
    const activity = botAdded('tenant-welcome-personal', 'personal');
    await postActivity(bot.url, activity);
    const [welcome] = await bot.connector.waitForActivities(activity.conversation!.id, 1);
    const text = JSON.stringify(welcome!.attachments);
    assert.match(text, /Working together to improve school attendance/);
    assert.match(text, /help/);
  });

  it('tells a team to @mention it', async () => {
    const activity = botAdded('tenant-welcome-team', 'channel');
    await postActivity(bot.url, activity);
    const [welcome] = await bot.connector.waitForActivities(activity.conversation!.id, 1);
    assert.match(JSON.stringify(welcome!.attachments), /@/);
  });

  it('ignores other members joining', async () => {
    const activity = messageActivity(bot.serviceUrl, '', {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'someone-else', name: 'New Teacher' }],
    });
    const response = await postActivity(bot.url, activity);
    assert.equal(response.status, 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = bot.connector.sent.filter((s) => s.conversationId === activity.conversation!.id);
    assert.equal(sent.length, 0);
  });

  it('stores reference on install', async () => {
    const activity = botAdded('tenant-reference', 'personal');
    await postActivity(bot.url, activity);
    const stored = await storedConversations('tenant-reference');
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.reference.serviceUrl, bot.serviceUrl);
    assert.equal(stored[0]!.reference.conversation?.id, 'install-tenant-reference');
  });

  it('refreshes reference on new service URL', async () => {
    const first = messageActivity(bot.serviceUrl, 'help', {
      conversation: {
        id: 'moving-conversation',
        conversationType: 'personal',
        isGroup: false,
        name: '',
      },
      channelData: { tenant: { id: 'tenant-moving' } },
    });
    await postActivity(bot.url, first);
    await bot.connector.waitForActivities('moving-conversation', 1);

    const movedServiceUrl = bot.serviceUrl.replace('127.0.0.1', 'localhost');
    const second = { ...first, id: 'moved-activity', serviceUrl: movedServiceUrl };
    await postActivity(bot.url, second);
    await bot.connector.waitForActivities('moving-conversation', 2);

    const stored = await storedConversations('tenant-moving');
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.reference.serviceUrl, movedServiceUrl);
  });
});
