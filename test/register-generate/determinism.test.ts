import assert from 'node:assert/strict';
import { OUTPUT_FORMATS } from '../../register/generate';
import { renderCounty } from './generate.fixture';

const OPTIONS = { schools: 3, pupilsPerSchool: 40, weeks: 14, seed: 11 };

describe('register generator determinism', () => {
  for (const format of OUTPUT_FORMATS) {
    it(`repeats ${format} output byte for byte`, () => {
      const first = renderCounty(OPTIONS, format);
      const second = renderCounty(OPTIONS, format);
      assert.equal(first.length, OPTIONS.schools);
      first.forEach((bytes, index) => assert.ok(bytes.equals(second[index]!), `school ${index}`));
    });

    it(`changes ${format} output with the seed`, () => {
      const first = renderCounty(OPTIONS, format);
      const other = renderCounty({ ...OPTIONS, seed: OPTIONS.seed + 1 }, format);
      first.forEach((bytes, index) => assert.ok(!bytes.equals(other[index]!), `school ${index}`));
    });
  }

  it('keeps a school the same when more schools follow', () => {
    const alone = renderCounty({ ...OPTIONS, schools: 1, phase: 'primary' }, 'csv');
    const withOthers = renderCounty({ ...OPTIONS, schools: 4, phase: 'primary' }, 'csv');
    assert.ok(alone[0]!.equals(withOthers[0]!));
  });
});
