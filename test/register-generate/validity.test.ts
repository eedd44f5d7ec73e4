import assert from 'node:assert/strict';
import { isoDateToDays, isValidUpn, resolveMark, type SessionMark } from '../../domain/attendance';
import { LEAVER_YEAR_GROUP } from '../../register/generate';
import { samplePupils, type SampledPupil } from './generate.fixture';

let sample: SampledPupil[] = [];
let allSessions: SessionMark[] = [];

/** Weekdays without school in the English pattern that the generator follows (2025/26). */
const HOLIDAYS_2025_26 = [
  '2025-10-27',
  '2025-10-31',
  '2025-12-22',
  '2025-12-25',
  '2026-01-01',
  '2026-01-02',
  '2026-02-16',
  '2026-02-20',
  '2026-03-30',
  '2026-04-03',
  '2026-04-06',
  '2026-04-10',
  '2026-05-04',
  '2026-05-25',
  '2026-05-29',
  '2026-07-21',
  '2026-08-14',
  '2026-09-04',
];

function weekdayOf(date: string): number {
  return (isoDateToDays(date) + 3) % 7;
}

describe('register generator validity', () => {
  before(() => {
    sample = samplePupils({ schools: 12, pupilsPerSchool: 120, weeks: 45, seed: 3 });
    allSessions = sample.flatMap(({ sessions }) => sessions);
  });

  it('gives every pupil a valid, unique UPN', () => {
    const upns = sample.map(({ pupil }) => pupil.upn);
    for (const upn of upns) assert.ok(isValidUpn(upn), upn);
    assert.equal(new Set(upns).size, upns.length);
  });

  it('writes only codes in force', () => {
    const checked = new Set<string>();
    for (const { date, code } of allSessions) {
      const key = `${code}|${date}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const resolved = resolveMark(code, undefined, date);
      assert.ok(resolved.ok, `${code} on ${date}`);
      assert.equal(resolved.warning, undefined, `${code} on ${date}`);
    }
  });

  it('writes no marks at weekends', () => {
    const weekend = allSessions.filter(({ date }) => weekdayOf(date) >= 5);
    assert.equal(weekend.length, 0, `first weekend mark on ${weekend[0]?.date}`);
  });

  it('writes no marks in holidays', () => {
    const dates = new Set(allSessions.map(({ date }) => date));
    for (const holiday of HOLIDAYS_2025_26) assert.ok(!dates.has(holiday), holiday);
  });

  it('writes two sessions per school day', () => {
    const full = sample.find(
      ({ pupil }) => pupil.firstDay === 0 && pupil.yearGroup !== LEAVER_YEAR_GROUP,
    )!;
    assert.equal(full.sessions.length, full.school.calendar.days.length * 2);
    assert.equal(full.sessions[0]!.session, 'AM');
    assert.equal(full.sessions[1]!.session, 'PM');
  });

  it('starts joiners on their admission day', () => {
    const joiners = sample.filter(({ pupil }) => pupil.firstDay > 0);
    assert.ok(joiners.length > 0, 'no joiners in the sample');
    for (const { pupil, school, sessions } of joiners) {
      const admission = school.calendar.days[pupil.firstDay]!.date;
      assert.equal(sessions[0]!.date, admission, pupil.upn);
      assert.ok(
        sessions.every(({ date }) => date >= admission),
        pupil.upn,
      );
    }
  });

  it('ends leavers before the register ends', () => {
    const leavers = sample.filter(({ pupil }) => pupil.yearGroup === LEAVER_YEAR_GROUP);
    assert.ok(leavers.length > 0, 'no leavers in the sample');
    for (const { pupil, school, sessions } of leavers) {
      const lastDay = school.calendar.days[school.calendar.days.length - 1]!.date;
      assert.ok(sessions[sessions.length - 1]!.date < lastDay, pupil.upn);
      assert.notEqual(pupil.yearGroupOnRoll, LEAVER_YEAR_GROUP);
    }
  });

  for (const [code, meaning] of [
    ['#', 'INSET days'],
    ['Y1', 'snow days for pupils on school transport'],
    ['D', 'dual-registered pupils'],
    ['-', 'missing marks'],
    ['G', 'term-time holidays'],
    ['L', 'late arrivals'],
  ] as const) {
    it(`includes ${meaning} (${code})`, () => {
      assert.ok(allSessions.some((session) => session.code === code));
    });
  }

  it('limits snow to two winter days', () => {
    const snowDatesBySchool = new Map<string, Set<string>>();
    for (const { school, sessions } of sample) {
      const dates = snowDatesBySchool.get(school.plan.urn) ?? new Set<string>();
      snowDatesBySchool.set(school.plan.urn, dates);
      for (const { date, code } of sessions) if (code === 'Y1') dates.add(date);
    }
    for (const [urn, dates] of snowDatesBySchool) {
      assert.ok(dates.size <= 2, `${urn}: ${[...dates].join(' ')}`);
      for (const date of dates) assert.match(date, /^2026-0[12]-/, urn);
    }
  });
});
