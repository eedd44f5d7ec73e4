import assert from 'node:assert/strict';
import type { DeclineReason } from '../../domain/knowledge/answer-result';
import { renderDeclineCard } from '../../bot/cards';
import { assertValidAdaptiveCard } from '../support/schema-validator';

type CardNode = Record<string, unknown>;

const ALL_REASONS: DeclineReason[] = [
  'safeguarding',
  'pupil-data',
  'other-nation',
  'off-topic',
  'low-confidence',
  'empty',
];

function collect(value: unknown, predicate: (node: CardNode) => boolean): CardNode[] {
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  const node = value as CardNode;
  const own = !Array.isArray(value) && predicate(node) ? [node] : [];
  return [...own, ...Object.values(node).flatMap((child) => collect(child, predicate))];
}

function buildSuggestions(): string[] {
  return ['What is code N?', 'What is code O?', 'What is code G?', 'What is code U?'];
}

describe('renderDeclineCard', () => {
  for (const reason of ALL_REASONS) {
    it(`renders a valid card for ${reason}`, () => {
      const message = 'Please contact your Inclusion Officer.';
      const card = renderDeclineCard({ reason, message, suggestions: buildSuggestions() });
      const texts = collect(card, (node) => node.type === 'TextBlock').map((node) => node.text);

      assertValidAdaptiveCard(card);
      assert.equal(texts.length, reason === 'safeguarding' ? 2 : 3);
      assert.ok(texts.includes(message));
    });
  }

  it('makes safeguarding declines prominent', () => {
    const card = renderDeclineCard({
      reason: 'safeguarding',
      message: 'Speak to your designated safeguarding lead (DSL) now.',
    });
    const attention = collect(card, (node) => node.style === 'attention');

    assert.equal(attention.length, 1);
    assert.equal(attention[0]?.type, 'Container');
  });

  it('offers no suggestions for safeguarding', () => {
    const card = renderDeclineCard({
      reason: 'safeguarding',
      message: 'Speak to your designated safeguarding lead (DSL) now.',
      suggestions: buildSuggestions(),
    });

    assert.equal(collect(card, (node) => node.type === 'Action.Submit').length, 0);
    assert.equal(collect(card, (node) => node.type === 'ActionSet').length, 0);
  });

  it('keeps other declines in plain style', () => {
    const card = renderDeclineCard({ reason: 'off-topic', message: 'I cover attendance only.' });

    assert.equal(collect(card, (node) => node.style === 'attention').length, 0);
  });

  it('offers at most three suggestions', () => {
    const card = renderDeclineCard({
      reason: 'low-confidence',
      message: 'Try rephrasing your question.',
      suggestions: buildSuggestions(),
    });
    const buttons = collect(card, (node) => node.type === 'Action.Submit');

    assert.deepEqual(
      buttons.map((button) => button.title),
      ['What is code N?', 'What is code O?', 'What is code G?'],
    );
    assert.deepEqual(buttons[0]?.data, {
      action: 'ask',
      question: 'What is code N?',
    });
  });

  it('hides the suggestions section without suggestions', () => {
    const card = renderDeclineCard({ reason: 'empty', message: 'Type a question.' });

    assert.equal(collect(card, (node) => node.type === 'ActionSet').length, 0);
    assertValidAdaptiveCard(card);
  });
});
