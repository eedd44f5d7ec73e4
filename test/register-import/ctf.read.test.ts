import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { checkRegisterFile } from '../../register/import';
import { readAllRows, fixturePath } from './support/register.read-all';
import { TempFolder } from './support/temp-files';

const UPN = 'N916000000001';

function ctf(
  pupilBody: string,
  header = '<Header><DateTime>2025-09-19T16:30:00</DateTime></Header>',
) {
  return `<?xml version="1.0"?>\n<CTfile>\n${header}\n<CTFpupilData>\n<Pupil>\n${pupilBody}\n</Pupil>\n</CTFpupilData>\n</CTfile>\n`;
}

function yearData(start: string, marks: string): string {
  return `<UPN>${UPN}</UPN>\n<Attendance><YearData>\n<AttendanceStartDate>${start}</AttendanceStartDate>\n<AttendanceMarks>${marks}</AttendanceMarks>\n</YearData></Attendance>`;
}

describe('readRegister on CTF XML', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  it('dates two marks per calendar day', async () => {
    const { rows, log } = await readAllRows(fixturePath('ctf-attendance.xml'));
    assert.equal(log.errorCount, 0);
    assert.equal(rows.length, 20);
    const first = rows[0]!;
    assert.deepEqual(
      [first.upn, first.surname, first.forename, first.yearGroup, first.date, first.session],
      [UPN, 'Testbrook', 'Amara', '7', '2025-09-08', 'AM'],
    );
    assert.equal(first.position.column, 'AttendanceMarks character 1');
    assert.equal(first.position.line, 25);
  });

  it('skips sessions marked #', async () => {
    const { rows } = await readAllRows(fixturePath('ctf-attendance.xml'));
    const dates = new Set(rows.filter((row) => row.upn === UPN).map((row) => row.date));
    assert.deepEqual(
      [...dates],
      [
        '2025-09-08',
        '2025-09-09',
        '2025-09-10',
        '2025-09-11',
        '2025-09-12',
        '2025-09-15',
        '2025-09-16',
        '2025-09-18',
      ],
    );
    const monday = rows.find((row) => row.date === '2025-09-15' && row.session === 'AM')!;
    assert.equal(monday.position.column, 'AttendanceMarks character 15');
  });

  it('decodes entities and CDATA and reads SessionDetails', async () => {
    const { rows } = await readAllRows(fixturePath('ctf-attendance.xml'));
    const second = rows.find((row) => row.upn === 'C916000000002')!;
    assert.equal(second.surname, "O'Fakeley & Co");
    assert.equal(second.forename, 'Benedict');
    assert.equal(second.date, '2025-09-15');
  });

  it('ignores contact names inside the pupil', async () => {
    const { rows } = await readAllRows(fixturePath('ctf-attendance.xml'));
    assert.ok(rows.every((row) => row.surname !== 'Contactperson'));
  });

  it('reads the same rows from small chunks', async () => {
    const expected = (await readAllRows(fixturePath('ctf-attendance.xml'))).rows;
    for (const highWaterMark of [1, 3, 7, 64]) {
      const { rows, log } = await readAllRows(fixturePath('ctf-attendance.xml'), { highWaterMark });
      assert.equal(log.errorCount, 0);
      assert.deepEqual(rows, expected, `highWaterMark ${highWaterMark}`);
    }
  });

  it('detects CTF content without .xml', async () => {
    const text = await readFile(fixturePath('ctf-attendance.xml'), 'utf8');
    const path = await folder.write('export.txt', text);
    const { rows } = await readAllRows(path);
    assert.equal(rows.length, 20);
  });

  const problemCases: {
    name: string;
    content: string;
    code: string;
    line: number;
    column: string;
    value: string;
    message: RegExp;
  }[] = [
    {
      name: 'an odd number of marks',
      content: ctf(yearData('2025-09-08', '/\\/')),
      code: 'import.ctf.marks-length',
      line: 9,
      column: 'AttendanceMarks',
      value: '3',
      message: /has 3 characters, but it needs two per day/,
    },
    {
      name: 'marks without a start date',
      content: ctf(
        `<UPN>${UPN}</UPN>\n<Attendance><YearData>\n<AttendanceMarks>/\\</AttendanceMarks>\n</YearData></Attendance>`,
      ),
      code: 'import.ctf.start-date-missing',
      line: 7,
      column: 'AttendanceStartDate',
      value: '',
      message: /no AttendanceStartDate/,
    },
    {
      name: 'a malformed start date',
      content: ctf(yearData('8th Sept', '/\\')),
      code: 'import.date.invalid',
      line: 8,
      column: 'AttendanceStartDate',
      value: '8th Sept',
      message: /Accepted formats/,
    },
    {
      name: 'marks after the file was created',
      content: ctf(yearData('2025-09-18', '/\\/\\####/\\')),
      code: 'import.date.out-of-range',
      line: 9,
      column: 'AttendanceMarks character 9',
      value: '/',
      message: /2 marks dated after 2025-09-19.*starting with 2025-09-22 AM/,
    },
    {
      name: 'a pupil without a UPN',
      content: ctf('<Surname>Ames</Surname>'),
      code: 'import.value.missing',
      line: 5,
      column: 'UPN',
      value: '',
      message: /UPN value is blank/,
    },
    {
      name: 'a mismatched end tag',
      content: ctf(`<UPN>${UPN}</Surname>`),
      code: 'import.xml.invalid',
      line: 6,
      column: '',
      value: '',
      message: /found <\/Surname> where <\/UPN> was expected on line 6/,
    },
    {
      name: 'an unknown entity',
      content: ctf(`<UPN>${UPN}</UPN><Surname>Ames&nbsp;</Surname>`),
      code: 'import.xml.invalid',
      line: 6,
      column: '',
      value: '',
      message: /unknown entity "&nbsp;"/,
    },
    {
      name: 'an unclosed element',
      content: '<CTfile>\n<Header>\n</Header>\n',
      code: 'import.xml.invalid',
      line: 1,
      column: '',
      value: '',
      message: /element <CTfile> is never closed/,
    },
    {
      name: 'another XML document',
      content: '<?xml version="1.0"?>\n<html><body/></html>\n',
      code: 'import.ctf.not-ctf',
      line: 2,
      column: '',
      value: '',
      message: /root element is <html>, not <CTfile>/,
    },
    {
      name: 'an empty XML file',
      content: '',
      code: 'import.file.empty',
      line: 1,
      column: '',
      value: '',
      message: /The file is empty/,
    },
  ];

  for (const testCase of problemCases) {
    it(`reports ${testCase.name}`, async () => {
      const path = await folder.write('problem.xml', testCase.content);
      const { log } = await readAllRows(path);
      const problem = log.errors[0];
      assert.ok(problem, 'expected an error');
      assert.equal(problem.code, testCase.code);
      assert.equal(problem.line, testCase.line);
      assert.equal(problem.column, testCase.column);
      assert.equal(problem.value, testCase.value);
      assert.match(problem.message, testCase.message);
    });
  }

  it('rejects a mark character that is not a code', async () => {
    const path = await folder.write('bad-mark.xml', ctf(yearData('2025-09-08', '/\\/\\?\\')));
    const report = await checkRegisterFile(path);
    assert.equal(report.ok, false);
    const problem = report.errors[0]!;
    assert.equal(problem.code, 'attendance.code.unknown');
    assert.equal(problem.line, 9);
    assert.equal(problem.column, 'AttendanceMarks character 5');
    assert.equal(problem.value, '?');
    assert.match(problem.message, /session 2025-09-10 AM/);
  });

  it('reads a two-character code as two sessions', async () => {
    const path = await folder.write('two-characters.xml', ctf(yearData('2025-09-08', 'Y1')));
    const report = await checkRegisterFile(path);
    assert.deepEqual(
      report.errors.map((problem) => [problem.code, problem.column]),
      [
        ['attendance.code.withdrawn', 'AttendanceMarks character 1'],
        ['attendance.code.unknown', 'AttendanceMarks character 2'],
      ],
    );
  });
});
