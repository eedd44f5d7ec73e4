import assert from 'node:assert/strict';

import { checkDeclineRules, toPatternText } from '../../domain/knowledge/decline-rules';

const KNOWN_WORDS = new Set([
  'attendance',
  'absence',
  'penalty',
  'notice',
  'session',
  'code',
  'register',
]);
const isKnownWord = (word: string) => KNOWN_WORDS.has(word);

function reasonFor(question: string): string | undefined {
  return checkDeclineRules(question, { isKnownWord })?.reason;
}

function assertReason(questions: readonly string[], expected: string | undefined): void {
  for (const question of questions) {
    assert.equal(reasonFor(question), expected, question);
  }
}

describe('checkDeclineRules', () => {
  it('declines safeguarding disclosures and emergencies', () => {
    assertReason(
      [
        'a child just told me they are being hurt at home',
        'girl in yr 3 said her uncle touched her and she is scared',
        'boy disclosed that his dad beats him',
        'pupil says mums boyfriend hits her',
        'year 9 told a TA she has been self-harming',
        'student mentioned feeling suicidal this morning',
        'he says he doesnt feel safe at home tonight',
        'child is scared to go home after school',
        'reception child ran out of the school gates and we cant find him',
        'a year 5 has gone missing from the school trip',
        'teenager brought a knife in his bag',
        'worried a girl is at risk of FGM over the holidays',
        'boy came in with bruises on his arms again',
        'mum arrived to collect him and she is drunk',
        'dad dropped her off at 8.30 but she never came in to class',
      ],
      'safeguarding',
    );
  });

  it('points safeguarding to the DSL and 999', () => {
    const decline = checkDeclineRules('a pupil told me she is being abused');
    assert.match(decline?.message ?? '', /Designated Safeguarding Lead \(DSL\)/);
    assert.match(decline?.message ?? '', /999/);
  });

  it('declines questions about one named pupil', () => {
    assertReason(
      [
        "what is harry's attendance this term",
        'can you look up kaydens absences',
        'pull up zaynab for me',
        'is poppy in year 2 persistently absent',
        'has freddie hit the threshold yet',
        'how many lates has ruby had',
        'attendance for oliver please',
        'is brandon from class 4 PA',
        'attendance % for Kayden Smith please',
        'can you tell me if amelia is PA',
        'list of PA pupils in year 5',
        'which kids are absent today',
      ],
      'pupil-data',
    );
  });

  it('points pupil questions to the MIS', () => {
    const decline = checkDeclineRules("show me noah's attendance");
    assert.match(decline?.message ?? '', /\bMIS\b/);
  });

  it('declines questions about other UK nations', () => {
    assertReason(
      [
        'do penalty notices exist in Scotland',
        'what are the rules for welsh schools',
        'same codes in Belfast?',
        'a school in Glasgow asked about fines',
        'is the threshold the same in Swansea',
      ],
      'other-nation',
    );
  });

  it('answers a pupil moving to another nation', () => {
    assert.equal(reasonFor('family moved to wales, can we take the child off roll'), undefined);
  });

  it('declines subjects other than attendance', () => {
    assertReason(
      [
        'what is on the lunch menu on friday',
        'my payslip is wrong who do I talk to',
        'forgot my password for the laptop',
        'what is the weather forecast for sports day',
        'whats the wifi code for the hall',
      ],
      'off-topic',
    );
  });

  it('answers attendance questions that mention other matters', () => {
    assertReason(
      [
        'pupil absent three days and the family are not picking up the phone',
        'child open to social care keeps having days off',
        'the school bus was cancelled because of bad weather, which code',
        'our MIS is offline, how do we calculate attendance by hand',
        'how many sessions can a child miss before a penalty notice',
        'pupil on 89.5 percent, does that count as persistent absence',
        'parent refuses to pay the penalty',
        'what do we do if a pupil is missing education',
        'child is anxious and says she is scared to come to school',
        'parent told me the child hurt his leg, which code',
        'is it ok to request a GP letter for sickness',
        'how do we get a notice to improve',
        'what is the kids attendance target',
        'Mum says Attendance is fine, do we still need an AIM',
        'what is the Gloucestershire PA rate',
      ],
      undefined,
    );
  });
});

describe('toPatternText', () => {
  it('lowers case, drops apostrophes and writes out text-speak', () => {
    assert.equal(
      toPatternText("Mia's mum cant come b4 9, r u free?"),
      'mias mum cant come before 9 are you free',
    );
  });
});
