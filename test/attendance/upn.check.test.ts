import assert from 'node:assert/strict';
import {
  UPN_LETTERS,
  isTemporaryUpn,
  isValidUpn,
  makeSyntheticUpn,
  upnCheckLetter,
} from '../../domain/attendance';

/** Weighted sum of UPN characters 2 to 13, written out by hand for the test cases below. */
function weightedSum(body: string): number {
  return [...body].reduce((sum, character, index) => {
    const value = /[0-9]/.test(character) ? Number(character) : UPN_LETTERS.indexOf(character);
    return sum + value * (index + 2);
  }, 0);
}

describe('upnCheckLetter', () => {
  it('computes B for 801200005001', () => {
    // 8×2 + 1×4 + 2×5 + 5×10 + 1×13 = 93, and 93 mod 23 = 1, which is B.
    assert.equal(weightedSum('801200005001'), 93);
    assert.equal(upnCheckLetter('801200005001'), 'B');
  });

  it('computes P for 207000016049', () => {
    // 2×2 + 7×4 + 1×9 + 6×10 + 4×12 + 9×13 = 266, and 266 mod 23 = 13, which is P.
    // Some MIS help pages give Q for this body because they add the products up to 267.
    assert.equal(weightedSum('207000016049'), 266);
    assert.equal(upnCheckLetter('207000016049'), 'P');
  });

  it('skips I, O and S in the letter table', () => {
    assert.equal(UPN_LETTERS.length, 23);
    for (const letter of 'IOS') assert.ok(!UPN_LETTERS.includes(letter));
  });

  it('counts a final letter by its table index', () => {
    const body = '91600002401A';
    assert.equal(upnCheckLetter(body), UPN_LETTERS.charAt(weightedSum(body) % 23));
    assert.equal(weightedSum(body), weightedSum('916000024010'));
  });

  for (const body of [
    '80120000500',
    '8012000050012',
    '8012000A5001',
    '80120000500I',
    '80120000500a',
  ]) {
    it(`returns null for body ${body}`, () => {
      assert.equal(upnCheckLetter(body), null);
    });
  }
});

describe('isValidUpn', () => {
  it('accepts UPNs with the right check letter', () => {
    assert.equal(isValidUpn('B801200005001'), true);
    assert.equal(isValidUpn('P207000016049'), true);
    assert.equal(isValidUpn('Q207000016049'), false);
  });

  it('rejects a wrong check letter', () => {
    for (const letter of UPN_LETTERS.replace('B', '')) {
      assert.equal(isValidUpn(`${letter}801200005001`), false, letter);
    }
  });

  for (const upn of [
    'B80120000500',
    'B8012000050011',
    'b801200005001',
    ' B801200005001',
    'B80120000500I',
  ]) {
    it(`rejects malformed ${JSON.stringify(upn)}`, () => {
      assert.equal(isValidUpn(upn), false);
    });
  }

  it('accepts a temporary UPN ending in a letter', () => {
    const body = '91600002401A';
    const upn = upnCheckLetter(body)! + body;
    assert.equal(isValidUpn(upn), true);
    assert.equal(isTemporaryUpn(upn), true);
    assert.equal(isTemporaryUpn('B801200005001'), false);
  });
});

describe('makeSyntheticUpn', () => {
  it('makes distinct valid UPNs', () => {
    const upns = Array.from({ length: 2000 }, (_, index) => makeSyntheticUpn(index * 50));
    for (const upn of upns) assert.ok(isValidUpn(upn), upn);
    assert.equal(new Set(upns).size, upns.length);
  });

  it('puts the number in the last five digits', () => {
    assert.match(makeSyntheticUpn(42), /^[A-Z]916000000042$/);
  });

  for (const pupilNumber of [-1, 100_000, 1.5, Number.NaN]) {
    it(`rejects pupil number ${pupilNumber}`, () => {
      assert.throws(() => makeSyntheticUpn(pupilNumber), RangeError);
    });
  }
});
