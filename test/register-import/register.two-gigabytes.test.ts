import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ProblemLog, readRegister, validateRegister } from '../../register/import';
import { writeSessionMarksCsv } from './support/session-marks.generate';
import { TempFolder } from './support/temp-files';

/** 95,000 pupils × 190 school days × 2 sessions: about 36 million rows and 2.1 GB. */
const PUPILS = 95_000;
const SCHOOL_DAYS = 190;
const MIN_FILE_BYTES = 2_000_000_000;
/**
 * Limit on resident memory growth while validating. Validation keeps a few bytes per pupil and
 * school day (under 200 MB here), never the rows, so 512 MB leaves room for the runtime.
 */
const MAX_RSS_GROWTH_BYTES = 512 * 1024 ** 2;

// Runs only when RUN_LARGE_FILE_TEST=1 (as .ci/run sets it), because it writes 2 GB to the
// temporary folder and takes a few minutes.
const describeLarge = process.env.RUN_LARGE_FILE_TEST === '1' ? describe : describe.skip;

describeLarge('validateRegister on a 2 GB file', function () {
  this.timeout(15 * 60_000);
  let folder: TempFolder;
  let path: string;
  let rowCount: number;

  before(async () => {
    folder = await TempFolder.create();
    path = join(folder.path, 'county.csv');
    rowCount = await writeSessionMarksCsv(path, { pupils: PUPILS, schoolDays: SCHOOL_DAYS });
  });

  after(async () => {
    await folder.remove();
  });

  it('streams every row in bounded memory', async () => {
    const { size } = await stat(path);
    assert.ok(size >= MIN_FILE_BYTES, `the generated file has only ${size} bytes`);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 200);

    const log = new ProblemLog();
    const report = await validateRegister(readRegister(path, { log }), { log });
    clearInterval(sampler);

    assert.equal(report.ok, true, JSON.stringify(report.errors.slice(0, 3)));
    assert.equal(report.rowCount, rowCount);
    assert.equal(report.pupilCount, PUPILS);
    const growth = peak - baseline;
    assert.ok(growth < MAX_RSS_GROWTH_BYTES, `resident memory grew by ${growth >> 20} MB`);
  });
});
