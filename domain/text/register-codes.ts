import type { RawToken } from './tokenise';

/**
 * Single-letter attendance register codes, including `H` and `J`, which were withdrawn on
 * 19 August 2024 but still come up in questions.
 */
export const SINGLE_LETTER_CODES = new Set('bcdeghijklmnopqrstuvwxz'.split(''));

const MULTI_CHARACTER_CODE = /^(c1|c2|j1|y[1-7])$/;

/** Words just before a letter that mark it as a code: "code N", "an L", "marked as U". */
const CODE_BEFORE = new Set(
  (
    'code codes an mark marked marking coded use using used put enter entered record recorded ' +
    'recording as between means'
  ).split(' '),
);
/** Words just after a letter that mark it as a code: "N code", "U mark", "what does N mean". */
const CODE_AFTER = new Set(
  (
    'code codes mark marks coded mean means stand stands count counts authorised unauthorised ' +
    'auth unauth authorized unauthorized'
  ).split(' '),
);
/** Words that join codes in a list: "L and U", "G, N, O or U", "L vs U". */
const LIST_JOINERS = new Set(['and', 'or', 'vs', 'versus', 'v', 'to', 'nor']);
/** Words after `Y7` and the like that show a year group, not the `Y7` code. */
const YEAR_GROUP_AFTER = new Set(
  (
    'class classes pupil pupils child children kid kids student students teacher teachers boy ' +
    'boys girl girls lad lads group groups trip parents'
  ).split(' '),
);
/** Words before a capital `U` that show the text-speak "you": "can U", "do U". */
const YOU_BEFORE = new Set(
  'do can will are r if have did could would should when thank'.split(' '),
);

/** Whether register codes are looked for in a staff question or in curated knowledge text. */
export type CodeContext = 'question' | 'document';

/**
 * Returns, for each token, the register code it stands for (`u`, `c2`, `y1`) or undefined.
 *
 * `#` (planned closure) is a code unless a hashtag follows it. Multi-character codes (`C1`,
 * `C2`, `J1`, `Y1`–`Y7`) are always codes, except `Y1`–`Y7`
 * followed by a year-group word ("Y7 pupils"). A single letter is a code when a neighbouring
 * word marks it as one ("code N", "an L", "U unauthorised"), when it sits in a list with another code
 * ("L and U"), or when it is a lone capital other than `A` and `I`. In a question a lone
 * capital `U` after "do", "can" and similar is read as "you". A lone `Y` is a code only before
 * "code" ("which Y code"), standing for the whole `Y1`–`Y7` family. In a document any lone capital
 * except `A` counts, and `I` counts when followed by a bracket ("I (illness)").
 */
export function detectRegisterCodes(
  tokens: readonly RawToken[],
  source: string,
  context: CodeContext,
): (string | undefined)[] {
  const codes = tokens.map((token, index) => codeByItself(tokens, index, source, context));

  let changed = true;
  while (changed) {
    changed = false;
    tokens.forEach((token, index) => {
      if (codes[index] === undefined && isListedWithCode(tokens, codes, index)) {
        codes[index] = token.text;
        changed = true;
      }
    });
  }
  return codes;
}

function codeByItself(
  tokens: readonly RawToken[],
  index: number,
  source: string,
  context: CodeContext,
): string | undefined {
  const token = tokens[index];
  if (!token) {
    return undefined;
  }
  const previous = tokens[index - 1]?.text;
  const next = tokens[index + 1]?.text;

  if (token.text === '#') {
    return /^[\p{L}\p{N}]/u.test(source.slice(token.end)) ? undefined : '#';
  }
  if (MULTI_CHARACTER_CODE.test(token.text)) {
    const yearGroup = token.text.startsWith('y') && (next ? YEAR_GROUP_AFTER.has(next) : false);
    return yearGroup || previous === 'in' ? undefined : token.text;
  }
  if (token.text === 'y') {
    return next === 'code' || next === 'codes' ? 'y' : undefined;
  }
  if (!SINGLE_LETTER_CODES.has(token.text)) {
    return undefined;
  }
  if (token.text === 'i') {
    return isCodeI(token, previous, next, source, context) ? 'i' : undefined;
  }
  if (hasCodeNeighbour(previous, next)) {
    return token.text;
  }
  const capital = token.original === token.original.toUpperCase();
  if (!capital || isShouting(source)) {
    return undefined;
  }
  if (context === 'question' && token.text === 'u' && previous && YOU_BEFORE.has(previous)) {
    return undefined;
  }
  return token.text;
}

function isCodeI(
  token: RawToken,
  previous: string | undefined,
  next: string | undefined,
  source: string,
  context: CodeContext,
): boolean {
  if (previous === 'code' || previous === 'codes' || previous === 'an') {
    return true;
  }
  if (next === 'code' || next === 'codes') {
    return true;
  }
  return context === 'document' && /^\s*\(/.test(source.slice(token.end));
}

function hasCodeNeighbour(previous: string | undefined, next: string | undefined): boolean {
  return (
    (previous !== undefined && CODE_BEFORE.has(previous)) ||
    (next !== undefined && CODE_AFTER.has(next))
  );
}

function isListedWithCode(
  tokens: readonly RawToken[],
  codes: readonly (string | undefined)[],
  index: number,
): boolean {
  const token = tokens[index];
  if (!token || !SINGLE_LETTER_CODES.has(token.text) || token.text === 'i') {
    return false;
  }
  return [-1, 1].some((direction) => {
    let neighbour = index + direction;
    if (LIST_JOINERS.has(tokens[neighbour]?.text ?? '')) {
      neighbour += direction;
    }
    return codes[neighbour] !== undefined && Math.abs(neighbour - index) <= 2;
  });
}

/** Whether the text is typed mostly in capitals, where a capital letter is no sign of a code. */
function isShouting(source: string): boolean {
  const letters = source.replace(/[^A-Za-z]/g, '');
  const capitals = source.replace(/[^A-Z]/g, '');
  return letters.length >= 12 && capitals.length / letters.length > 0.6;
}
