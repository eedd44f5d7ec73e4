import assert from 'node:assert/strict';
import {
  categoryOfMark,
  isoDateToDays,
  isPossibleCategory,
  type MarkCode,
  type SessionMark,
} from '../../domain/attendance';
import { computePupilFigures } from '../../domain/attendance/figures.compute';
import { computePenaltyThreshold } from '../../domain/attendance/penalty-threshold.compute';
import {
  dayOfWeekdayNumber,
  isoDateOfWeekdayNumber,
  isWeekendDay,
  weekdayNumberOfDay,
} from '../../domain/attendance/calendar.weekdays';
import { MARK_CODE_LIST, markCodeIdOf } from '../../domain/attendance/codes.indexed';
import { computeSlotFigures, type WeekdaySlots } from '../../domain/attendance/figures.slots';
import { computeSlotPenaltyThreshold } from '../../domain/attendance/penalty-threshold.slots';
import { Random } from '../../register/generate/random.prng';

const UNAUTHORISED: readonly MarkCode[] = ['G', 'N', 'O', 'U'];
const POSSIBLE_CODES = MARK_CODE_LIST.filter((code) => isPossibleCategory(categoryOfMark(code)));

/** Draws one pupil's register: a run of weekdays with gaps, and codes weighted to unauthorised. */
function randomRegister(random: Random): { slots: WeekdaySlots; sessions: SessionMark[] } {
  const firstWeekday = weekdayNumberOfDay(isoDateToDays('2024-06-03')) + random.int(400);
  const weekdays = 1 + random.int(300);
  const codes = new Uint8Array(weekdays * 2);
  const sessions: SessionMark[] = [];
  const gapChance = random.float() * 0.4;
  const unauthorisedChance = random.float() * 0.3;
  for (let slot = 0; slot < codes.length; slot++) {
    if (random.chance(gapChance)) continue;
    const code = random.chance(unauthorisedChance)
      ? random.pick(UNAUTHORISED)
      : random.pick(MARK_CODE_LIST);
    codes[slot] = markCodeIdOf(code);
    const date = isoDateOfWeekdayNumber(firstWeekday + (slot >> 1));
    sessions.push({ date, session: slot % 2 === 0 ? 'AM' : 'PM', code });
  }
  if (random.chance(0.3)) sessions.reverse();
  return { slots: { codes, firstWeekday }, sessions };
}

function randomOptions(random: Random) {
  if (random.chance(0.5)) return {};
  const countedCodes = new Set(POSSIBLE_CODES.filter(() => random.chance(0.3)));
  if (countedCodes.size === 0) countedCodes.add('N');
  return {
    countedCodes,
    holidayCodes: new Set([random.pick([...countedCodes])]),
    sessionThreshold: 1 + random.int(12),
    windowSchoolWeeks: 1 + random.int(12),
  };
}

describe('slot attendance rules', () => {
  it('match computePupilFigures on random registers', () => {
    const random = new Random(11);
    for (let trial = 0; trial < 400; trial++) {
      const { slots, sessions } = randomRegister(random);
      assert.deepEqual(computeSlotFigures(slots), computePupilFigures(sessions), `trial ${trial}`);
    }
  });

  it('match computePenaltyThreshold on random registers and options', () => {
    const random = new Random(12);
    let reached = 0;
    for (let trial = 0; trial < 400; trial++) {
      const { slots, sessions } = randomRegister(random);
      const options = randomOptions(random);
      const expected = computePenaltyThreshold(sessions, options);
      assert.deepEqual(computeSlotPenaltyThreshold(slots, options), expected, `trial ${trial}`);
      if (expected.reached) reached++;
    }
    assert.ok(reached > 50, `only ${reached} random registers reached the threshold`);
  });

  it('count an empty register as no sessions', () => {
    const slots = { codes: new Uint8Array(0), firstWeekday: 9000 };
    assert.deepEqual(computeSlotFigures(slots), computePupilFigures([]));
    assert.deepEqual(computeSlotPenaltyThreshold(slots), computePenaltyThreshold([]));
  });

  it('reject a byte that is not a code id', () => {
    const codes = Uint8Array.from([1, MARK_CODE_LIST.length + 1]);
    assert.throws(() => computeSlotFigures({ codes, firstWeekday: 9000 }), RangeError);
    assert.throws(() => computeSlotPenaltyThreshold({ codes, firstWeekday: 9000 }), RangeError);
  });

  it('reject the same invalid options as computePenaltyThreshold', () => {
    const slots = { codes: new Uint8Array(2), firstWeekday: 9000 };
    for (const options of [
      { sessionThreshold: 0 },
      { windowSchoolWeeks: 1.5 },
      { countedCodes: new Set(['#']) },
    ]) {
      assert.throws(() => computePenaltyThreshold([], options), RangeError);
      assert.throws(() => computeSlotPenaltyThreshold(slots, options), RangeError);
    }
  });
});

describe('weekday numbers', () => {
  it('round-trip every weekday of 2024 to 2026', () => {
    const first = isoDateToDays('2024-01-01');
    for (let day = first; day < first + 3 * 366; day++) {
      if (isWeekendDay(day)) continue;
      assert.equal(dayOfWeekdayNumber(weekdayNumberOfDay(day)), day);
    }
  });

  it('number Friday and the next Monday consecutively', () => {
    const friday = weekdayNumberOfDay(isoDateToDays('2025-10-24'));
    assert.equal(weekdayNumberOfDay(isoDateToDays('2025-10-27')), friday + 1);
    assert.equal(isoDateOfWeekdayNumber(friday + 1), '2025-10-27');
  });
});
