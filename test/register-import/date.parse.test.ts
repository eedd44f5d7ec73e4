import assert from 'node:assert/strict';
import { isoDateToDays } from '../../domain/attendance/calendar.date';
import { dayOfWeek, weekdayIndex } from '../../register/import/date.days';
import { parseRegisterDate } from '../../register/import/date.parse';

describe('parseRegisterDate', () => {
  const validCases: [string, string][] = [
    ['2025-09-08', '2025-09-08'],
    [' 2025-09-08 ', '2025-09-08'],
    ['08/09/2025', '2025-09-08'],
    ['8/9/2025', '2025-09-08'],
    ['09/08/2025', '2025-08-09'],
    ['2025-09-08T00:00:00', '2025-09-08'],
    ['2025-09-08T00:00:00.000Z', '2025-09-08'],
    ['2025-09-08 13:45', '2025-09-08'],
    ['08/09/2025 00:00', '2025-09-08'],
    ['08/09/2025 00:00:00', '2025-09-08'],
    ['45908', '2025-09-08'],
    ['45908.5', '2025-09-08'],
    ['36526', '2000-01-01'],
    ['73415', '2100-12-31'],
    ['29/02/2024', '2024-02-29'],
  ];
  for (const [text, expected] of validCases) {
    it(`reads ${JSON.stringify(text)} as ${expected}`, () => {
      assert.deepEqual(parseRegisterDate(text), { ok: true, iso: expected });
    });
  }

  const formatCases = [
    '',
    'yesterday',
    '2025-13-01',
    '31/02/2025',
    '29/02/2025',
    '2025/09/08',
    '08-09-2025',
    '08/09/25',
    '2025-09-08T25:00',
    '-45908',
  ];
  for (const text of formatCases) {
    it(`rejects ${JSON.stringify(text)} and names the accepted formats`, () => {
      const parsed = parseRegisterDate(text);
      assert.ok(!parsed.ok);
      assert.match(parsed.message, /Accepted formats: 2025-09-08, 08\/09\/2025 \(day first\)/);
      assert.match(parsed.message, /Excel date serial number/);
    });
  }

  const rangeCases = ['1999-12-31', '31/12/2101', '36525', '73416', '60', '1'];
  for (const text of rangeCases) {
    it(`rejects ${text} as outside 2000 to 2100`, () => {
      const parsed = parseRegisterDate(text);
      assert.ok(!parsed.ok);
      assert.match(parsed.message, /outside the school dates accepted \(2000-01-01 to 2100-12-31/);
    });
  }
});

describe('weekdayIndex', () => {
  it('skips weekends between Friday and Monday', () => {
    const friday = isoDateToDays('2025-09-12');
    const monday = isoDateToDays('2025-09-15');
    assert.equal(dayOfWeek(friday), 5);
    assert.equal(dayOfWeek(monday), 1);
    assert.equal(weekdayIndex(monday), weekdayIndex(friday) + 1);
  });

  it('numbers a year of weekdays distinctly', () => {
    const first = isoDateToDays('2024-09-02');
    const indexes = new Set<number>();
    for (let day = first; day < first + 365; day++) {
      if (dayOfWeek(day) !== 0 && dayOfWeek(day) !== 6) indexes.add(weekdayIndex(day));
    }
    assert.equal(indexes.size, 261);
    assert.equal(Math.max(...indexes) - Math.min(...indexes), 260);
  });
});
