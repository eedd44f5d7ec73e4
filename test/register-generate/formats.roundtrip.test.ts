import assert from 'node:assert/strict';
import { isoDateToDays } from '../../domain/attendance';
import { formatDay } from '../../register/generate/calendar.register';
import { renderCounty, samplePupils } from './generate.fixture';

const OPTIONS = {
  schools: 1,
  pupilsPerSchool: 80,
  weeks: 45,
  seed: 21,
  phase: 'secondary',
} as const;

type MarksByKey = Map<string, string>;

function apiMarks(codeSet: 'all' | 'single-character', skipInset: boolean): MarksByKey {
  const marks: MarksByKey = new Map();
  for (const { pupil, sessions } of samplePupils({ ...OPTIONS, codeSet })) {
    for (const { date, session, code } of sessions) {
      if (skipInset && code === '#') continue;
      marks.set(`${pupil.upn}|${date}|${session}`, code);
    }
  }
  return marks;
}

function csvMarks(text: string): MarksByKey {
  const marks: MarksByKey = new Map();
  for (const row of text.trimEnd().split('\n').slice(1)) {
    const [upn, , , , date, session, mark] = row.split(',');
    marks.set(`${upn}|${date}|${session}`, mark!);
  }
  return marks;
}

function gridMarks(text: string): MarksByKey {
  const marks: MarksByKey = new Map();
  for (const row of text.trimEnd().split('\n').slice(1)) {
    const [upn, , , , weekStart, ...cells] = row.split(',');
    cells.forEach((mark, index) => {
      if (mark === '') return;
      const date = formatDay(isoDateToDays(weekStart!) + (index >> 1));
      marks.set(`${upn}|${date}|${index % 2 === 0 ? 'AM' : 'PM'}`, mark);
    });
  }
  return marks;
}

function ctfMarks(xml: string): MarksByKey {
  const marks: MarksByKey = new Map();
  for (const [pupil] of xml.matchAll(/<Pupil>[\s\S]*?<\/Pupil>/g)) {
    const upn = /<UPN>([^<]+)<\/UPN>/.exec(pupil)![1];
    const years = pupil.matchAll(
      /<AttendanceStartDate>([^<]+)<\/AttendanceStartDate>\s*<AttendanceMarks>([^<]*)</g,
    );
    for (const [, start, text] of years) {
      for (let offset = 0; offset < text!.length; offset++) {
        const mark = text!.charAt(offset);
        if (mark === '#') continue;
        const date = formatDay(isoDateToDays(start!) + (offset >> 1));
        marks.set(`${upn}|${date}|${offset % 2 === 0 ? 'AM' : 'PM'}`, mark);
      }
    }
  }
  return marks;
}

describe('register output formats', () => {
  it('keeps every mark in session CSV', () => {
    const [file] = renderCounty(OPTIONS, 'csv');
    assert.deepEqual(csvMarks(file!.toString('utf8')), apiMarks('all', false));
  });

  it('keeps every mark in the grid', () => {
    const [file] = renderCounty(OPTIONS, 'grid');
    assert.deepEqual(gridMarks(file!.toString('utf8')), apiMarks('all', false));
  });

  it('keeps every mark but INSET in CTF', () => {
    const [file] = renderCounty(OPTIONS, 'ctf');
    assert.deepEqual(ctfMarks(file!.toString('utf8')), apiMarks('single-character', true));
  });
});
