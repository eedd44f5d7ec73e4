import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeSyntheticUpn } from '../../domain/attendance';
import { runImportCommand } from '../../register/import-service/import-cli';
import { ProgressLine } from '../../register/import-service/import-cli.progress';
import { runReportCommand } from '../../register/import-service/report-cli';
import type { TableSchoolRegister } from '../../register/storage';
import { testStorageConnectionString } from '../support/azurite';
import {
  CapturedStreams,
  RegisterFolder,
  openTestStore,
  uniqueUrn,
} from './support/register-store';
import { buildSessionCsv, csvPupil, weekdays } from './support/session-csv';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SEPTEMBER = weekdays('2025-09-01', '2025-09-26');

describe('npm run import and report', () => {
  let store: TableSchoolRegister;
  let folder: RegisterFolder;
  let goodPath: string;

  before(async () => {
    store = await openTestStore();
    folder = await RegisterFolder.create();
    const pupils = [csvPupil(401, 'Ann'), csvPupil(402, 'Ben'), csvPupil(403, 'Cat')];
    const csv = buildSessionCsv(pupils, SEPTEMBER, (pupil, date) =>
      pupil.forename === 'Cat' && date < '2025-09-10' ? 'N' : undefined,
    );
    goodPath = await folder.write('good.csv', csv);
  });

  after(async () => {
    await folder.remove();
  });

  async function runImport(args: string[]) {
    const streams = new CapturedStreams();
    const code = await runImportCommand(args, streams, async () => store);
    return { code, streams };
  }

  async function runReport(args: string[]) {
    const streams = new CapturedStreams();
    const code = await runReportCommand(args, streams, async () => store);
    return { code, streams };
  }

  it('rejects a five-digit URN', async () => {
    const { code, streams } = await runImport(['--school', '12345', goodPath]);

    assert.equal(code, 2);
    assert.match(streams.errors, /Invalid --school "12345": expected the school's 6-digit URN/);
  });

  it('rejects a missing file', async () => {
    const { code, streams } = await runImport(['--school', uniqueUrn()]);

    assert.equal(code, 2);
    assert.match(streams.errors, /Missing FILE/);
  });

  it('rejects an invalid --from date', async () => {
    const { code, streams } = await runImport([
      '--school',
      uniqueUrn(),
      '--from',
      '2025-02-30',
      goodPath,
    ]);

    assert.equal(code, 2);
    assert.match(streams.errors, /Invalid --from "2025-02-30"/);
  });

  it('lists every error and counts the rest', async () => {
    const pupils = Array.from({ length: 101 }, (_, index) => csvPupil(500 + index, 'Err'));
    const csv = buildSessionCsv(pupils, SEPTEMBER.slice(0, 5), () => 'Q9');
    const badPath = await folder.write('errors.csv', csv);
    const urn = uniqueUrn();

    const { code, streams } = await runImport(['--school', urn, badPath]);

    assert.equal(code, 1);
    assert.equal(
      streams.errors.match(/^error: .*errors\.csv line \d+, column mark, value "Q9"/gm)?.length,
      1000,
    );
    assert.match(streams.errors, /\.\.\. and 10 more errors, not listed\./);
    assert.match(streams.errors, /The file has 1,010 errors, so nothing was stored\./);
    assert.equal(await store.findSchool(urn), undefined);
  });

  it('prints warnings and still stores', async () => {
    const upn = makeSyntheticUpn(601);
    const row = `${upn},Testpupil,Dup,8,2025-09-01,AM,/`;
    const csv = `upn,surname,forename,year_group,date,session,mark\n${row}\n${row}\n`;
    const urn = uniqueUrn();

    const { code, streams } = await runImport([
      '--school',
      urn,
      await folder.write('dup.csv', csv),
    ]);

    assert.equal(code, 0);
    assert.match(streams.errors, /^warning: .*dup\.csv line 3/m);
    assert.match(streams.output, /File: 1 pupil, 1 session, 1 warning\./);
  });

  it('summarises the school and its changes', async () => {
    const urn = uniqueUrn();

    const first = await runImport(['--school', urn, goodPath]);
    const second = await runImport(['--school', urn, goodPath]);

    assert.equal(first.code, 0);
    assert.match(first.streams.output, /3 pupils, 120 sessions, 0 warnings/);
    assert.match(first.streams.output, /Persistently absent \(missed 10% or more\): 1\n/);
    assert.match(first.streams.output, /First import for this school: 1 pupil over a threshold\./);
    assert.match(
      first.streams.output,
      new RegExp(`Newly persistently absent: 1 \\(${makeSyntheticUpn(403)}\\)`),
    );
    assert.doesNotMatch(first.streams.output, /Ann|Ben|Cat/);
    assert.match(second.streams.output, /0 sessions added or changed, 0 pupil records written/);
    assert.match(
      second.streams.output,
      /Since the previous import: 0 pupils newly crossed a threshold, 0 recovered\./,
    );
  });

  it('reports an unknown school', async () => {
    const urn = uniqueUrn();

    const { code, streams } = await runReport(['--school', urn]);

    assert.equal(code, 1);
    assert.match(streams.errors, new RegExp(`No register is stored for school ${urn}\\.`));
  });

  it('rejects --below over 100', async () => {
    const { code, streams } = await runReport(['--school', uniqueUrn(), '--below', '120']);

    assert.equal(code, 2);
    assert.match(streams.errors, /Invalid --below "120"/);
  });

  it('prints an aligned table', async () => {
    const urn = uniqueUrn();
    await runImport(['--school', urn, goodPath]);

    const { code, streams } = await runReport(['--school', urn]);
    const lines = streams.output.trimEnd().split('\n');
    const header = lines[1]!;
    const attendanceEnd = header.indexOf('Attendance') + 'Attendance'.length;

    assert.equal(code, 0);
    assert.match(lines[0]!, /3 of 3 pupils listed/);
    assert.equal(lines.length, 5);
    for (const line of lines.slice(2)) assert.equal(line.charAt(attendanceEnd - 1), '%');
  });

  it('runs the npm scripts end to end', async function () {
    this.timeout(60_000);
    const urn = uniqueUrn();
    const env = {
      ...process.env,
      AZURE_STORAGE_CONNECTION_STRING: await testStorageConnectionString(),
    };
    const run = promisify(execFile);

    const imported = await run(TSX, ['scripts/import.ts', '--school', urn, goodPath], {
      cwd: REPO_ROOT,
      env,
    });
    const reported = await run(
      TSX,
      ['scripts/report.ts', '--school', urn, '--json', '--persistent'],
      {
        cwd: REPO_ROOT,
        env,
      },
    );

    assert.match(
      imported.stdout,
      new RegExp(`Imported good\\.csv \\(session-marks-csv\\) into school ${urn}`),
    );
    const rows = reported.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { upn: string });
    assert.deepEqual(
      rows.map((row) => row.upn),
      [makeSyntheticUpn(403)],
    );
  });
});

describe('ProgressLine', () => {
  it('writes nothing in the first second', () => {
    const written: string[] = [];
    const progress = new ProgressLine({ write: (text: string) => written.push(text) }, 'Import');

    progress.update('reading 10%');
    progress.finish();

    assert.deepEqual(written, []);
  });

  it('writes plain lines when not a terminal', async () => {
    const written: string[] = [];
    const progress = new ProgressLine({ write: (text: string) => written.push(text) }, 'Import');

    progress.update('reading 40%');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    progress.finish();

    assert.deepEqual(written, ['Import: reading 40% (1 s)\n']);
  });

  it('redraws one line on a terminal', async () => {
    const written: string[] = [];
    const output = { write: (text: string) => written.push(text), isTTY: true };
    const progress = new ProgressLine(output, 'Import');

    progress.update('writing batch 1 of 3');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    progress.finish();

    assert.equal(written[0], '\r\u001b[2KImport: writing batch 1 of 3 (1 s)');
    assert.equal(written.at(-1), '\r\u001b[2K');
  });
});
