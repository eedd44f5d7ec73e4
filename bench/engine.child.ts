import { runDuckDb } from './engine.duckdb';
import { runFastPath } from './engine.fast-path';
import { runValidatingPath } from './engine.validating';
import { RESULT_LINE_PREFIX, SYSTEMS, type SystemName, type SystemRun } from './engine.system';

/**
 * Child process of `npm run bench:engine`: runs one system on the county file, so that its
 * peak memory is its own, and prints its `SystemRun` as one JSON line.
 * Arguments: SYSTEM CSV_PATH RESULTS_PATH WORK_DIR.
 */
async function main(): Promise<void> {
  const [system, csvPath, resultsPath, workDir] = process.argv.slice(2);
  if (!SYSTEMS.includes(system as SystemName) || !csvPath || !resultsPath || !workDir) {
    throw new RangeError(
      `Invalid arguments ${JSON.stringify(process.argv.slice(2))}: expected SYSTEM (one of ${SYSTEMS.join(', ')}) CSV_PATH RESULTS_PATH WORK_DIR.`,
    );
  }
  let run: SystemRun;
  if (system === 'fast-path') run = await runFastPath(csvPath, resultsPath, workDir);
  else if (system === 'duckdb') run = await runDuckDb(csvPath, resultsPath, workDir);
  else run = await runValidatingPath(csvPath, resultsPath);
  console.log(`${RESULT_LINE_PREFIX}${JSON.stringify(run)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
