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

  it('declines signs of neglect', () => {
    assertReason(
      [
        'kid says hes not allowed to eat at home',
        'no food at home',
        'comes in starving every day',
        'left home alone all weekend',
        'locked in her room',
        'the pupil says there is never enough food in the house',
        'boy is always hungry and says theres nothing to eat at home',
        'year 2 girl was left on her own overnight',
        'dad locks him in his bedroom after school',
        'worried about neglect, she is always in the same dirty clothes',
      ],
      'safeguarding',
    );
  });

  it('declines a child missing from home', () => {
    assertReason(
      [
        'child missing from home overnight, police involved, what code',
        'mum says he didnt come home last night',
        'teenager ran away from home at the weekend, how do we mark today',
        'parent reported her missing to the police yesterday',
        'she was reported missing on sunday, what code today',
        'he hasnt been home since friday according to his nan',
        'girl was out all night and mum has no idea where she was',
      ],
      'safeguarding',
    );
  });

  it('declines disclosures and signs of abuse or exploitation', () => {
    assertReason(
      [
        'pupil said she is scared of going home tonight',
        'a child told me someone touched her',
        'noticed marks on her arms during PE',
        'unexplained injuries again on a year 4 boy',
        'worried she will be made to marry abroad in the holidays',
        'possible female genital mutilation risk over the summer',
        'think a lad is grooming younger pupils',
        'concerns about county lines and his afternoon absences',
        'year 10 boy may be being criminally exploited, he misses afternoons',
        'CSE concerns about a year 9 girl who keeps truanting',
        'reception girl walked out at lunch and no one knows where she is',
      ],
      'safeguarding',
    );
  });

  it('answers children missing education and absence follow-up', () => {
    assertReason(
      [
        'pupil left and we dont know where they went - is that CME',
        'family moved away and nobody knows where they are now',
        'child has left and we dont know where she went, what do we do',
        'kid not been in all week, no answer from mum or the emergency contacts',
        'we have not been home visiting lately, should we start again',
        'pupil has never been home educated before, how do we admit them',
        'free breakfast club for pupils who arrive hungry, does it help attendance',
        'mum is getting married in term time, can we authorise leave',
        'how do we report missing registers to the office',
        'does the school tell the police about a penalty notice',
      ],
      undefined,
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

  it('declines a pupil named beside a class or year group', () => {
    assertReason(
      [
        'has ellie in 5B hit PA yet',
        'is Ellie in 5B PA',
        'mohammed in 3C missed 12 sessions is that PA',
        'is jenna in 10X2 on 85 percent',
        'Has Kacper in class 3C reached the threshold yet',
        'whats going on with freya in Oak class, is she PA',
        'check whether noah from 6R is severely absent',
        'is Bartek in yr 8 below 90%',
      ],
      'pupil-data',
    );
  });

  it('declines a named pupil by records or sessions missed', () => {
    assertReason(
      [
        "what are Zayn's marks this week",
        'zayns sessions missed since september',
        'how many sessions has priya missed this term',
        'how many days has Tomasz had off',
        'ruby in year 3 again, what is her attendance',
        'his absences look bad, its Leo in year 8',
      ],
      'pupil-data',
    );
  });

  it('answers questions about pupils in general', () => {
    assertReason(
      [
        'is a pupil in year 5 on 89% PA',
        'a yr 9 boy has missed 12 sessions out of 100, is that PA',
        'what is PA',
        'the TA in 5B marked a child late, which code',
        'three pupils in 3C are on part time timetables, what code',
        'attendance is dropping in 10X2, what support helps',
        'punctuality in 2B is poor, what can we do',
        'behaviour in 5B is affecting attendance',
        'someone in 10X2 keeps arriving late, is that L or U',
        'registers in 3C were taken late on the 2nd',
        'his attendance has dropped since his parents split, what support is there',
        'how many sessions has a pupil missed if they are on 85%',
        'can children in class 4 go on a trip and be marked present',
      ],
      undefined,
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
