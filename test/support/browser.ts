import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Chromium from the operating system, because playwright-core installs no browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Checks whether the Chromium binary exists at {@link CHROMIUM_PATH}. */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches headless Chromium with its background traffic to Google services switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Adaptive Cards renderer class on every rendered card, including cards inside Action.ShowCard. */
const CARD_SELECTOR = '.ac-adaptiveCard';
/** Attribute holding a card's text at the last checkpoint, to tell new or changed cards apart. */
const CHECKPOINT_ATTRIBUTE = 'data-e2e-checkpoint';
const MATCH_ATTRIBUTE = 'data-e2e-match';
/** "Send Message" in chats and under channel posts, "Post" for a new channel post (listed first). */
const SEND_BUTTON_NAME = /^(Send Message|Post)$/;

/**
 * The Agents Playground chat, driven the way a person uses it: type in the compose box, send,
 * read the cards the bot posts and click their buttons.
 */
export class ChatPage {
  private matches = 0;

  private constructor(readonly page: Page) {}

  /**
   * Opens the playground in a new browser context and waits until it reports that it reached
   * the bot. Requests to hosts other than loopback, such as the web fonts on the Office CDN,
   * are aborted.
   */
  static async open(browser: Browser, url: string, timeoutMs = 15_000): Promise<ChatPage> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route(
      (address) => !LOOPBACK_HOSTS.has(address.hostname),
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    await page.goto(url);
    try {
      await page.getByText('Connected.', { exact: true }).first().waitFor({ timeout: timeoutMs });
    } catch (error) {
      // The playground's log panel shows "Connecting to your application at <endpoint>..." until
      // the bot responds, and it keeps waiting when the bot is down.
      throw new Error(
        `Agents Playground at ${url} did not connect to the bot within ${timeoutMs} ms. ` +
          'Check that the bot is running at the --app-endpoint the playground was given.',
        { cause: error },
      );
    }
    return new ChatPage(page);
  }

  /**
   * The message editor (Lexical). Cards' Input.Text fields are plain inputs, not editable divs. A
   * channel also shows a reply box under each post, and the first box starts a new post.
   */
  get composeBox(): Locator {
    return this.page.locator('[role="textbox"][contenteditable="true"]').first();
  }

  /**
   * Switches to a chat or channel by its name in the side bar: "Personal Chat", the group chat
   * name, or "<team name> - <channel name>" for a channel.
   */
  async openConversation(name: string): Promise<void> {
    await this.page.getByRole('treeitem', { name, exact: true }).click();
    await this.composeBox.waitFor();
  }

  /**
   * Types a message in the compose box and presses the send button. In group chats and channels
   * the playground delivers only messages that @mention the bot, so pass its name as `mention`.
   */
  async send(text: string, options: { mention?: string } = {}): Promise<void> {
    await this.checkpoint();
    await this.composeBox.click();
    if (options.mention) {
      await this.composeBox.pressSequentially(`@${options.mention}`);
      const menu = this.page.getByRole('listbox', { name: 'Typeahead menu' });
      await menu.getByRole('menuitem', { name: options.mention }).first().click();
      await this.composeBox.pressSequentially(' ');
    }
    await this.composeBox.pressSequentially(text);
    await this.page.getByRole('button', { name: SEND_BUTTON_NAME }).first().click();
  }

  /**
   * Waits for a card that appeared or changed since the last `send` or `clickCardButton` and
   * whose text matches, and returns it.
   */
  async waitForCardContaining(text: string | RegExp, timeoutMs: number): Promise<Locator> {
    const pattern = typeof text === 'string' ? new RegExp(escapeRegExp(text)) : text;
    const id = String(++this.matches);
    try {
      await this.page.waitForFunction(
        markMatchingCard,
        {
          selector: CARD_SELECTOR,
          checkpointAttribute: CHECKPOINT_ATTRIBUTE,
          matchAttribute: MATCH_ATTRIBUTE,
          id,
          source: pattern.source,
          flags: pattern.flags,
        },
        { timeout: timeoutMs },
      );
    } catch (error) {
      const cards = await this.page.locator(CARD_SELECTOR).allInnerTexts();
      const cardSummaries = cards.map((card) => `- ${card.replace(/\s+/g, ' ').slice(0, 300)}`);
      throw new Error(
        `No new or changed card matched ${pattern} within ${timeoutMs} ms. ` +
          `Cards on the page:\n${cardSummaries.join('\n') || '(none)'}`,
        { cause: error },
      );
    }
    return this.page.locator(`${CARD_SELECTOR}[${MATCH_ATTRIBUTE}="${id}"]`);
  }

  /** Clicks the button with this title on the last card in page order that has one. */
  async clickCardButton(title: string): Promise<void> {
    await this.checkpoint();
    const button = this.page.getByRole('button', { name: title, exact: true });
    const card = this.page.locator(CARD_SELECTOR).filter({ has: button }).last();
    await card.getByRole('button', { name: title, exact: true }).first().click();
  }

  private async checkpoint(): Promise<void> {
    await this.page.locator(CARD_SELECTOR).evaluateAll((cards, attribute) => {
      for (const card of cards as unknown as CardElement[]) {
        card.setAttribute(attribute, card.innerText);
      }
    }, CHECKPOINT_ATTRIBUTE);
  }
}

/** The DOM members the page functions use; the project compiles without the DOM library. */
interface CardElement {
  readonly innerText: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

declare const document: { querySelectorAll(selector: string): ArrayLike<CardElement> };

interface MatchRequest {
  selector: string;
  checkpointAttribute: string;
  matchAttribute: string;
  id: string;
  source: string;
  flags: string;
}

/** Runs in the page: tags the first new or changed card whose text matches. */
function markMatchingCard(request: MatchRequest): boolean {
  const pattern = new RegExp(request.source, request.flags);
  for (const card of Array.from(document.querySelectorAll(request.selector))) {
    const before = card.getAttribute(request.checkpointAttribute);
    const text = card.innerText;
    if (before !== text && pattern.test(text)) {
      card.setAttribute(request.matchAttribute, request.id);
      return true;
    }
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
