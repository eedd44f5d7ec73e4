import assert from 'node:assert/strict';

import type { EvalQuestion, KeyFacts } from '../../scripts/eval-faq.data';
import { scoreReply, statesFact, summarise } from '../../scripts/eval-faq.scoring';

const FACTS: KeyFacts = {
  F01: [/\b80\b/i, /\b21 days\b/i],
  F02: [/prosecut/i],
};

function question(label: string, altLabels: string[] = []): EvalQuestion {
  return { id: 'Q', text: 'question', label, alt_labels: altLabels };
}

describe('eval-faq scoring', () => {
  it('needs every expression of a fact', () => {
    assert.equal(statesFact('£80 within 21 days', 'F01', FACTS), true);
    assert.equal(statesFact('£80 within 28 days', 'F01', FACTS), false);
  });

  it('rejects an unknown fact id', () => {
    assert.throws(() => statesFact('text', 'F99', FACTS), /F99/);
  });

  it('accepts an alternative fact', () => {
    assert.equal(
      scoreReply(question('F01', ['F02']), { answerText: 'they may prosecute' }, FACTS),
      true,
    );
  });

  it('counts a decline as wrong for an answerable question', () => {
    assert.equal(scoreReply(question('F02'), { answerText: null }, FACTS), false);
  });

  it('counts only a decline as right for a none question', () => {
    assert.equal(scoreReply(question('none'), { answerText: null }, FACTS), true);
    assert.equal(scoreReply(question('none'), { answerText: 'prosecute' }, FACTS), false);
  });

  it('totals answerable and decline questions apart', () => {
    const questions = [question('F01'), question('F02'), question('none')];
    const summary = summarise(
      questions,
      [{ answerText: '£80 in 21 days' }, { answerText: 'withdrawn' }, { answerText: null }],
      FACTS,
    );
    assert.equal(summary.answerableCorrect, 1);
    assert.equal(summary.answerableTotal, 2);
    assert.equal(summary.declineCorrect, 1);
    assert.equal(summary.declineTotal, 1);
    assert.equal(summary.failures.length, 1);
  });
});
