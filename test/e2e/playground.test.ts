import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { testStorageConnectionString } from '../support/azurite';
import { CHROMIUM_PATH, ChatPage, chromiumInstalled, launchChromium } from '../support/browser';
import {
  findFreePort,
  spawnProcessGroup,
  startPlayground,
  type GroupProcess,
  type Playground,
} from '../support/playground';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSX_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const READY_LINE = /listening on http:\/\/127\.0\.0\.1:\d+/i;
const REPLY_TIMEOUT_MS = 15_000;

/**
 * Starts the bot the way `npm start` does, on a free loopback port, in local mode (no app
 * credentials, even when a developer's .env sets them) and with the test run's Azurite.
 */
async function startBot(): Promise<{ endpoint: string; bot: GroupProcess }> {
  const port = await findFreePort();
  const bot = spawnProcessGroup(TSX_BIN, ['bot/index.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      AZURE_STORAGE_CONNECTION_STRING: await testStorageConnectionString(),
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppTenantId: '',
      MicrosoftAppType: '',
      LOG_LEVEL: 'info',
    },
  });
  try {
    await waitForOutput(bot, READY_LINE, 40_000);
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return { endpoint: `http://127.0.0.1:${port}/api/messages`, bot };
}

async function waitForOutput(child: GroupProcess, pattern: RegExp, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(child.output())) {
    const { exitCode, signalCode } = child.child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(
        `The bot exited (${exitCode ?? signalCode}) before it was ready:\n${child.output()}`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the bot to print ${pattern}:\n${child.output()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Agents Playground chat with the bot', function () {
  let bot: GroupProcess | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let chat: ChatPage;

  before(async function () {
    this.timeout(50_000);
    if (!chromiumInstalled()) {
      const reason = `Chromium not found at ${CHROMIUM_PATH}. Install the chromium package or set CHROMIUM_PATH.`;
      if (process.env.CI) throw new Error(`${reason} The end-to-end test must run under CI.`);
      console.warn(`Skipping the Agents Playground end-to-end test: ${reason}`);
      this.skip();
    }
    const botEndpoint = startBot().then((started) => {
      bot = started.bot;
      return started.endpoint;
    });
    const [appEndpoint] = await Promise.all([
      botEndpoint,
      launchChromium().then((b) => (browser = b)),
    ]);
    playground = await startPlayground({ appEndpoint });
    chat = await ChatPage.open(browser!, playground.url);
  });

  afterEach(async function () {
    const test = this.currentTest;
    const directory =
      process.env.E2E_SCREENSHOT_DIR ?? (test?.state === 'failed' ? os.tmpdir() : undefined);
    if (!chat || !test || !directory) return;
    const file = path.join(directory, `playground-${test.title.replace(/\W+/g, '-')}.png`);
    await chat.page.screenshot({ path: file });
    console.log(`Screenshot of the playground: ${file}`);
  });

  after(async function () {
    this.timeout(20_000);
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
  });

  it('answers penalty notice question with sources', async function () {
    this.timeout(REPLY_TIMEOUT_MS + 5000);
    await chat.send("what happens if a parent doesn't pay a PN");

    const card = await chat.waitForCardContaining(/prosecut/i, REPLY_TIMEOUT_MS);

    const link = card.getByRole('link').first();
    assert.ok(await link.isVisible(), 'the answer card shows no source link');
    assert.match(
      (await link.getAttribute('href')) ?? '',
      /^https?:\/\//,
      'the link is no web address',
    );
  });

  it('declines safeguarding disclosure and names DSL', async function () {
    this.timeout(REPLY_TIMEOUT_MS + 5000);
    await chat.send("a child just told me they're being hurt at home");

    const card = await chat.waitForCardContaining(
      /designated safeguarding lead|DSL/i,
      REPLY_TIMEOUT_MS,
    );

    const feedbackPrompts = await card.getByText('Was this helpful?').count();
    assert.equal(feedbackPrompts, 0, 'the bot answered the disclosure instead of declining it');
  });

  it('answers a related question button', async function () {
    this.timeout(2 * REPLY_TIMEOUT_MS + 5000);
    await chat.send('how much is a PN');
    await chat.waitForCardContaining(/£?80/, REPLY_TIMEOUT_MS);

    await chat.clickCardButton('Can a third penalty notice be issued?');

    const card = await chat.waitForCardContaining(/third/i, REPLY_TIMEOUT_MS);
    assert.ok(await card.getByText('Was this helpful?').isVisible());
  });

  it('thanks the user for feedback', async function () {
    this.timeout(2 * REPLY_TIMEOUT_MS + 5000);
    await chat.send('what is a notice to improve');
    await chat.waitForCardContaining(/notice to improve/i, REPLY_TIMEOUT_MS);

    await chat.clickCardButton('Yes');

    const card = await chat.waitForCardContaining(/thanks for your feedback/i, REPLY_TIMEOUT_MS);
    assert.equal(await card.getByText('Was this helpful?').count(), 0);
  });
});
