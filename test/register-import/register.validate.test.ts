import assert from 'node:assert/strict';
import { makeSyntheticUpn } from '../../domain/attendance/upn.synthetic';
import {
  checkRegisterFile,
  validateRegister,
  type RegisterImportOptions,
  type RegisterRow,
} from '../../register/import';
import { fixturePath } from './support/register.read-all';
import { TempFolder } from './support/temp-files';

const HEADER = 'upn,surname,forename,year_group,date,session,mark,sub_code';
const UPN = makeSyntheticUpn(1);

function line(date: string, session: string, mark: string, subCode = '', upn = UPN): string {
  return `${upn},Ames,Bo,7,${date},${session},${mark},${subCode}`;
}

interface ValidationCase {
  name: string;
  lines: string[];
  options?: RegisterImportOptions;
  severity: 'error' | 'warning';
  code: string;
  line: number;
  column: string;
  value: string;
  message: RegExp;
}

const cases: ValidationCase[] = [
  {
    name: 'an unknown code',
    lines: [line('2025-09-08', 'AM', 'Q9')],
    severity: 'error',
    code: 'attendance.code.unknown',
    line: 2,
    column: 'mark',
    value: 'Q9',
    message: /Unknown attendance code "Q9".*session 2025-09-08 AM/,
  },
  {
    name: 'H before 19 August 2024',
    lines: [line('2024-07-15', 'AM', 'H')],
    severity: 'warning',
    code: 'attendance.code.withdrawn-accepted',
    line: 2,
    column: 'mark',
    value: 'H',
    message: /withdrawn on 2024-08-19/,
  },
  {
    name: 'H from 19 August 2024',
    lines: [line('2024-08-19', 'PM', 'H')],
    severity: 'error',
    code: 'attendance.code.withdrawn',
    line: 2,
    column: 'mark',
    value: 'H',
    message: /No code replaces H/,
  },
  {
    name: 'J before 19 August 2024',
    lines: [line('2024-08-16', 'AM', 'J')],
    severity: 'warning',
    code: 'attendance.code.withdrawn-accepted',
    line: 2,
    column: 'mark',
    value: 'J',
    message: /counts as attendance/,
  },
  {
    name: 'J from 19 August 2024',
    lines: [line('2025-09-08', 'AM', 'J')],
    severity: 'error',
    code: 'attendance.code.withdrawn',
    line: 2,
    column: 'mark',
    value: 'J',
    message: /Use J1/,
  },
  {
    name: 'a local code without a mapping file',
    lines: [line('2025-09-08', 'AM', 'X01')],
    severity: 'error',
    code: 'attendance.code.unknown',
    line: 2,
    column: 'mark',
    value: 'X01',
    message: /pass a mapping file with --code-map FILE/,
  },
  {
    name: 'a blank mark',
    lines: [line('2025-09-08', 'AM', ' ')],
    severity: 'error',
    code: 'attendance.code.empty',
    line: 2,
    column: 'mark',
    value: '',
    message: /Record "-" for a session with no mark/,
  },
  {
    name: 'a mark on a Saturday',
    lines: [line('2025-09-08', 'AM', '/'), line('2025-09-13', 'AM', '/')],
    severity: 'error',
    code: 'import.date.weekend',
    line: 3,
    column: 'date',
    value: '2025-09-13',
    message: /on a Saturday/,
  },
  {
    name: 'a mark on a Sunday',
    lines: [line('14/09/2025', 'PM', 'N')],
    severity: 'error',
    code: 'import.date.weekend',
    line: 2,
    column: 'date',
    value: '2025-09-14',
    message: /on a Sunday/,
  },
  {
    name: 'a mark before the import range',
    lines: [line('2025-09-05', 'AM', '/'), line('2025-09-08', 'AM', '/')],
    options: { from: '2025-09-08', to: '2025-09-12' },
    severity: 'error',
    code: 'import.date.out-of-range',
    line: 2,
    column: 'date',
    value: '2025-09-05',
    message: /outside the import range, 2025-09-08 to 2025-09-12/,
  },
  {
    name: 'a mark after the import range',
    lines: [line('2025-09-15', 'AM', '/')],
    options: { to: '2025-09-12' },
    severity: 'error',
    code: 'import.date.out-of-range',
    line: 2,
    column: 'date',
    value: '2025-09-15',
    message: /the start to 2025-09-12/,
  },
  {
    name: 'one session with two different marks',
    lines: [
      line('2025-09-08', 'AM', '/'),
      line('2025-09-08', 'PM', 'N'),
      line('2025-09-08', 'AM', 'Y', '1'),
    ],
    severity: 'error',
    code: 'import.session.conflict',
    line: 4,
    column: 'mark',
    value: 'Y',
    message: /"\/" on line 2 and "Y1" on line 4/,
  },
  {
    name: 'one session twice with the same mark',
    lines: [line('2025-09-08', 'AM', 'Y1'), line('2025-09-08', 'AM', 'y', '1')],
    severity: 'warning',
    code: 'import.session.duplicate',
    line: 3,
    column: 'mark',
    value: 'y',
    message: /twice with the same mark "Y1", on lines 2 and 3/,
  },
  {
    name: 'a UPN with the wrong check letter',
    lines: [line('2025-09-08', 'AM', '/', '', `A${UPN.slice(1)}`)],
    severity: 'error',
    code: 'import.upn.check-letter',
    line: 2,
    column: 'upn',
    value: `A${UPN.slice(1)}`,
    message: new RegExp(`check letter for ${UPN.slice(1)} is ${UPN.charAt(0)}`),
  },
  {
    name: 'a malformed UPN',
    lines: [line('2025-09-08', 'AM', '/', '', '12345')],
    severity: 'error',
    code: 'import.upn.malformed',
    line: 2,
    column: 'upn',
    value: '12345',
    message: /A UPN has 13 characters/,
  },
];

describe('checkRegisterFile', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  async function check(lines: string[], options?: RegisterImportOptions) {
    const path = await folder.write('register.csv', [HEADER, ...lines].join('\n'));
    return checkRegisterFile(path, options);
  }

  for (const testCase of cases) {
    it(`reports ${testCase.name}`, async () => {
      const report = await check(testCase.lines, testCase.options);
      const problems = testCase.severity === 'error' ? report.errors : report.warnings;
      assert.equal(problems.length, 1, JSON.stringify(report.errors.concat(report.warnings)));
      const problem = problems[0]!;
      assert.equal(problem.severity, testCase.severity);
      assert.equal(problem.code, testCase.code);
      assert.equal(problem.line, testCase.line);
      assert.equal(problem.column, testCase.column);
      assert.equal(problem.value, testCase.value);
      assert.match(problem.message, testCase.message);
      assert.equal(report.ok, testCase.severity === 'warning');
    });
  }

  it('accepts a file with no problems', async () => {
    const report = await check([line('2025-09-08', 'AM', '/'), line('2025-09-08', 'PM', 'C', '2')]);
    assert.equal(report.ok, true);
    assert.equal(report.rowCount, 2);
    assert.equal(report.sessionCount, 2);
    assert.equal(report.pupilCount, 1);
  });

  it('counts a repeated session once', async () => {
    const report = await check([line('2025-09-08', 'AM', '/'), line('2025-09-08', 'AM', '/')]);
    assert.equal(report.rowCount, 2);
    assert.equal(report.sessionCount, 1);
  });

  it('reports each invalid UPN once', async () => {
    const lines = ['2025-09-08', '2025-09-09', '2025-09-10'].map((date) =>
      line(date, 'AM', '/', '', 'X9160000000A1'),
    );
    const report = await check(lines);
    assert.equal(report.errors.length, 1);
    assert.equal(report.errors[0]!.line, 2);
  });

  it('accepts local codes through a mapping file', async () => {
    const lines = [line('2025-09-08', 'AM', 'X01'), line('2025-09-08', 'PM', '8')];
    const report = await check(lines, { codeMapPath: fixturePath('code-map.csv') });
    assert.deepEqual(report.errors, []);
    assert.equal(report.sessionCount, 2);
  });

  it('lists 1,000 errors and counts the rest', async () => {
    const lines: string[] = [];
    for (let pupil = 0; pupil < 300; pupil++) {
      for (const date of ['2025-09-08', '2025-09-09']) {
        lines.push(line(date, 'AM', 'QQ', '', makeSyntheticUpn(pupil)));
        lines.push(line(date, 'PM', 'QQ', '', makeSyntheticUpn(pupil)));
      }
    }
    const report = await check(lines);
    assert.equal(report.errors.length, 1000);
    assert.equal(report.omittedErrors, 200);
  });

  it('honours a smaller error limit', async () => {
    const lines = ['2025-09-08', '2025-09-09', '2025-09-10'].map((date) => line(date, 'AM', 'QQ'));
    const report = await check(lines, { maxErrors: 2 });
    assert.equal(report.errors.length, 2);
    assert.equal(report.omittedErrors, 1);
  });
});

describe('validateRegister', () => {
  const row: RegisterRow = {
    upn: UPN,
    surname: 'Ames',
    forename: 'Bo',
    yearGroup: 'Leaver',
    date: '2025-09-08',
    session: 'AM',
    mark: '/',
    position: { file: 'rows', line: 1, column: 'mark' },
  };

  it('checks rows from an array', async () => {
    const report = await validateRegister([row, { ...row, session: 'PM', mark: 'N' }]);
    assert.equal(report.ok, true);
    assert.equal(report.sessionCount, 2);
  });

  it('falls back to canonical field names', async () => {
    const report = await validateRegister([{ ...row, date: '2025-09-13' }]);
    assert.equal(report.errors[0]?.column, 'date');
  });

  it('rejects a row date that is not ISO', async () => {
    const report = await validateRegister([{ ...row, date: '08/09/2025' }]);
    assert.equal(report.errors[0]?.code, 'import.date.invalid');
  });

  it('rejects an invalid range option', async () => {
    await assert.rejects(() => validateRegister([row], { from: '08/09/2025' }), RangeError);
  });
});
