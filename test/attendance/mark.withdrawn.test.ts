import assert from 'node:assert/strict';
import { resolveMark } from '../../domain/attendance';

describe('resolveMark with withdrawn codes', () => {
  const acceptedCases: [string, string, string][] = [
    ['H', '2024-08-18', 'authorised_absence'],
    ['H', '2023-09-05', 'authorised_absence'],
    ['J', '2024-08-18', 'approved_educational_activity'],
    ['Y', '2024-07-01', 'not_possible'],
  ];
  for (const [code, date, category] of acceptedCases) {
    it(`accepts ${code} on ${date} with a warning`, () => {
      const resolution = resolveMark(code, undefined, date);
      assert.ok(resolution.ok);
      assert.equal(resolution.code, code);
      assert.equal(resolution.category, category);
      assert.equal(resolution.warning?.code, 'attendance.code.withdrawn-accepted');
      assert.match(resolution.warning.message, /withdrawn on 2024-08-19/);
    });
  }

  const rejectedCases: [string, string, RegExp][] = [
    ['H', '2024-08-19', /Use C when the head teacher granted leave, or G/],
    ['H', '2025-01-06', /No code replaces H/],
    ['J', '2024-08-19', /Use J1/],
    ['Y', '2024-09-02', /Use Y1 to Y7/],
  ];
  for (const [code, date, replacement] of rejectedCases) {
    it(`rejects ${code} on ${date}`, () => {
      const resolution = resolveMark(code, undefined, date);
      assert.ok(!resolution.ok);
      assert.equal(resolution.error.code, 'attendance.code.withdrawn');
      assert.equal(resolution.error.value, code);
      assert.match(resolution.error.message, replacement);
      assert.ok(resolution.error.message.includes(date));
    });
  }
});

describe('resolveMark with a code mapping', () => {
  const mapping = new Map([
    ['X01', 'O'],
    ['7', 'C'],
    ['8', 'B'],
    ['9', 'I'],
    ['HOL', 'H'],
    ['BAD', 'F'],
  ]);

  for (const localCode of ['X01', '7', '8', '9']) {
    it(`rejects school-local code ${localCode} without a mapping`, () => {
      const resolution = resolveMark(localCode, undefined, '2024-09-02');
      assert.ok(!resolution.ok);
      assert.equal(resolution.error.code, 'attendance.code.unknown');
      assert.match(resolution.error.message, /supply a code-mapping file/);
    });
  }

  const mappedCases: [string, string, string][] = [
    ['X01', 'O', 'unauthorised_absence'],
    ['x01', 'O', 'unauthorised_absence'],
    ['7', 'C', 'authorised_absence'],
    ['8', 'B', 'approved_educational_activity'],
  ];
  for (const [localCode, code, category] of mappedCases) {
    it(`maps school-local code ${localCode} to ${code}`, () => {
      const resolution = resolveMark(localCode, undefined, '2024-09-02', mapping);
      assert.ok(resolution.ok);
      assert.equal(resolution.code, code);
      assert.equal(resolution.category, category);
      assert.equal(resolution.mappedFrom, localCode);
    });
  }

  it('rejects a mapping to an unknown code', () => {
    const resolution = resolveMark('BAD', undefined, '2024-09-02', mapping);
    assert.ok(!resolution.ok);
    assert.equal(resolution.error.code, 'attendance.code.mapping-invalid');
    assert.match(resolution.error.message, /"BAD" to "F"/);
  });

  it('applies the withdrawal date to a mapping target', () => {
    const before = resolveMark('HOL', undefined, '2024-07-01', mapping);
    assert.ok(before.ok);
    assert.equal(before.warning?.code, 'attendance.code.withdrawn-accepted');
    const after = resolveMark('HOL', undefined, '2024-09-02', mapping);
    assert.ok(!after.ok);
    assert.equal(after.error.code, 'attendance.code.mapping-invalid');
    assert.match(after.error.message, /No code replaces H/);
  });

  it('maps a withdrawn code explicitly', () => {
    const resolution = resolveMark('H', undefined, '2024-09-02', new Map([['H', 'G']]));
    assert.ok(resolution.ok);
    assert.equal(resolution.code, 'G');
    assert.equal(resolution.mappedFrom, 'H');
  });
});
