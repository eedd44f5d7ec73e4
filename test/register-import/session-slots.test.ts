import assert from 'node:assert/strict';
import { SessionSlots } from '../../register/import/session-slots';

describe('SessionSlots', () => {
  it('returns 0 for a free session', () => {
    const slots = new SessionSlots();
    assert.equal(slots.claim(1000, 0, 3, 2), 0);
    assert.equal(slots.claim(1000, 1, 3, 3), 0);
  });

  it('returns the earlier code and line', () => {
    const slots = new SessionSlots();
    slots.claim(1000, 1, 4, 17);
    assert.equal(slots.claim(1000, 1, 5, 90), 4);
    assert.equal(slots.earlierLine, 17);
  });

  it('keeps sessions while growing in both directions', () => {
    const slots = new SessionSlots();
    const days = [5000, 5300, 4700, 5001, 4000, 6000];
    days.forEach((day, index) => slots.claim(day, 0, 1, index + 2));
    days.forEach((day, index) => {
      assert.equal(slots.claim(day, 0, 2, 999), 1, `day ${day}`);
      assert.equal(slots.earlierLine, index + 2);
    });
  });

  it('keeps lines that do not fit 16 bits', () => {
    const slots = new SessionSlots();
    slots.claim(100, 0, 1, 10);
    slots.claim(101, 0, 1, 70_000);
    slots.claim(102, 0, 1, 5);
    slots.claim(150, 0, 1, 4_000_000_000);
    const expected: [number, number][] = [
      [100, 10],
      [101, 70_000],
      [102, 5],
      [150, 4_000_000_000],
    ];
    for (const [day, line] of expected) {
      assert.equal(slots.claim(day, 0, 1, 1), 1);
      assert.equal(slots.earlierLine, line, `day ${day}`);
    }
  });
});
