import assert from 'node:assert/strict';

import { RetrievalIndex } from '../../domain/knowledge/retrieval';
import { makeEntry, makeFixtureEntries } from './entry.fixture';

describe('RetrievalIndex', () => {
  const index = new RetrievalIndex(makeFixtureEntries());

  function topId(question: string): string | undefined {
    return index.search(question).ranked[0]?.entry.id;
  }

  it('ranks the entry that matches the question first', () => {
    assert.equal(topId('what does a penalty notice cost'), 'penalty-amounts');
    assert.equal(
      topId('parent refuses to pay the penalty notice, what next'),
      'penalty-non-payment',
    );
  });

  it('matches abbreviations against written-out words', () => {
    assert.equal(topId('price of a PN?'), 'penalty-amounts');
  });

  it('matches register codes asked about directly', () => {
    assert.equal(topId('is U unauthorised'), 'late-codes');
  });

  it('tolerates misspellings and text-speak', () => {
    assert.equal(topId('wot evidense can we ask for wen a child is ilness'), 'illness-evidence');
  });

  it('matches words of the same meaning', () => {
    assert.equal(topId('kid off sick, can we ask mum for proof'), 'illness-evidence');
  });

  it('ranks both topics of a two-part question', () => {
    const ranked = index.search('how much is a PN and what if they refuse to pay').ranked;
    const topTwo = ranked.slice(0, 2).map((item) => item.entry.id);
    assert.deepEqual([...topTwo].sort(), ['penalty-amounts', 'penalty-non-payment']);
  });

  it('reports full coverage when every word is known', () => {
    assert.equal(index.search('penalty notice cost').coverage, 1);
  });

  it('reports low coverage for words it has never seen', () => {
    const result = index.search('canteen menu tomorrow');
    assert.ok(result.coverage < 0.25, `coverage ${result.coverage}`);
  });

  it('returns nothing for an empty question', () => {
    assert.deepEqual(index.search('   ').ranked, []);
  });

  it('knows the vocabulary of its entries', () => {
    assert.equal(index.knowsWord('penalties'), true);
    assert.equal(index.knowsWord('zebra'), false);
  });

  it('reports a required word the top entry lacks', () => {
    assert.deepEqual(index.search('can a parent appeal a penalty notice').missingRequired, [
      'appeal',
    ]);
    assert.deepEqual(index.search('how much is a penalty notice').missingRequired, []);
  });
});

describe('RetrievalIndex with question-word intents', () => {
  const sameAnswer = 'Schools request a penalty notice from the council.';
  const index = new RetrievalIndex([
    makeEntry({
      id: 'who-requests',
      title: 'Who can request a penalty notice?',
      answer: sameAnswer,
    }),
    makeEntry({
      id: 'when-to-request',
      title: 'At what point can schools request a penalty notice?',
      answer: sameAnswer,
    }),
    makeEntry({
      id: 'complaints',
      title: 'How does a parent appeal or complain about a penalty notice?',
      answer: 'Parents write to the council to appeal.',
    }),
  ]);

  function topId(question: string): string | undefined {
    return index.search(question).ranked[0]?.entry.id;
  }

  it('prefers a title that asks the same question word', () => {
    assert.equal(topId('when can schools request a penalty notice'), 'when-to-request');
    assert.equal(topId('who can request a penalty notice'), 'who-requests');
  });

  it('finds a required word when an entry covers it', () => {
    const result = index.search('can parents appeal a penalty notice');
    assert.equal(result.ranked[0]?.entry.id, 'complaints');
    assert.deepEqual(result.missingRequired, []);
  });
});
