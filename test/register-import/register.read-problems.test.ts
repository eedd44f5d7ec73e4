import assert from 'node:assert/strict';
import { RegisterImportError, readRegister } from '../../register/import';
import { readAllRows } from './support/register.read-all';
import { TempFolder } from './support/temp-files';

const HEADER = 'upn,surname,forename,year_group,date,session,mark';
const UPN = 'N916000000001';
const ROW = `${UPN},Ames,Bo,7,2025-09-08,AM,/`;

interface ProblemCase {
  name: string;
  content: string | Uint8Array;
  code: string;
  line: number;
  column: string;
  value: string;
  message: RegExp;
}

const latin1Row = Buffer.concat([
  Buffer.from(`${HEADER}\n${UPN},`),
  Buffer.from([0x4c, 0xe9, 0x61]),
  Buffer.from(',Bo,7,2025-09-08,AM,/\n'),
]);

const cases: ProblemCase[] = [
  {
    name: 'a missing required column',
    content: `upn,surname,forename,year_group,session,mark\n${UPN},Ames,Bo,7,AM,/\n`,
    code: 'import.column.missing',
    line: 1,
    column: 'date',
    value: 'upn, surname, forename, year_group, session, mark',
    message:
      /Missing required columns: date \(date, AttendanceDate, Session Date\)\. Columns found: upn, surname/,
  },
  {
    name: 'two columns for the same field',
    content: `${HEADER},Legal Surname\n${ROW},Ames\n`,
    code: 'import.column.duplicate',
    line: 1,
    column: 'Legal Surname',
    value: 'Legal Surname',
    message: /Columns "surname" and "Legal Surname" both give the surname column/,
  },
  {
    name: 'an empty file',
    content: '',
    code: 'import.file.empty',
    line: 1,
    column: '',
    value: '',
    message: /The file is empty/,
  },
  {
    name: 'only a byte order mark and blank lines',
    content: '\uFEFF\r\n\r\n',
    code: 'import.file.empty',
    line: 1,
    column: '',
    value: '',
    message: /The file is empty/,
  },
  {
    name: 'a header and no rows',
    content: `${HEADER}\n\n`,
    code: 'import.file.empty',
    line: 1,
    column: '',
    value: '',
    message: /header row but no data rows/,
  },
  {
    name: 'NUL bytes, as in a spreadsheet',
    content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
    code: 'import.file.not-text',
    line: 1,
    column: '',
    value: '',
    message: /not a text file: it contains a NUL byte at byte 5/,
  },
  {
    name: 'UTF-16 text',
    content: Buffer.from(`\uFEFF${HEADER}\n`, 'utf16le'),
    code: 'import.file.not-text',
    line: 1,
    column: '',
    value: '',
    message: /not a text file: it is encoded as UTF-16/,
  },
  {
    name: 'ANSI text that is not UTF-8',
    content: latin1Row,
    code: 'import.file.not-text',
    line: 1,
    column: '',
    value: '',
    message: /line 2 is not valid UTF-8.*CSV UTF-8/,
  },
  {
    name: 'an invalid session',
    content: `${HEADER}\n${UPN},Ames,Bo,7,2025-09-08,Lunch,/\n`,
    code: 'import.session.invalid',
    line: 2,
    column: 'session',
    value: 'Lunch',
    message: /Invalid session "Lunch"\. Use AM or PM/,
  },
  {
    name: 'a malformed date',
    content: `${HEADER}\n${UPN},Ames,Bo,7,2025/09/08,AM,/\n`,
    code: 'import.date.invalid',
    line: 2,
    column: 'date',
    value: '2025/09/08',
    message: /Accepted formats: 2025-09-08, 08\/09\/2025 \(day first\)/,
  },
  {
    name: 'a date before 2000',
    content: `${HEADER}\n${UPN},Ames,Bo,7,08/09/1925,AM,/\n`,
    code: 'import.date.invalid',
    line: 2,
    column: 'date',
    value: '08/09/1925',
    message: /outside the school dates accepted/,
  },
  {
    name: 'a blank UPN',
    content: `${HEADER}\n${ROW}\n ,Ames,Bo,7,2025-09-08,PM,/\n`,
    code: 'import.value.missing',
    line: 3,
    column: 'upn',
    value: ' ',
    message: /The upn value is blank/,
  },
  {
    name: 'too few fields',
    content: `${HEADER}\n${UPN},Ames,Bo,7,2025-09-08,AM\n`,
    code: 'import.row.field-count',
    line: 2,
    column: '',
    value: '6',
    message: /Line 2 has 6 fields but the header has 7/,
  },
  {
    name: 'an unclosed quote',
    content: `${HEADER}\n${ROW}\n${UPN},"Ames,Bo,7,2025-09-08,PM,/\n`,
    code: 'import.csv.unclosed-quote',
    line: 3,
    column: '',
    value: '"',
    message: /starts on line 3 has no closing quote/,
  },
];

describe('readRegister problems', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  for (const testCase of cases) {
    it(`reports ${testCase.name}`, async () => {
      const path = await folder.write('problem.csv', testCase.content);
      const { log } = await readAllRows(path);
      assert.equal(log.errors.length, 1, JSON.stringify(log.errors));
      const problem = log.errors[0]!;
      assert.equal(problem.code, testCase.code);
      assert.equal(problem.line, testCase.line);
      assert.equal(problem.column, testCase.column);
      assert.equal(problem.value, testCase.value);
      assert.match(problem.message, testCase.message);
      assert.equal(problem.file, path);
    });
  }

  it('skips only the unreadable row', async () => {
    const path = await folder.write(
      'mixed.csv',
      `${HEADER}\n${ROW}\n${UPN},A,B,7,x,AM,/\n${ROW}\n`,
    );
    const { rows, log } = await readAllRows(path);
    assert.equal(rows.length, 2);
    assert.equal(log.errorCount, 1);
  });

  it('reports a missing file as unreadable', async () => {
    const { log } = await readAllRows(`${folder.path}/missing.csv`);
    assert.equal(log.errors[0]?.code, 'import.file.unreadable');
    assert.match(log.errors[0]!.message, /ENOENT/);
  });

  it('throws RegisterImportError without a log', async () => {
    const path = await folder.write('throws.csv', `${HEADER}\n${UPN},Ames,Bo,7,bad,AM,/\n`);
    await assert.rejects(
      async () => {
        for await (const row of readRegister(path)) assert.ok(row);
      },
      (error: unknown) =>
        error instanceof RegisterImportError && error.problem.code === 'import.date.invalid',
    );
  });
});
