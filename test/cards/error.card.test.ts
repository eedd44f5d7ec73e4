import assert from 'node:assert/strict';
import { renderErrorCard } from '../../bot/cards';
import { assertValidAdaptiveCard } from '../support/schema-validator';

function textBlocks(card: { body: Record<string, unknown>[] }): string[] {
  const texts: string[] = [];
  const visit = (node: Record<string, unknown>): void => {
    if (node.type === 'TextBlock') {
      texts.push(String(node.text));
    }
    (node.items as Record<string, unknown>[] | undefined)?.forEach(visit);
  };
  card.body.forEach(visit);
  return texts;
}

describe('renderErrorCard', () => {
  it('apologises without a reference', () => {
    const card = renderErrorCard();
    const texts = textBlocks(card);

    assert.deepEqual(texts, [
      'Sorry, something went wrong on our side',
      'Please try again in a few minutes.',
    ]);
    assertValidAdaptiveCard(card);
  });

  it('shows the reference id when given', () => {
    const card = renderErrorCard({ referenceId: 'f:5a1c9e27-0b3d-4c8e' });
    const texts = textBlocks(card);

    assert.equal(texts.at(-1), 'f:5a1c9e27-0b3d-4c8e');
    assert.ok(texts.some((text) => text.includes('quote this reference')));
  });

  it('treats a blank reference as absent', () => {
    const texts = textBlocks(renderErrorCard({ referenceId: '   ' }));

    assert.equal(texts.length, 2);
  });

  it('escapes markdown in the reference id', () => {
    const texts = textBlocks(renderErrorCard({ referenceId: 'id_with_*stars*' }));

    assert.equal(texts.at(-1), 'id\\_with\\_\\*stars\\*');
  });
});
