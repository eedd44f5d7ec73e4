import assert from 'node:assert/strict';

import { detectRegisterCodes, type CodeContext } from '../../domain/text/register-codes';
import { tokenise } from '../../domain/text/tokenise';

function codesIn(text: string, context: CodeContext = 'question'): string[] {
  const tokens = tokenise(text);
  return detectRegisterCodes(tokens, text, context).filter(
    (code): code is string => code !== undefined,
  );
}

describe('detectRegisterCodes', () => {
  it('finds codes asked about directly', () => {
    const cases: [string, string[]][] = [
      ['is U unauthorised', ['u']],
      ['code N', ['n']],
      ["what's an L", ['l']],
      ['when do we use C2', ['c2']],
      ['can Y1 be used for a late bus', ['y1']],
      ['J1 for a college interview?', ['j1']],
      ['does G count towards a fine', ['g']],
      ['should it be code l or u', ['l', 'u']],
      ['is u unauthorised', ['u']],
      ['what does n mean', ['n']],
      ['which Y code', ['y']],
      ['is it an I code', ['i']],
      ['what does # mean', ['#']],
    ];
    for (const [text, expected] of cases) {
      assert.deepEqual(codesIn(text), expected, text);
    }
  });

  it('finds every code in a list', () => {
    assert.deepEqual(codesIn('codes G, N, O and U'), ['g', 'n', 'o', 'u']);
  });

  it('ignores ordinary words', () => {
    const cases = [
      'is a pupil late if I mark them after nine',
      'can I ask for a doctors note',
      'how do u work out the percentage',
      'what do i tell the governors',
      'yr5 r out on a trip',
      'Y7 pupils on the trip',
      'a child in Y3 missed the bus',
      'see #attendance for updates',
    ];
    for (const text of cases) {
      assert.deepEqual(codesIn(text), [], text);
    }
  });

  it('reads a capital U after a verb as you', () => {
    assert.deepEqual(codesIn('can U help with this'), []);
  });

  it('ignores capitals in a shouted question', () => {
    assert.deepEqual(codesIn('WHAT DO I DO ABOUT A LATE CHILD'), []);
  });

  it('finds code I before a bracket in documents', () => {
    assert.deepEqual(codesIn('C (leave), I (illness) and M (medical)', 'document'), [
      'c',
      'i',
      'm',
    ]);
  });
});
