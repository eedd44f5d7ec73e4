import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  ProblemLog,
  readRegister,
  validateRegister,
  type RegisterRow,
} from '../../register/import';
import { writeSessionMarksCsv } from './support/session-marks.generate';
import { TempFolder } from './support/temp-files';

/** Pupils and school days of the generated file: 800 × 190 × 2 = 304,000 rows. */
const PUPILS = 800;
const SCHOOL_DAYS = 190;
/**
 * Loose limit on heap and typed-array growth while validating. On Node.js 20, validating this
 * file grew memory by about 17 MB, and keeping every row in an array grew it by about 100 MB.
 */
const MAX_GROWTH_BYTES = 64 * 1024 * 1024;

/**
 * Returns live heap and typed-array memory. Garbage is collected first (mocha runs Node.js with
 * --expose-gc), because uncollected garbage from earlier tests would otherwise count as growth.
 */
function memoryInUse(): number {
  global.gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

async function* sampleMemory(rows: AsyncIterable<RegisterRow>, peak: { bytes: number }) {
  let count = 0;
  for await (const row of rows) {
    if (++count % 50_000 === 0) peak.bytes = Math.max(peak.bytes, memoryInUse());
    yield row;
  }
}

describe('validateRegister on a large file', function () {
  this.timeout(120_000);
  let folder: TempFolder;
  let path: string;
  let rowCount: number;

  before(async () => {
    folder = await TempFolder.create();
    path = join(folder.path, 'large.csv');
    rowCount = await writeSessionMarksCsv(path, { pupils: PUPILS, schoolDays: SCHOOL_DAYS });
  });
  after(async () => {
    await folder.remove();
  });

  it('checks every row in bounded memory', async () => {
    const baseline = memoryInUse();
    const peak = { bytes: baseline };
    const log = new ProblemLog();

    const rows = sampleMemory(readRegister(path, { log }), peak);
    const report = await validateRegister(rows, { log });

    assert.equal(report.ok, true, JSON.stringify(report.errors.slice(0, 3)));
    assert.equal(report.rowCount, rowCount);
    assert.equal(report.pupilCount, PUPILS);
    const growth = peak.bytes - baseline;
    assert.ok(growth < MAX_GROWTH_BYTES, `memory grew by ${Math.round(growth / 1048576)} MB`);
  });
});
