import assert from 'node:assert/strict';
import { REGISTER_CODES, resolveMark, type MarkResolution } from '../../domain/attendance';

const AFTER_CHANGE = '2024-09-02';

function acceptedCategory(resolution: MarkResolution): string {
  assert.ok(resolution.ok, `expected the mark to be accepted, got ${JSON.stringify(resolution)}`);
  return resolution.category;
}

function rejection(resolution: MarkResolution) {
  assert.ok(!resolution.ok, `expected the mark to be rejected, got ${JSON.stringify(resolution)}`);
  return resolution.error;
}

describe('resolveMark', () => {
  const categoryCases: [string, string[]][] = [
    ['present', ['/', '\\', 'L']],
    ['approved_educational_activity', ['K', 'V', 'P', 'W', 'B']],
    ['authorised_absence', ['C', 'C1', 'C2', 'E', 'I', 'J1', 'M', 'R', 'S', 'T']],
    ['unauthorised_absence', ['G', 'N', 'O', 'U']],
    ['not_possible', ['D', 'X', 'Q', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Z', '#']],
    ['missing', ['-']],
  ];
  for (const [category, codes] of categoryCases) {
    it(`classifies ${codes.join(' ')} as ${category}`, () => {
      for (const code of codes) {
        const resolution = resolveMark(code, undefined, AFTER_CHANGE);
        assert.equal(acceptedCategory(resolution), category, code);
        assert.equal(resolution.ok && resolution.warning, undefined, code);
      }
    });
  }

  it('covers every code in the table', () => {
    const listed = categoryCases.flatMap(([, codes]) => codes).filter((code) => code !== '-');
    assert.deepEqual([...listed].sort(), REGISTER_CODES.map((entry) => entry.code).sort());
  });

  const subCodeCases: [string, string | undefined, string][] = [
    ['Y1', undefined, 'Y1'],
    ['Y', '1', 'Y1'],
    ['Y', '7', 'Y7'],
    ['C', '2', 'C2'],
    ['C', '', 'C'],
    ['J', '1', 'J1'],
    ['y', '3', 'Y3'],
    [' c1 ', undefined, 'C1'],
    ['Y1', '1', 'Y1'],
  ];
  for (const [raw, subCode, expected] of subCodeCases) {
    it(`reads ${JSON.stringify(raw)} + ${JSON.stringify(subCode)} as ${expected}`, () => {
      const resolution = resolveMark(raw, subCode, AFTER_CHANGE);
      assert.ok(resolution.ok);
      assert.equal(resolution.code, expected);
    });
  }

  it('rejects a sub-code that does not exist', () => {
    const error = rejection(resolveMark('Y', '9', AFTER_CHANGE));
    assert.equal(error.code, 'attendance.code.unknown');
    assert.equal(error.value, 'Y9');
  });

  it('lists valid codes for unknown code', () => {
    const error = rejection(resolveMark('F', undefined, AFTER_CHANGE));
    assert.equal(error.code, 'attendance.code.unknown');
    assert.match(error.message, /"F"/);
    for (const code of ['/', 'L', 'J1', 'Y7', '#', '-'])
      assert.ok(error.message.includes(` ${code}`));
  });

  it('rejects a blank code', () => {
    assert.equal(
      rejection(resolveMark('  ', undefined, AFTER_CHANGE)).code,
      'attendance.code.empty',
    );
    assert.equal(acceptedCategory(resolveMark('-', undefined, AFTER_CHANGE)), 'missing');
  });

  for (const date of ['2024-02-30', '2024-9-2', '02/09/2024', '', '0024-09-02']) {
    it(`rejects session date ${JSON.stringify(date)}`, () => {
      const error = rejection(resolveMark('/', undefined, date));
      assert.equal(error.code, 'attendance.date.invalid');
      assert.ok(error.message.includes(`"${date}"`));
    });
  }
});
