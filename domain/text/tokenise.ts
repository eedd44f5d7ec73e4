/** One word or number of a question, with its position in the original text. */
export interface RawToken {
  /** Lower-case form with apostrophes removed, for example `mias` for "Mia's". */
  text: string;
  /** Token exactly as typed, used to tell a code such as `U` from the pronoun-like `u`. */
  original: string;
  /** Offset of the first character in the text that was tokenised. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:\.\d+)?|#/gu;
const ORDINAL = /^\d+(st|nd|rd|th)$/;
const DIGITS_THEN_LETTERS = /^(\d+)([a-z]{2,})$/;
const LETTERS_THEN_DIGITS = /^([a-z]{2,})(\d+)$/;

/** Letter-digit words kept whole because they are abbreviations or text-speak (`ks2`, `2day`). */
const KEEP_WHOLE = new Set([
  'ks1',
  'ks2',
  'ks3',
  'ks4',
  'ks5',
  '2day',
  '2moro',
  '2morrow',
  '4ever',
]);

/**
 * Splits text into word and number tokens. Symbols that carry meaning become words first
 * (`%` → percent, `£` → pounds, `&` and `+` → and). A `#` is kept as a token of its own
 * because it is a register code. Glued forms such as `yr5` or `2wks` are
 * split into `yr 5` and `2 wks`; ordinals such as `2nd` stay whole.
 */
export function tokenise(text: string): RawToken[] {
  const prepared = text
    .replace(/%/g, ' percent ')
    .replace(/£/g, ' pounds ')
    .replace(/[&+]/g, ' and ');
  const tokens: RawToken[] = [];

  for (const match of prepared.matchAll(TOKEN_PATTERN)) {
    const start = match.index ?? 0;
    for (const part of splitGlued(match[0])) {
      tokens.push({
        text: part.text.toLowerCase().replace(/['’]/g, ''),
        original: part.text,
        start: start + part.offset,
        end: start + part.offset + part.text.length,
      });
    }
  }
  return tokens;
}

function splitGlued(word: string): { text: string; offset: number }[] {
  const lower = word.toLowerCase();
  if (KEEP_WHOLE.has(lower) || ORDINAL.test(lower)) {
    return [{ text: word, offset: 0 }];
  }
  const split = DIGITS_THEN_LETTERS.exec(lower) ?? LETTERS_THEN_DIGITS.exec(lower);
  if (!split || !split[1] || !split[2]) {
    return [{ text: word, offset: 0 }];
  }
  const cut = split[1].length;
  return [
    { text: word.slice(0, cut), offset: 0 },
    { text: word.slice(cut), offset: cut },
  ];
}
