import assert from 'node:assert/strict';
import { detectSeparator } from '../../register/import/csv.records';
import {
  CsvLimitError,
  CsvTokenizer,
  MAX_FIELD_CHARS,
  type CsvRecord,
} from '../../register/import/csv.tokenize';

function tokenize(
  chunks: string[],
  separator = ',',
): { records: CsvRecord[]; open: number | null } {
  const tokenizer = new CsvTokenizer(separator.charCodeAt(0));
  const records: CsvRecord[] = [];
  for (const chunk of chunks) tokenizer.push(chunk, records);
  const open = tokenizer.finish(records);
  return { records, open };
}

const QUIRKY_CSV =
  'upn,surname,forename\r\n' +
  'A1,"Smith, Jr","Say ""hi"""\r\n' +
  'A2,"Two\nLines",Ann\n' +
  'A3,Plain,"x"\r' +
  'A4,,""\n';

const QUIRKY_RECORDS = [
  { fields: ['upn', 'surname', 'forename'], line: 1 },
  { fields: ['A1', 'Smith, Jr', 'Say "hi"'], line: 2 },
  { fields: ['A2', 'Two\nLines', 'Ann'], line: 3 },
  { fields: ['A3', 'Plain', 'x'], line: 5 },
  { fields: ['A4', '', ''], line: 6 },
];

describe('CsvTokenizer', () => {
  it('splits quoted fields and mixed line ends', () => {
    const { records, open } = tokenize([QUIRKY_CSV]);
    assert.deepEqual(records, QUIRKY_RECORDS);
    assert.equal(open, null);
  });

  it('matches records at every chunk split', () => {
    for (let cut = 0; cut <= QUIRKY_CSV.length; cut++) {
      const { records } = tokenize([QUIRKY_CSV.slice(0, cut), QUIRKY_CSV.slice(cut)]);
      assert.deepEqual(records, QUIRKY_RECORDS, `split at ${cut}`);
    }
  });

  it('matches records with one-character chunks', () => {
    const { records } = tokenize([...QUIRKY_CSV]);
    assert.deepEqual(records, QUIRKY_RECORDS);
  });

  it('completes a final unterminated record', () => {
    const { records } = tokenize(['a,b\n1,"2"']);
    assert.deepEqual(records[1], { fields: ['1', '2'], line: 2 });
  });

  it('keeps a trailing empty field', () => {
    const { records } = tokenize(['a,b,\n']);
    assert.deepEqual(records[0]!.fields, ['a', 'b', '']);
  });

  it('keeps stray quotes inside unquoted fields', () => {
    const { records } = tokenize(['5" ruler,"closed"tail\n']);
    assert.deepEqual(records[0]!.fields, ['5" ruler', 'closedtail']);
  });

  it('splits on a semicolon separator', () => {
    const { records } = tokenize(['a;"b;c";d\n'], ';');
    assert.deepEqual(records[0]!.fields, ['a', 'b;c', 'd']);
  });

  it('returns the line of an unclosed quote', () => {
    const { open } = tokenize(['a,b\n1,"never closed\nmore\n']);
    assert.equal(open, 2);
  });

  it('rejects a field longer than the limit', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    const tokenizer = new CsvTokenizer(44);
    assert.throws(
      () => tokenizer.push(`a\n"${long}`, []),
      (error: unknown) => error instanceof CsvLimitError && error.line === 2,
    );
  });
});

describe('detectSeparator', () => {
  const cases: [string, string][] = [
    ['upn,surname,date', ','],
    ['upn;surname;date', ';'],
    ['upn\tsurname\tdate', '\t'],
    ['"a;b",c,d', ','],
    ['upn', ','],
  ];
  for (const [header, expected] of cases) {
    it(`picks ${JSON.stringify(expected)} for ${JSON.stringify(header)}`, () => {
      assert.equal(detectSeparator(header), expected);
    });
  }
});
