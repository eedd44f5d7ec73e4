import assert from 'node:assert/strict';

import { findQuestionWordIntents } from '../../domain/text/question-intent';

describe('findQuestionWordIntents', () => {
  it('finds when-questions', () => {
    for (const text of [
      'when can we issue a PN',
      'wen should we ask for a fine',
      'at what point do we go for a penalty notice',
      'ok so when is the register closed',
    ]) {
      assert.deepEqual(findQuestionWordIntents(text), ['intent:when'], text);
    }
  });

  it('finds who-questions', () => {
    for (const text of [
      'who can issue a PN',
      'Who is responsible for attendance',
      'so who decides',
    ]) {
      assert.deepEqual(findQuestionWordIntents(text), ['intent:who'], text);
    }
  });

  it('ignores a when that starts a clause', () => {
    for (const text of [
      'what code when a child is ill',
      'what do we do when the parent refuses',
      'how much is a PN',
    ]) {
      assert.deepEqual(findQuestionWordIntents(text), [], text);
    }
  });
});
