import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { RESULT_LINE_PREFIX, type SystemName, type SystemRun } from './engine.system';

/** Child processes still running, so that an interrupted benchmark can stop them. */
const running = new Set<ChildProcess>();

/** Stops every child process that this module started and that is still running. */
export function stopRunningChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Runs one system in a child process (`engine.child.ts`) and returns what it measured. Rejects
 * when the child fails, prints no result or runs longer than `timeoutMs`, which kills it.
 */
export function runSystemInChild(
  system: SystemName,
  csvPath: string,
  resultsPath: string,
  workDir: string,
  timeoutMs: number,
): Promise<SystemRun> {
  const script = path.join(__dirname, 'engine.child.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, system, csvPath, resultsPath, workDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  running.add(child);
  return new Promise<SystemRun>((resolve, reject) => {
    let result: SystemRun | null = null;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(RESULT_LINE_PREFIX)) {
        result = JSON.parse(line.slice(RESULT_LINE_PREFIX.length)) as SystemRun;
      } else console.log(line);
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (timedOut) {
        reject(
          new Error(
            `The ${system} run timed out after ${timeoutMs / 60_000} minutes and was stopped. Raise --timeout-minutes, or use a smaller register.`,
          ),
        );
      } else if (code !== 0 || result === null) {
        reject(
          new Error(
            `The ${system} run failed (exit code ${code}, signal ${signal}); its error is printed above.`,
          ),
        );
      } else resolve(result);
    });
  });
}
