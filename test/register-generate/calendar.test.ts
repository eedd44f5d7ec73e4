import assert from 'node:assert/strict';
import { isoDateToDays } from '../../domain/attendance';
import { buildRegisterCalendar, formatDay } from '../../register/generate/calendar.register';
import {
  buildAcademicYear,
  easterSunday,
  SCHOOL_DAYS_PER_YEAR,
  weekdayOfDay,
} from '../../register/generate/calendar.terms';

function schoolDaysIn(startYear: number): number {
  const year = buildAcademicYear(startYear);
  let count = 0;
  for (const { firstDay, lastDay } of year.halfTerms) {
    for (let day = firstDay; day <= lastDay; day++) {
      if (weekdayOfDay(day) < 5 && !year.closedDays.has(day)) count++;
    }
  }
  return count;
}

describe('school calendar', () => {
  it('finds Easter Sunday', () => {
    assert.equal(formatDay(easterSunday(2024)), '2024-03-31');
    assert.equal(formatDay(easterSunday(2025)), '2025-04-20');
    assert.equal(formatDay(easterSunday(2026)), '2026-04-05');
    assert.equal(formatDay(easterSunday(2038)), '2038-04-25');
  });

  it('opens on 195 days a year, INSET days included', () => {
    for (const startYear of [2024, 2025, 2026, 2027]) {
      assert.equal(schoolDaysIn(startYear), SCHOOL_DAYS_PER_YEAR, String(startYear));
    }
  });

  it('starts the autumn term on the first Monday of September', () => {
    assert.equal(formatDay(buildAcademicYear(2025).halfTerms[0]!.firstDay), '2025-09-01');
    assert.equal(formatDay(buildAcademicYear(2026).halfTerms[0]!.firstDay), '2026-09-07');
  });

  it('counts school weeks from the start date', () => {
    const calendar = buildRegisterCalendar(isoDateToDays('2025-09-01'), 10);
    const weeks = new Set(calendar.days.map((day) => day.weekNumber));
    assert.equal(weeks.size, 10);
    assert.equal(calendar.days[0]!.date, '2025-09-01');
    assert.equal(calendar.days[calendar.days.length - 1]!.date, '2025-11-14');
  });

  it('skips the summer holiday when the start falls in it', () => {
    const calendar = buildRegisterCalendar(isoDateToDays('2026-08-03'), 1);
    assert.equal(calendar.days[0]!.date, '2026-09-07');
  });
});
