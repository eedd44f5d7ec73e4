import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCommandLine } from '../../register/generate/cli.arguments';
import {
  DEFAULT_OPTIONS,
  planCounty,
  resolveOptions,
  writeRegisters,
} from '../../register/generate';

describe('register generator options', () => {
  const invalid: Array<[string, string[], RegExp]> = [
    [
      'no schools',
      ['--schools', '0'],
      /Invalid schools \(--schools\) 0: expected a whole number from 1 to 10000/,
    ],
    ['a non-numeric seed', ['--seed', 'abc'], /Invalid --seed "abc": expected a whole number/],
    ['an unknown format', ['--format', 'xml'], /Invalid --format "xml": expected csv, grid or ctf/],
    ['an unknown phase', ['--phase', 'infant'], /Invalid phase \(--phase\) "infant"/],
    [
      'an impossible start date',
      ['--start', '2025-02-30'],
      /Invalid start \(--start\) "2025-02-30"/,
    ],
    [
      'too many weeks',
      ['--weeks', '500'],
      /Invalid weeks \(--weeks\) 500: expected a whole number from 1 to 200/,
    ],
    [
      'more pupils than UPNs',
      ['--schools', '400', '--pupils-per-school', '300'],
      /Too many pupils: 400 schools × 300 pupils/,
    ],
  ];
  for (const [name, argv, message] of invalid) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseCommandLine(['--out', 'x', ...argv]), message);
    });
  }

  it('rejects a missing --out', () => {
    assert.throws(() => parseCommandLine(['--schools', '2']), /Missing --out/);
  });

  it('rejects an unknown option', () => {
    assert.throws(() => parseCommandLine(['--out', 'x', '--colour', 'red']), /colour/);
  });

  it('fills defaults for options left out', () => {
    const parsed = parseCommandLine(['--out', 'x']);
    assert.equal(parsed.help, false);
    if (parsed.help) return;
    assert.deepEqual(parsed.request.options, DEFAULT_OPTIONS);
    assert.equal(parsed.request.format, 'csv');
    assert.equal(parsed.request.singleFile, false);
  });

  it('returns help for --help', () => {
    assert.deepEqual(parseCommandLine(['--help']), { help: true });
  });

  it('keeps mean school size near target', () => {
    const plans = planCounty(resolveOptions({ schools: 300, pupilsPerSchool: 267 }));
    const pupils = plans.reduce((sum, plan) => sum + plan.pupilCount, 0);
    assert.ok(Math.abs(pupils / plans.length - 267) < 3, `${pupils} pupils`);
    const secondary = plans.filter((plan) => plan.phase === 'secondary');
    const primary = plans.filter((plan) => plan.phase === 'primary');
    assert.ok(secondary[0]!.pupilCount > 4 * primary[0]!.pupilCount);
  });
});

describe('register files', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'register-generate-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes one file per school named by URN', () => {
    const out = path.join(folder, 'schools');
    const summary = writeRegisters({
      options: { schools: 3, pupilsPerSchool: 5, weeks: 2 },
      format: 'ctf',
      out,
      singleFile: false,
    });
    assert.deepEqual(readdirSync(out).sort(), ['900001.xml', '900002.xml', '900003.xml']);
    assert.equal(summary.files.length, 3);
  });

  it('writes one school to the --out file', () => {
    const out = path.join(folder, 'school.csv');
    writeRegisters({
      options: { pupilsPerSchool: 5, weeks: 2 },
      format: 'grid',
      out,
      singleFile: false,
    });
    assert.match(readFileSync(out, 'utf8'), /^upn,surname,forename,year_group,week_start,MonAM/);
  });

  it('writes one CSV with --single-file', () => {
    const out = path.join(folder, 'county.csv');
    const summary = writeRegisters({
      options: { schools: 2, pupilsPerSchool: 5, weeks: 2 },
      format: 'csv',
      out,
      singleFile: true,
    });
    const text = readFileSync(out, 'utf8');
    assert.equal(text.split('\n').length - 2, summary.records);
    assert.equal(Buffer.byteLength(text), summary.bytes);
  });

  it('rejects --single-file for other formats', () => {
    const out = path.join(folder, 'county.csv');
    assert.throws(
      () => writeRegisters({ options: {}, format: 'grid', out, singleFile: true }),
      /only the session marks CSV \(--format csv\)/,
    );
  });

  it('rejects a file for several schools', () => {
    const out = path.join(folder, 'taken');
    writeFileSync(out, '');
    assert.throws(
      () =>
        writeRegisters({
          options: { schools: 2, pupilsPerSchool: 5, weeks: 2 },
          format: 'csv',
          out,
          singleFile: false,
        }),
      /it is a file, but several schools need a folder/,
    );
  });
});
