import assert from 'node:assert/strict';
import { renderErrorCard, toAttachment } from '../../bot/cards';

describe('toAttachment', () => {
  it('wraps a card as an Adaptive Card attachment', () => {
    const card = renderErrorCard();
    const attachment = toAttachment(card);

    assert.equal(attachment.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(attachment.content, card);
  });
});
