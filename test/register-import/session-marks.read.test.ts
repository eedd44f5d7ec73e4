import assert from 'node:assert/strict';
import { readAllRows, fixturePath } from './support/register.read-all';
import { TempFolder } from './support/temp-files';

const HEADER = 'upn,surname,forename,year_group,date,session,mark';
const UPN = 'N916000000001';

function rowSummary(row: { upn: string; date: string; session: string; mark: string }) {
  return `${row.upn} ${row.date} ${row.session} ${row.mark}`;
}

describe('readRegister on session marks CSV', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  it('reads a SIMS export', async () => {
    const { rows, log } = await readAllRows(fixturePath('sims-session-marks.csv'));
    assert.equal(log.errorCount, 0);
    assert.equal(rows.length, 6);
    assert.deepEqual(rows.map(rowSummary).slice(0, 3), [
      `${UPN} 2025-09-08 AM /`,
      `${UPN} 2025-09-08 PM \\`,
      `${UPN} 2025-09-09 AM Y`,
    ]);
    assert.equal(rows[2]!.subCode, '1');
    assert.equal(rows[0]!.subCode, undefined);
    assert.deepEqual(rows[0]!.position.column, 'AttendanceMark');
    assert.equal(rows[0]!.columns?.upn, 'PersonID');
  });

  it('keeps quoted surnames and Leaver', async () => {
    const { rows } = await readAllRows(fixturePath('sims-session-marks.csv'));
    const leaver = rows[4]!;
    assert.equal(leaver.surname, "O'Fakeley, Jr");
    assert.equal(leaver.yearGroup, 'Leaver');
    assert.equal(leaver.position.line, 6);
  });

  it('ignores a preferred forename column', async () => {
    const header = 'UPN,Legal Surname,Legal Forename,Preferred Forename,Year,Date,Session,Mark';
    const path = await folder.write(
      'preferred.csv',
      `${header}\n${UPN},Ames,Robert,Bob,7,2025-09-08,AM,/\n`,
    );
    const { rows, log } = await readAllRows(path);
    assert.equal(log.errorCount, 0);
    assert.equal(rows[0]!.forename, 'Robert');
  });

  it('writes Leaver in any case as Leaver', async () => {
    const path = await folder.write(
      'leaver.csv',
      `${HEADER}\n${UPN},Ames,Bo,LEAVER,2025-09-08,AM,/\n`,
    );
    const { rows } = await readAllRows(path);
    assert.equal(rows[0]!.yearGroup, 'Leaver');
  });

  it('reads an Arbor export', async () => {
    const { rows, log } = await readAllRows(fixturePath('arbor-session-marks.csv'));
    assert.equal(log.errorCount, 0);
    assert.deepEqual(rows.map(rowSummary), [
      'R916000000003 2025-09-08 AM /',
      'R916000000003 2025-09-08 PM L',
      'R916000000003 2025-09-10 AM J1',
      'R916000000003 2025-09-10 PM J',
    ]);
    assert.equal(rows[3]!.subCode, '1');
  });

  const quirkCases: [string, string | Uint8Array][] = [
    ['a UTF-8 byte order mark', `\uFEFF${HEADER}\n${UPN},Ames,Bo,7,2025-09-08,AM,/\n`],
    ['CRLF line ends', `${HEADER}\r\n${UPN},Ames,Bo,7,2025-09-08,AM,/\r\n`],
    ['semicolon separators', `${HEADER.replace(/,/g, ';')}\n${UPN};Ames;Bo;7;2025-09-08;AM;/\n`],
    ['trailing blank lines', `${HEADER}\n${UPN},Ames,Bo,7,2025-09-08,AM,/\n\n\r\n,,,,,,\n\n`],
    ['no final line end', `${HEADER}\n${UPN},Ames,Bo,7,2025-09-08,AM,/`],
    ['an Excel serial date', `${HEADER}\n${UPN},Ames,Bo,7,45908,AM,/\n`],
    ['a UK date with a time', `${HEADER}\n${UPN},Ames,Bo,7,08/09/2025 00:00,AM,/\n`],
    ['session A for AM', `${HEADER}\n${UPN},Ames,Bo,7,2025-09-08,a,/\n`],
    ['a lower-case UPN', `${HEADER}\n${UPN.toLowerCase()},Ames,Bo,7,2025-09-08,AM,/\n`],
    [
      'spaced column names',
      `UPN, Surname ,Legal Forename,YEAR GROUP,Attendance Date,Session_Name,Mark\n${UPN},Ames,Bo,7,2025-09-08,AM,/\n`,
    ],
  ];
  for (const [quirk, content] of quirkCases) {
    it(`reads a file with ${quirk}`, async () => {
      const path = await folder.write('quirk.csv', content);
      const { rows, log } = await readAllRows(path);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(rows.map(rowSummary), [`${UPN} 2025-09-08 AM /`]);
    });
  }

  it('counts lines inside quoted fields', async () => {
    const content = `${HEADER}\n${UPN},"Ames\nSmith",Bo,7,2025-09-08,AM,/\n${UPN},Ames,Bo,7,2025-09-08,PM,\\\n`;
    const path = await folder.write('newline.csv', content);
    const { rows } = await readAllRows(path);
    assert.equal(rows[0]!.surname, 'Ames\nSmith');
    assert.equal(rows[1]!.position.line, 4);
  });

  it('reads quoted fields split across small chunks', async () => {
    const surname = 'Ames, "the elder"\nof Testbury';
    const quoted = `"${surname.replace(/"/g, '""')}"`;
    const lines = [HEADER];
    for (let index = 0; index < 40; index++) {
      lines.push(`${UPN},${quoted},Zoë,7,2025-09-08,${index % 2 === 0 ? 'AM' : 'PM'},/`);
    }
    const path = await folder.write('chunks.csv', lines.join('\r\n'));
    for (const highWaterMark of [1, 2, 3, 7, 16]) {
      const { rows, log } = await readAllRows(path, { highWaterMark });
      assert.equal(log.errorCount, 0);
      assert.equal(rows.length, 40, `highWaterMark ${highWaterMark}`);
      assert.ok(rows.every((row) => row.surname === surname && row.forename === 'Zoë'));
      assert.equal(rows[39]!.position.line, 80);
    }
  });
});
