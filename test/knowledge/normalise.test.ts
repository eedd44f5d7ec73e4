import assert from 'node:assert/strict';

import { expandAbbreviation } from '../../domain/text/abbreviations';
import { analyseText, normaliseWords } from '../../domain/text/normalise';
import { toBritishSpelling } from '../../domain/text/spelling';
import { stem } from '../../domain/text/stem';
import { TypoCorrector } from '../../domain/text/typo-corrector';

function words(text: string): string {
  return normaliseWords(text, { context: 'question' }).join(' ');
}

describe('normaliseWords', () => {
  it('expands attendance abbreviations', () => {
    const cases: [string, string][] = [
      ['PN', 'penalty notice'],
      ['NTI', 'notice to improve'],
      ['SAC', 'senior attendance champion'],
      ['PA', 'persistent absence'],
      ['SA', 'severe absence'],
      ['AIM', 'attendance improvement meeting'],
      ['EWO', 'inclusion officer'],
      ['EWS', 'education inclusion service'],
      ['LA', 'local authority'],
      ['DSL', 'designated safeguarding lead'],
      ['EHCP', 'education health care plan'],
      ['CME', 'child missing education'],
      ['EHE', 'elective home education'],
      ['SENCO', 'special educational needs coordinator'],
      ['ESO', 'education supervision order'],
      ['SAO', 'school attendance order'],
      ['SLT', 'senior leadership team'],
      ['MIS', 'management information system'],
      ['VYED', 'view your education data'],
      ['TSM', 'targeting support meeting'],
      ['EIS', 'education inclusion service'],
      ['SEND', 'special educational needs disabilities'],
    ];
    for (const [abbreviation, expected] of cases) {
      assert.equal(words(abbreviation), expected, abbreviation);
    }
  });

  it('expands plural abbreviations', () => {
    assert.equal(words('2 PNs'), '2 penalty notice');
  });

  it('writes out the deputy head', () => {
    assert.equal(words('DHT'), 'deputy head');
  });

  it('keeps lower-case words that are also abbreviations', () => {
    assert.equal(words('where do we send it'), 'where do we send it');
    assert.equal(words('our aim is'), 'our aim is');
  });

  it('writes out text-speak', () => {
    assert.equal(words('wot r u doin b4 9'), 'what are you doin before 9');
    assert.equal(
      words('pls can it go thru wen its late cos'),
      'please can it go through when its late because',
    );
  });

  it('merges words of the same meaning', () => {
    assert.equal(words('kids mums pupils'), 'child parent child');
  });

  it('turns symbols into words', () => {
    assert.equal(words('90% & £80'), '90 percent and pounds 80');
  });

  it('drops year groups, glued or not', () => {
    const cases: [string, string][] = [
      ['yr5 trip', 'trip'],
      ['year 11 girl', 'girl'],
      ['Y9 pupils', 'child'],
      ['reception and yr 13', 'reception and'],
    ];
    for (const [text, expected] of cases) {
      assert.equal(words(text), expected, text);
    }
  });

  it('keeps the school year and Y codes', () => {
    assert.equal(words('sessions in a school year'), 'sessions in a school year');
    assert.equal(words('3 years'), '3 years');
    assert.equal(words('year 2024'), 'year 2024');
    assert.equal(words('what does Y5 mean'), 'what does code:y5 code:y mean');
  });

  it('reads "per cent" as percent', () => {
    assert.deepEqual(analyseText('90 per cent', { context: 'question' }), ['90', 'percent']);
  });

  it('leaves stopwords out of index terms', () => {
    assert.deepEqual(analyseText('what is the code for a trip', { context: 'question' }), [
      'cod',
      'trip',
    ]);
  });
});

describe('toBritishSpelling', () => {
  it('converts American spellings', () => {
    assert.equal(toBritishSpelling('authorized'), 'authorised');
    assert.equal(toBritishSpelling('unauthorized'), 'unauthorised');
    assert.equal(toBritishSpelling('organizing'), 'organising');
    assert.equal(toBritishSpelling('analyze'), 'analyse');
    assert.equal(toBritishSpelling('behavior'), 'behaviour');
  });

  it('leaves words that are not American spellings', () => {
    assert.equal(toBritishSpelling('size'), 'size');
    assert.equal(toBritishSpelling('authorised'), 'authorised');
  });
});

describe('stem', () => {
  it('merges plural and tense forms', () => {
    assert.equal(stem('absences'), stem('absence'));
    assert.equal(stem('authorised'), stem('authorising'));
    assert.equal(stem('families'), 'family');
    assert.equal(stem('stopped'), 'stop');
    assert.equal(stem('buses'), 'bus');
  });

  it('leaves short words and numbers alone', () => {
    assert.equal(stem('bus'), 'bus');
    assert.equal(stem('c2'), 'c2');
  });
});

describe('TypoCorrector', () => {
  const vocabulary = new Map([
    ['attendance', 5],
    ['absence', 4],
    ['persistent', 2],
    ['school', 6],
    ['sessions', 3],
  ]);
  const corrector = new TypoCorrector(vocabulary, new Set(['actually']));

  it('corrects common misspellings', () => {
    assert.equal(corrector.correct('attendence'), 'attendance');
    assert.equal(corrector.correct('absense'), 'absence');
    assert.equal(corrector.correct('persistant'), 'persistent');
    assert.equal(corrector.correct('sesions'), 'sessions');
    assert.equal(corrector.correct('actualy'), 'actually');
    assert.equal(corrector.correct('schoool'), 'school');
  });

  it('leaves short and unrelated words alone', () => {
    assert.equal(corrector.correct('lunch'), 'lunch');
    assert.equal(corrector.correct('shool'), 'shool');
    assert.equal(corrector.correct('sch'), 'sch');
    assert.equal(corrector.correct('payroll'), 'payroll');
  });

  it('corrects questions during normalisation', () => {
    const normalised = normaliseWords('persistant absense', { context: 'question', corrector });
    assert.deepEqual(normalised, ['persistent', 'absence']);
  });
});

describe('expandAbbreviation', () => {
  it('needs capitals for abbreviations that are also words', () => {
    assert.deepEqual(expandAbbreviation('aims', 'AIMs'), ['attendance', 'improvement', 'meeting']);
    assert.equal(expandAbbreviation('aims', 'aims'), undefined);
  });
});
