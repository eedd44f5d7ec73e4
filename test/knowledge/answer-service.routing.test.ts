import assert from 'node:assert/strict';

import type { AnswerResult } from '../../domain/knowledge/answer-result';
import { createAnswerService } from '../../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../../domain/knowledge/knowledge-base';

function answeredId(result: AnswerResult): string | undefined {
  return result.answered ? result.entry.id : undefined;
}

describe('answer service routing on the shipped knowledge base', () => {
  const entries = loadKnowledgeBase();
  const service = createAnswerService(entries);

  function assertAnsweredBy(questions: readonly string[], entryId: string): void {
    for (const question of questions) {
      assert.equal(answeredId(service.answer(question)), entryId, question);
    }
  }

  it('answers per-parent questions with the penalty amounts', () => {
    const questions = [
      'is a PN per parent or per child',
      'do both parents get their own PN',
      'two children off, does the parent get a notice for each',
    ];
    assertAnsweredBy(questions, 'penalty-notice-amounts');
    const result = service.answer(questions[0] ?? '');
    assert.match(result.answered ? result.entry.answer : '', /per parent and per child/);
  });

  it('declines appeals and complaints it has no entry for', () => {
    for (const question of [
      'can a parent appeal a PN',
      'how do parents appeal against a fine',
      'can mum dispute the penalty notice',
      'parent wants to complain about a PN, what now',
    ]) {
      const result = service.answer(question);
      assert.equal(result.answered ? undefined : result.reason, 'low-confidence', question);
      assert.ok(!result.answered, question);
      assert.ok(result.suggestions.length > 0, question);
    }
  });

  it('codes a pupil in hospital as illness', () => {
    const questions = [
      'how do i mark a child who is in hospital',
      'pupil in hospital for two weeks, which code',
      'code for a kid staying in hospital',
    ];
    assertAnsweredBy(questions, 'illness-code-i-and-medical-evidence');
    const result = service.answer(questions[0] ?? '');
    assert.match(result.answered ? result.entry.answer : '', /hospital, is marked I/);
  });

  it('sends when-questions about penalty notices to the request entry', () => {
    assertAnsweredBy(
      [
        'wen can we issue a PN',
        'when can we ask for a PN',
        'when should we go for a penalty notice',
      ],
      'penalty-notice-when-to-request',
    );
    assertAnsweredBy(['who can issue a PN'], 'penalty-notice-who-can-issue');
  });

  it('offers the other threshold on a PA and SA comparison', () => {
    for (const question of ['diff between PA and SA', 'persistent vs severe absence']) {
      const result = service.answer(question);
      assert.ok(result.answered, question);
      const ids = [result.entry.id, ...result.related.map((entry) => entry.id)];
      assert.ok(ids.includes('persistent-absence-threshold'), `${question}: ${ids.join()}`);
      assert.ok(ids.includes('severe-absence-threshold'), `${question}: ${ids.join()}`);
    }
  });

  it('sends EWO questions to the Inclusion Officer contact', () => {
    assertAnsweredBy(
      ['refer to the EWO or LA', 'contact details for our EWO', 'who is the EWS contact'],
      'education-inclusion-service-contact',
    );
  });

  it('answers a pupil who left for somewhere unknown as CME', () => {
    const questions = [
      'pupil left and we dont know where they went - is that CME',
      'family moved and we have no forwarding address, what now',
    ];
    assertAnsweredBy(questions, 'children-missing-education');
    const result = service.answer(questions[0] ?? '');
    assert.match(result.answered ? result.entry.answer : '', /\(DSL\)/);
  });

  it('answers general PA questions that name a year group', () => {
    for (const question of [
      'is a pupil in year 5 on 89% PA',
      'a yr 9 boy has missed 12 sessions out of 100, is that PA',
      'what is PA',
    ]) {
      const result = service.answer(question);
      assert.ok(result.answered, question);
      assert.match(result.entry.answer, /\b(90|10)%/, question);
      assert.match(result.entry.answer, /persistent/i, question);
    }
  });

  it('declines a named pupil in a class code', () => {
    const result = service.answer('has ellie in 5B hit PA yet');
    assert.equal(result.answered ? undefined : result.reason, 'pupil-data');
  });

  it('lets every entry title and phrasing past the pupil and safeguarding rules', () => {
    for (const entry of entries) {
      for (const question of [entry.title, ...entry.phrasings]) {
        const result = service.answer(question);
        const reason = result.answered ? undefined : result.reason;
        assert.notEqual(reason, 'pupil-data', `${entry.id}: ${question}`);
        assert.notEqual(reason, 'safeguarding', `${entry.id}: ${question}`);
      }
    }
  });
});
