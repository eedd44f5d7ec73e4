import assert from 'node:assert/strict';
import { readAllRows, fixturePath } from './support/register.read-all';
import { TempFolder } from './support/temp-files';

const GRID_HEADER =
  'UPN,Surname,Forename,Year,Week,MonAM,MonPM,TueAM,TuePM,WedAM,WedPM,ThuAM,ThuPM,FriAM,FriPM';
const UPN = 'F916000000004';

describe('readRegister on weekly grid CSV', () => {
  let folder: TempFolder;
  before(async () => {
    folder = await TempFolder.create();
  });
  after(async () => {
    await folder.remove();
  });

  it('reads one row per filled cell', async () => {
    const { rows, log } = await readAllRows(fixturePath('bromcom-weekly-grid.csv'));
    assert.equal(log.errorCount, 0);
    assert.equal(rows.length, 28);
    const firstWeek = rows.filter((row) => row.upn === UPN && row.date < '2025-09-15');
    assert.deepEqual(
      firstWeek.map((row) => `${row.date} ${row.session} ${row.mark}`),
      [
        '2025-09-08 AM /',
        '2025-09-08 PM \\',
        '2025-09-09 AM /',
        '2025-09-09 PM \\',
        '2025-09-10 AM N',
        '2025-09-10 PM N',
        '2025-09-11 AM -',
        '2025-09-11 PM -',
      ],
    );
  });

  it('names the cell column and line', async () => {
    const { rows } = await readAllRows(fixturePath('bromcom-weekly-grid.csv'));
    const wednesday = rows.find((row) => row.date === '2025-09-10' && row.session === 'PM')!;
    assert.equal(wednesday.position.column, 'Wed PM');
    assert.equal(wednesday.position.line, 2);
    assert.equal(wednesday.columns?.upn, 'Pupil ID');
  });

  it('reads lower-case columns with semicolons', async () => {
    const header = GRID_HEADER.replace(/,/g, ';').replace('MonAM', 'monam');
    const content = `${header}\r\n${UPN};Ames;Bo;9;2025-09-08;/;\\;;;;;;;;Y1\r\n`;
    const path = await folder.write('grid.csv', content);
    const { rows, log } = await readAllRows(path);
    assert.equal(log.errorCount, 0);
    assert.deepEqual(
      rows.map((row) => `${row.date} ${row.session} ${row.mark}`),
      ['2025-09-08 AM /', '2025-09-08 PM \\', '2025-09-12 PM Y1'],
    );
  });

  it('rejects a week not starting Monday', async () => {
    const content = `${GRID_HEADER}\n${UPN},Ames,Bo,9,10/09/2025,/,/,/,/,/,/,/,/,/,/\n`;
    const path = await folder.write('tuesday.csv', content);
    const { rows, log } = await readAllRows(path);
    assert.equal(rows.length, 0);
    const problem = log.errors[0]!;
    assert.equal(problem.code, 'import.week.not-monday');
    assert.equal(problem.line, 2);
    assert.equal(problem.column, 'Week');
    assert.equal(problem.value, '10/09/2025');
    assert.match(problem.message, /2025-09-10 is a Wednesday.*probably 2025-09-08/);
  });

  it('suggests the next Monday for a Sunday', async () => {
    const content = `${GRID_HEADER}\n${UPN},Ames,Bo,9,2025-09-07,/,/,/,/,/,/,/,/,/,/\n`;
    const path = await folder.write('sunday.csv', content);
    const { log } = await readAllRows(path);
    assert.equal(log.errors[0]?.code, 'import.week.not-monday');
    assert.match(log.errors[0]!.message, /2025-09-07 is a Sunday.*probably 2025-09-08/);
  });

  it('names the missing day columns', async () => {
    const header = GRID_HEADER.replace(',FriAM,FriPM', '');
    const path = await folder.write(
      'short.csv',
      `${header}\n${UPN},A,B,9,2025-09-08,/,/,/,/,/,/,/,/\n`,
    );
    const { log } = await readAllRows(path);
    const problem = log.errors[0]!;
    assert.equal(problem.code, 'import.column.missing');
    assert.equal(problem.line, 1);
    assert.equal(problem.column, 'FriAM, FriPM');
    assert.match(problem.message, /FriAM \(FriAM, FridayAM\)/);
  });

  it('prefers an explicit format option', async () => {
    const path = await folder.write(
      'forced.csv',
      `${GRID_HEADER}\n${UPN},A,B,9,2025-09-08,/,,,,,,,,,\n`,
    );
    const { log } = await readAllRows(path, { format: 'session-marks-csv' });
    assert.equal(log.errors[0]?.code, 'import.column.missing');
    assert.equal(log.errors[0]?.column, 'date, session, mark');
  });
});
