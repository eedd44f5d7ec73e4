import assert from 'node:assert/strict';

import type { AnswerResult } from '../../domain/knowledge/answer-result';
import { createAnswerService } from '../../domain/knowledge/answer-service';
import { makeFixtureEntries } from './entry.fixture';

function answeredId(result: AnswerResult): string | undefined {
  return result.answered ? result.entry.id : undefined;
}

describe('createAnswerService', () => {
  const service = createAnswerService(makeFixtureEntries());

  it('answers with the best entry and its score', () => {
    const result = service.answer('how much does a penalty notice cost');
    assert.equal(answeredId(result), 'penalty-amounts');
    assert.ok(result.score > 0);
  });

  it('lists the second topic of a two-part question as related', () => {
    const result = service.answer('how much is a PN and what if they refuse to pay');
    assert.ok(result.answered);
    const ids = [result.entry.id, ...result.related.map((entry) => entry.id)];
    assert.ok(ids.includes('penalty-amounts'), ids.join());
    assert.ok(ids.includes('penalty-non-payment'), ids.join());
  });

  it('adds curated related entries', () => {
    const result = service.answer('how much is a penalty notice');
    assert.ok(result.answered);
    assert.ok(result.related.some((entry) => entry.id === 'penalty-non-payment'));
  });

  it('declines an empty question', () => {
    const result = service.answer('  \n ');
    assert.equal(result.answered, false);
    assert.equal(result.answered ? undefined : result.reason, 'empty');
  });

  it('declines a question it cannot match', () => {
    const result = service.answer('can someone fix the boiler in block b');
    assert.equal(result.answered ? undefined : result.reason, 'low-confidence');
  });

  it('offers at most three suggestions on a weak match', () => {
    const strict = createAnswerService(makeFixtureEntries(), { minimumScore: 1000 });
    const result = strict.answer('penalty notice parent pay illness code helpline');
    assert.equal(result.answered ? undefined : result.reason, 'low-confidence');
    assert.equal(result.answered ? 0 : result.suggestions.length, 3);
  });

  it('applies decline rules before retrieval', () => {
    const result = service.answer('pupil told me her dad hits her, how much is a PN');
    assert.equal(result.answered ? undefined : result.reason, 'safeguarding');
  });

  it('tells the inclusion helpline on a low-confidence decline', () => {
    const result = service.answer('quarterly boiler servicing rota');
    assert.match(result.answered ? '' : result.message, /01452 427274/);
  });
});
