import assert from 'node:assert/strict';
import { renderWelcomeCard, type InstallScope } from '../../bot/cards';
import { assertValidAdaptiveCard } from '../support/schema-validator';

type CardNode = Record<string, unknown>;

function collect(value: unknown, predicate: (node: CardNode) => boolean): CardNode[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const node = value as CardNode;
  const own = !Array.isArray(value) && predicate(node) ? [node] : [];
  return [...own, ...Object.values(node).flatMap((child) => collect(child, predicate))];
}

function cardText(scope: InstallScope): string {
  const card = renderWelcomeCard({ scope, examples: buildExamples() });
  return collect(card, (node) => node.type === 'TextBlock')
    .map((node) => String(node.text))
    .join('\n');
}

function buildExamples(): string[] {
  return [
    'What is the penalty notice threshold?',
    'Which code do I use for a medical appointment?',
    'When is a pupil persistently absent?',
    'What is code X?',
  ];
}

describe('renderWelcomeCard', () => {
  for (const scope of ['personal', 'team', 'groupChat'] as const) {
    it(`renders a valid ${scope} card`, () => {
      assertValidAdaptiveCard(renderWelcomeCard({ scope, examples: buildExamples() }));
    });

    it(`names the sources and the DSL for ${scope}`, () => {
      const text = cardText(scope);

      assert.match(text, /Gloucestershire attendance FAQ/);
      assert.match(text, /Working together to improve school attendance_ \(August 2024\)/);
      assert.match(text, /not for safeguarding emergencies/);
      assert.match(text, /designated safeguarding lead \(DSL\)/);
      assert.match(text, /help\*\* at any time to see what I can do/);
    });
  }

  it('asks personal users to type a question', () => {
    const text = cardText('personal');

    assert.match(text, /Type a question in this chat/);
    assert.doesNotMatch(text, /@Attendance Companion/);
  });

  it('tells team users to mention the bot in channels', () => {
    const text = cardText('team');

    assert.match(text, /In a channel, mention me with \*\*@Attendance Companion\*\*/);
    assert.doesNotMatch(text, /Type a question in this chat/);
  });

  it('tells group chat users to mention the bot', () => {
    assert.match(cardText('groupChat'), /mention me with \*\*@Attendance Companion\*\*/);
  });

  it('offers three example questions as buttons', () => {
    const card = renderWelcomeCard({ scope: 'personal', examples: buildExamples() });
    const buttons = collect(card, (node) => node.type === 'Action.Submit');

    assert.deepEqual(
      buttons.map((button) => button.title),
      buildExamples().slice(0, 3),
    );
    assert.deepEqual(buttons[2]?.data, {
      action: 'ask',
      question: 'When is a pupil persistently absent?',
    });
  });

  it('omits the button row without examples', () => {
    const card = renderWelcomeCard({ scope: 'team', examples: [] });

    assert.equal(collect(card, (node) => node.type === 'ActionSet').length, 0);
    assertValidAdaptiveCard(card);
  });
});
