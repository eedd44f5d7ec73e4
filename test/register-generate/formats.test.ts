import assert from 'node:assert/strict';
import { isoDateToDays } from '../../domain/attendance';
import {
  BufferedWriter,
  COUNTY_SESSION_CSV_HEADER,
  generateCounty,
  MemorySink,
  SESSION_CSV_HEADER,
  WEEKLY_GRID_HEADER,
  writeCtf,
  writeSessionCsvRows,
} from '../../register/generate';
import { renderCounty } from './generate.fixture';

const OPTIONS = { schools: 2, pupilsPerSchool: 30, weeks: 20, seed: 5 };

function lines(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  assert.ok(text.endsWith('\n'));
  return text.slice(0, -1).split('\n');
}

function weekdayOf(date: string): number {
  return (isoDateToDays(date) + 3) % 7;
}

describe('session marks CSV output', () => {
  const [file] = renderCounty(OPTIONS, 'csv');
  const rows = lines(file!);

  it('starts with the session marks header', () => {
    assert.equal(rows[0], SESSION_CSV_HEADER);
  });

  it('writes ISO dates and sessions', () => {
    for (const row of rows.slice(1)) {
      const fields = row.split(',');
      assert.equal(fields.length, 7, row);
      assert.match(fields[4]!, /^\d{4}-\d{2}-\d{2}$/, row);
      assert.ok(fields[5] === 'AM' || fields[5] === 'PM', row);
      assert.ok(fields[6]!.length >= 1, row);
    }
  });

  it('uses two-character 2024 codes', () => {
    const marks = new Set(rows.slice(1).map((row) => row.split(',')[6]));
    assert.ok(
      [...marks].some((mark) => mark!.length === 2),
      [...marks].join(' '),
    );
  });

  it('adds school_urn to county files', () => {
    const sink = new MemorySink();
    const writer = new BufferedWriter(sink);
    writer.writeText(`${COUNTY_SESSION_CSV_HEADER}\n`);
    for (const school of generateCounty(OPTIONS)) writeSessionCsvRows(school, writer, true);
    writer.close();
    const county = lines(sink.toBuffer());
    assert.equal(county[0], COUNTY_SESSION_CSV_HEADER);
    const urns = new Set(county.slice(1).map((row) => row.split(',')[0]));
    assert.deepEqual([...urns], ['900001', '900002']);
  });
});

describe('weekly grid CSV output', () => {
  const [file] = renderCounty(OPTIONS, 'grid');
  const rows = lines(file!);

  it('starts with the weekly grid header', () => {
    assert.equal(rows[0], WEEKLY_GRID_HEADER);
  });

  it('starts every week on a Monday', () => {
    for (const row of rows.slice(1)) assert.equal(weekdayOf(row.split(',')[4]!), 0, row);
  });

  it('writes fifteen fields per row', () => {
    for (const row of rows.slice(1)) assert.equal(row.split(',').length, 15, row);
  });

  it('empties both sessions of a day off', () => {
    const weeksWithDayOff = rows
      .slice(1)
      .map((row) => row.split(','))
      .filter((fields) => fields.includes(''));
    assert.ok(weeksWithDayOff.length > 0, 'no week with a day off');
    for (const fields of weeksWithDayOff) {
      const cells = fields.slice(5);
      for (let day = 0; day < 5; day++) {
        assert.equal(cells[day * 2] === '', cells[day * 2 + 1] === '', fields.join(','));
      }
    }
  });

  it('writes one row per pupil week', () => {
    const keys = rows.slice(1).map((row) => row.split(',').slice(0, 5).join(','));
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe('CTF output', () => {
  const [file] = renderCounty({ ...OPTIONS, weeks: 45 }, 'ctf');
  const xml = file!.toString('utf8');
  const years = [
    ...xml.matchAll(
      /<AttendanceStartDate>([^<]+)<\/AttendanceStartDate>\s*<AttendanceMarks>([^<]*)<\/AttendanceMarks>/g,
    ),
  ];

  it('has the CTF root, header and pupil data', () => {
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<CTfile>\n {2}<Header>/);
    assert.match(xml, /<CTFpupilData>[\s\S]*<Pupil>[\s\S]*<UPN>[A-Z]\d{12}<\/UPN>/);
    assert.ok(xml.endsWith('</CTFpupilData>\n</CTfile>\n'));
  });

  it('writes a YearData for each academic year', () => {
    const starts = new Set(years.map((match) => match[1]));
    assert.deepEqual([...starts], ['2025-09-01', '2026-09-07']);
  });

  it('writes two characters per calendar day', () => {
    for (const [, , marks] of years) assert.equal(marks!.length % 2, 0);
  });

  it('pads weekends with ##', () => {
    for (const [, start, marks] of years) {
      for (let offset = 0; offset < marks!.length / 2; offset++) {
        const weekday = (isoDateToDays(start!) + offset + 3) % 7;
        if (weekday >= 5) assert.equal(marks!.slice(offset * 2, offset * 2 + 2), '##');
      }
    }
  });

  it('writes only one-character codes', () => {
    for (const [, , marks] of years) assert.match(marks!, /^[/\\LKVPWBCEIMRSTGNOUD#-]*$/);
  });

  it('dates the header after the last mark', () => {
    const dateTime = /<DateTime>(\d{4}-\d{2}-\d{2})T/.exec(xml)![1]!;
    for (const [, start, marks] of years) {
      const lastDay = isoDateToDays(start!) + marks!.length / 2 - 1;
      assert.ok(lastDay <= isoDateToDays(dateTime));
    }
  });

  it('rejects two-character codes', () => {
    const [school] = generateCounty({
      ...OPTIONS,
      schools: 1,
      phase: 'special',
      weeks: 40,
      codeSet: 'all',
    });
    const writer = new BufferedWriter(new MemorySink());
    assert.throws(() => writeCtf(school!, writer), /single-character/);
  });
});
