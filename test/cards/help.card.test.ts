import assert from 'node:assert/strict';
import { renderHelpCard } from '../../bot/cards';
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

function buildExamples(): string[] {
  return ['What is the penalty notice threshold?', 'What is code C?'];
}

describe('renderHelpCard', () => {
  it('lists the help command and asking a question', () => {
    const card = renderHelpCard({ examples: buildExamples() });
    const [factSet] = collect(card, (node) => node.type === 'FactSet');
    const titles = (factSet?.facts as CardNode[]).map((fact) => fact.title);

    assert.deepEqual(titles, ['Ask a question', 'help']);
  });

  it('offers example questions as buttons', () => {
    const card = renderHelpCard({ examples: buildExamples() });
    const buttons = collect(card, (node) => node.type === 'Action.Submit');

    assert.deepEqual(
      buttons.map((button) => button.title),
      buildExamples(),
    );
    assert.equal((buttons[0]?.data as CardNode).action, 'ask');
  });

  it('warns against typing personal data', () => {
    const card = renderHelpCard({ examples: buildExamples() });
    const texts = collect(card, (node) => node.type === 'TextBlock').map((node) => node.text);

    assert.ok(texts.some((text) => String(text).includes('Do not type pupil names')));
  });

  it('names who to contact', () => {
    const card = renderHelpCard({ examples: [] });
    const text = collect(card, (node) => node.type === 'TextBlock')
      .map((node) => String(node.text))
      .join('\n');

    assert.match(text, /Inclusion Officer/);
    assert.match(text, /Education Inclusion helpline on 01452 427274/);
    assert.match(text, /designated safeguarding lead \(DSL\)/);
  });

  it('omits the examples section without examples', () => {
    const card = renderHelpCard({ examples: [] });

    assert.equal(collect(card, (node) => node.type === 'Action.Submit').length, 0);
    assertValidAdaptiveCard(card);
  });
});
