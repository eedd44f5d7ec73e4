import assert from 'node:assert/strict';

import type { AnswerResult } from '../../domain/knowledge/answer-result';
import { createAnswerService } from '../../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../../domain/knowledge/knowledge-base';

function answerText(result: AnswerResult): string {
  assert.ok(result.answered, `declined: ${result.answered ? '' : result.reason}`);
  return result.entry.answer;
}

describe('answer service on the shipped knowledge base', () => {
  const service = createAnswerService(loadKnowledgeBase());

  it('explains what follows an unpaid penalty notice', () => {
    const answer = answerText(service.answer("what happens if a parent doesn't pay a PN"));
    assert.match(answer, /prosecut/i);
    assert.match(answer, /unpaid|not paid|non-payment/i);
  });

  it('declines a disclosure and sends staff to the DSL', () => {
    const result = service.answer("a child just told me they're being hurt at home");
    assert.equal(result.answered, false);
    assert.equal(result.answered ? undefined : result.reason, 'safeguarding');
    assert.match(result.answered ? '' : result.message, /\bDSL\b/);
  });

  it('gives the Education Inclusion helpline number', () => {
    assert.match(
      answerText(service.answer('phone no for the inclusion helpline?')),
      /01452 427274/,
    );
  });

  it('answers a question about a register code', () => {
    const answer = answerText(service.answer('is U unauthorised'));
    assert.match(answer, /\bU\b/);
    assert.match(answer, /unauthorised/i);
  });

  it('codes a part-time timetable as C2', () => {
    assert.match(
      answerText(service.answer('which code for a kid on a reduced timetable')),
      /\bC2\b/,
    );
  });

  it('expands an abbreviation to its entry', () => {
    assert.match(answerText(service.answer('whats an ESO')), /education supervision order/i);
  });

  it('declines one named pupil and another nation', () => {
    const pupil = service.answer("can you show me leo's attendance");
    const nation = service.answer('our partner school in edinburgh, same fines?');
    assert.equal(pupil.answered ? undefined : pupil.reason, 'pupil-data');
    assert.equal(nation.answered ? undefined : nation.reason, 'other-nation');
  });

  it('answers in well under a millisecond', () => {
    const questions = [
      'price of a PN',
      'wot is an AIM',
      'is U unauthorised',
      'who do we ring at the council',
    ];
    const timings: number[] = [];
    for (let round = 0; round < 50; round += 1) {
      for (const question of questions) {
        const start = process.hrtime.bigint();
        service.answer(question);
        timings.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)] ?? Infinity;
    assert.ok(median < 1, `median lookup ${median.toFixed(3)} ms`);
  });
});
