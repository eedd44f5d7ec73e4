import assert from 'node:assert/strict';
import { isIsoDate, isoDateToDays, mondayOfWeek, weekNumberOfDay } from '../../domain/attendance';

describe('isoDateToDays', () => {
  const validCases: [string, number][] = [
    ['1970-01-01', 0],
    ['2024-02-29', Date.UTC(2024, 1, 29) / 86_400_000],
    ['2024-08-19', Date.UTC(2024, 7, 19) / 86_400_000],
  ];
  for (const [date, days] of validCases) {
    it(`reads ${date}`, () => {
      assert.equal(isoDateToDays(date), days);
    });
  }

  for (const date of [
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-4-01',
    '2024/04/01',
    '1899-12-31',
    '2024-04-01T00',
  ]) {
    it(`rejects ${date}`, () => {
      assert.equal(isIsoDate(date), false);
    });
  }
});

describe('weekNumberOfDay', () => {
  it('starts weeks on Monday', () => {
    const monday = weekNumberOfDay(isoDateToDays('2024-09-02'));
    assert.equal(weekNumberOfDay(isoDateToDays('2024-09-01')), monday - 1);
    assert.equal(weekNumberOfDay(isoDateToDays('2024-09-08')), monday);
    assert.equal(weekNumberOfDay(isoDateToDays('2024-09-09')), monday + 1);
  });

  it('handles dates before first Monday', () => {
    assert.equal(mondayOfWeek(weekNumberOfDay(isoDateToDays('1970-01-01'))), '1969-12-29');
  });

  it('formats the Monday of a week', () => {
    for (const date of ['2024-09-02', '2024-09-04', '2024-09-08']) {
      assert.equal(mondayOfWeek(weekNumberOfDay(isoDateToDays(date))), '2024-09-02');
    }
  });
});
