import assert from 'node:assert/strict';
import {
  RegisterImportError,
  checkRegisterFile,
  detectRegisterFormat,
  readCheckedRegister,
  type CheckedRow,
} from '../../register/import';
import { TEXT_CHECK_BYTES } from '../../register/import/text.decode';
import { readAllRows, fixturePath } from './support/register.read-all';
import { TempFolder } from './support/temp-files';

const HEADER = 'upn,surname,forename,year_group,date,session,mark,sub_code';
const UPN = 'N916000000001';

async function collect(rows: AsyncIterable<CheckedRow>): Promise<CheckedRow[]> {
  const collected: CheckedRow[] = [];
  for await (const row of rows) collected.push(row);
  return collected;
}

describe('readCheckedRegister', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  it('yields each session once with its code', async () => {
    const content = [
      HEADER,
      `${UPN},Ames,Bo,7,2025-09-08,AM,Y,1`,
      `${UPN},Ames,Bo,7,2025-09-08,AM,Y1,`,
      `${UPN},Ames,Bo,7,2025-09-08,PM,X01,`,
    ].join('\n');
    const path = await folder.write('valid.csv', content);
    const options = { codeMapPath: fixturePath('code-map.csv') };
    const report = await checkRegisterFile(path, options);
    assert.equal(report.ok, true);

    const rows = await collect(readCheckedRegister(path, options));
    assert.deepEqual(
      rows.map(({ row, mark }) => [row.session, mark.code, mark.mappedFrom]),
      [
        ['AM', 'Y1', undefined],
        ['PM', 'Y1', 'X01'],
      ],
    );
  });

  it('throws when the file has an error', async () => {
    const path = await folder.write(
      'invalid.csv',
      `${HEADER}\n${UPN},Ames,Bo,7,2025-09-08,AM,QQ,\n`,
    );
    await assert.rejects(
      () => collect(readCheckedRegister(path)),
      (error: unknown) =>
        error instanceof RegisterImportError &&
        error.problem.code === 'attendance.code.unknown' &&
        error.problem.line === 2,
    );
  });
});

describe('detectRegisterFormat', () => {
  const cases: [string, string, string][] = [
    ['export.xml', 'upn,date', 'ctf-xml'],
    ['export.XML', '', 'ctf-xml'],
    ['export.csv', '\n  <?xml version="1.0"?>', 'ctf-xml'],
    ['export.csv', 'UPN,Week,MonAM,MonPM\n', 'weekly-grid-csv'],
    ['export.csv', '"Pupil ID";"Week Start";"Mon AM"\r\n', 'weekly-grid-csv'],
    ['export.csv', 'upn,surname,forename,year_group,date,session,mark\n', 'session-marks-csv'],
  ];
  for (const [name, start, expected] of cases) {
    it(`detects ${expected} for ${name} starting ${JSON.stringify(start.slice(0, 12))}`, () => {
      assert.equal(detectRegisterFormat(name, start), expected);
    });
  }
});

describe('readRegister text checks', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  it('reports late invalid UTF-8 with its line', async () => {
    const row = `${UPN},Ames,Bo,7,2025-09-08,AM,/\n`;
    const rowCount = Math.ceil(TEXT_CHECK_BYTES / row.length) + 10;
    const content = Buffer.concat([
      Buffer.from(HEADER.replace(',sub_code', '') + '\n' + row.repeat(rowCount)),
      Buffer.from([0xff, 0x0a]),
    ]);
    const path = await folder.write('late-invalid.csv', content);
    const { rows, log } = await readAllRows(path);
    assert.equal(rows.length, rowCount);
    assert.equal(log.errors[0]?.code, 'import.file.encoding');
    assert.equal(log.errors[0]?.line, rowCount + 2);
  });
});
