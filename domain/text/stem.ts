const VOWEL = /[aeiouy]/;
const KEEP_DOUBLE = new Set(['ll', 'ss', 'zz', 'ff']);

/**
 * Reduces a word to a light stem so that plural and tense forms meet:
 * `absences`/`absence` → `absenc`, `authorised`/`authorising` → `authoris`,
 * `families` → `family`, `stopped` → `stop`. The rules, in order:
 *
 * 1. `-ies` → `-y`; a final `-s` is dropped unless the word ends in `-ss`, `-us` or `-is`.
 * 2. `-ing` or `-ed` is dropped when at least three letters with a vowel remain, and a
 *    doubled final consonant left behind is undoubled (except `ll`, `ss`, `zz`, `ff`).
 * 3. A final `-e` is dropped from words longer than three letters.
 *
 * Words of three letters or fewer, and anything containing a digit, are returned unchanged.
 * Derived forms (`absent`/`absence`, `prosecute`/`prosecution`) are not merged here: the
 * synonym table does that where it matters.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) {
    return word;
  }
  let result = dropPlural(word);
  result = dropVerbEnding(result);
  if (result.length > 3 && result.endsWith('e')) {
    result = result.slice(0, -1);
  }
  return result;
}

function dropPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) {
    return word.slice(0, -3) + 'y';
  }
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}

function dropVerbEnding(word: string): string {
  const ending = word.endsWith('ing') ? 3 : word.endsWith('ed') ? 2 : 0;
  if (ending === 0) {
    return word;
  }
  const base = word.slice(0, -ending);
  if (base.length < 3 || !VOWEL.test(base)) {
    return word;
  }
  const lastTwo = base.slice(-2);
  if (lastTwo[0] === lastTwo[1] && !VOWEL.test(lastTwo) && !KEEP_DOUBLE.has(lastTwo)) {
    return base.slice(0, -1);
  }
  return base;
}
