import assert from 'node:assert/strict';
import {
  MARK_CODES,
  MAX_YEAR_SLOTS,
  academicYearOf,
  codeIdOf,
  codeOfId,
  createYearSlots,
  datesOfAcademicYear,
  decodeYearMarks,
  encodeYearMarks,
  slotOf,
} from '../../register/storage';

describe('year marks codec', () => {
  it('round-trips every code', () => {
    const slots = createYearSlots();
    MARK_CODES.forEach((code, index) => {
      slots[index * 3] = codeIdOf(code);
    });

    const decoded = decodeYearMarks(encodeYearMarks(slots));

    assert.deepEqual(decoded, slots);
    MARK_CODES.forEach((code, index) => assert.equal(codeOfId(decoded[index * 3]!), code));
  });

  it('round-trips a full leap year', () => {
    const slots = createYearSlots();
    slots.fill(codeIdOf('N'));

    const text = encodeYearMarks(slots);

    assert.equal(text.length, MAX_YEAR_SLOTS * 2);
    assert.deepEqual(decodeYearMarks(text), slots);
  });

  it('writes two characters per slot', () => {
    const slots = createYearSlots();
    slots[0] = codeIdOf('/');
    slots[1] = codeIdOf('Y1');
    slots[3] = codeIdOf('-');

    assert.equal(encodeYearMarks(slots), '/ Y1  - ');
  });

  it('drops empty slots after the last session', () => {
    assert.equal(encodeYearMarks(createYearSlots()), '');
    assert.deepEqual(decodeYearMarks(''), createYearSlots());
  });

  it('rejects text of odd length', () => {
    assert.throws(() => decodeYearMarks('/ N'), /Invalid stored marks/);
  });

  it('rejects text longer than a year', () => {
    assert.throws(() => decodeYearMarks('N '.repeat(MAX_YEAR_SLOTS + 1)), /up to 732 slots/);
  });

  it('rejects an unknown code, naming the slot', () => {
    assert.throws(() => decodeYearMarks('/ Q9'), /slot 1 contains "Q9"/);
  });

  it('rejects an unknown code id', () => {
    assert.throws(() => codeIdOf('X01'), TypeError);
  });
});

describe('academic year slots', () => {
  it('starts the year on 1 August', () => {
    assert.equal(academicYearOf('2025-08-01'), 2025);
    assert.equal(academicYearOf('2025-07-31'), 2024);
    assert.equal(academicYearOf('2026-03-02'), 2025);
  });

  it('places AM and PM in adjacent slots', () => {
    assert.equal(slotOf('2025-08-01', 'AM', 2025), 0);
    assert.equal(slotOf('2025-08-01', 'PM', 2025), 1);
    assert.equal(slotOf('2025-09-01', 'AM', 2025), 62);
  });

  it('fits 29 February of a leap year', () => {
    assert.equal(slotOf('2028-07-31', 'PM', 2027), MAX_YEAR_SLOTS - 1);
    assert.equal(datesOfAcademicYear(2027).length, 366);
    assert.equal(datesOfAcademicYear(2025).length, 365);
  });

  it('maps slots back to dates', () => {
    const dates = datesOfAcademicYear(2025);

    assert.equal(dates[0], '2025-08-01');
    assert.equal(dates[slotOf('2026-02-27', 'PM', 2025) >> 1], '2026-02-27');
  });

  it('rejects a date outside the year', () => {
    assert.throws(() => slotOf('2026-08-01', 'AM', 2025), /academic year 2025\/26/);
  });
});
