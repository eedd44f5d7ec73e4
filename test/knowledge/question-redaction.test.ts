import assert from 'node:assert/strict';

import { redactPersonalDetails } from '../../domain/knowledge/question-redaction';

function assertRedactions(cases: readonly [string, string][]): void {
  for (const [question, expected] of cases) {
    assert.equal(redactPersonalDetails(question), expected, question);
  }
}

describe('redactPersonalDetails', () => {
  it('replaces names from the first-name list', () => {
    assertRedactions([
      ['has ellie in 5B hit PA yet', 'has [name] in 5B hit PA yet'],
      ['mohammed in 3C missed 12 sessions', '[name] in 3C missed 12 sessions'],
      ['is OLIVER on a part time timetable', 'is [name] on a part time timetable'],
      ["can u pull up mia's absences", "can u pull up [name]'s absences"],
    ]);
  });

  it('replaces capitalised unknown words inside a sentence', () => {
    assertRedactions([
      ['Mrs Patel rang about Zainab again', 'Mrs [name] rang about [name] again'],
      ['Can Oliver Smith’s mum get a PN', 'Can [name] [name]’s mum get a PN'],
      ['whats Kacper’s attendance this term', 'whats [name]’s attendance this term'],
    ]);
  });

  it('replaces a possessive unknown word at the start', () => {
    assertRedactions([
      ["Kacper's attendance is 85%, is he PA?", "[name]'s attendance is 85%, is he PA?"],
    ]);
  });

  it('replaces unknown words before a class code', () => {
    assertRedactions([
      ['has jenna in 6R reached persistent absence', 'has [name] in 6R reached persistent absence'],
      ['check her absences, its amira in 9Y3', 'check her absences, its [name] in 9Y3'],
      ['harvey in class 2B has 12 sessions off', '[name] in class 2B has 12 sessions off'],
      ['is bartek from 10X2 severely absent', 'is [name] from 10X2 severely absent'],
    ]);
  });

  it('replaces identifying numbers and emails', () => {
    assertRedactions([
      ['UPN A123456789012 is missing', 'UPN [number] is missing'],
      ['dob 12/03/2015, what year group', 'dob [number], what year group'],
      ['born 3rd March 2015, which class', 'born [number], which class'],
      ['ring mum on 07700 900123 today', 'ring mum on [number] today'],
      ['is +44 7700 900123 the right number', 'is [number] the right number'],
      ['email jo.bloggs@example.org about the NTI', 'email [email] about the NTI'],
    ]);
  });

  it('keeps attendance vocabulary and general questions', () => {
    assertRedactions([
      ['is a pupil in year 5 on 89% PA', 'is a pupil in year 5 on 89% PA'],
      [
        'what does NTI mean and when does the SAC get involved',
        'what does NTI mean and when does the SAC get involved',
      ],
      [
        'summer term PA figures, Y1 codes and a 90% threshold',
        'summer term PA figures, Y1 codes and a 90% threshold',
      ],
      [
        'the TA in 5B marked a child late after 9.10',
        'the TA in 5B marked a child late after 9.10',
      ],
      [
        '10 sessions in 10 weeks from 19 August 2024',
        '10 sessions in 10 weeks from 19 August 2024',
      ],
      ['can we authorise leave for Eid in June', 'can we authorise leave for Eid in June'],
      [
        'Who do we ring at Gloucestershire County Council',
        'Who do we ring at Gloucestershire County Council',
      ],
      ['pupils in 3C on C2 codes', 'pupils in 3C on C2 codes'],
    ]);
  });

  it('keeps words the caller knows', () => {
    const isKnownWord = (word: string) => word === 'fortnight';
    assert.equal(
      redactPersonalDetails('off for a Fortnight in March', { isKnownWord }),
      'off for a Fortnight in March',
    );
    assert.equal(
      redactPersonalDetails('off for a Fortnight in March'),
      'off for a [name] in March',
    );
  });
});
