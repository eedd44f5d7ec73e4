import { statSync } from 'node:fs';
import { checkRegisterFile } from '../../../register/import';

/**
 * Validates a register file and prints the rows per second and the peak resident set size of
 * this process. Generate the input first with session-marks.generate.ts, so that the writing
 * does not count towards the peak.
 */
async function main(): Promise<void> {
  const path = process.argv[2];
  if (path === undefined) {
    console.error('Usage: tsx validate.measure.ts REGISTER_FILE');
    process.exitCode = 2;
    return;
  }
  const megabytes = statSync(path).size / 1_000_000;
  const started = process.hrtime.bigint();
  const report = await checkRegisterFile(path);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;

  console.log(
    `File: ${megabytes.toFixed(0)} MB, ${report.rowCount} rows, ${report.pupilCount} pupils`,
  );
  console.log(`Valid: ${report.ok} (${report.errors.length + report.omittedErrors} errors)`);
  console.log(`Time: ${seconds.toFixed(1)} s, ${Math.round(report.rowCount / seconds)} rows/s`);
  console.log(`Peak RSS: ${peakMegabytes.toFixed(0)} MB`);
}

void main();
