import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareResults, type Agreement } from './engine.agreement';
import { ENGINE_BENCH_USAGE, parseEngineBenchArguments } from './engine.arguments';
import { describeMachine, writeBenchmarkSection } from './benchmarks-doc';
import { runSystemInChild, stopRunningChildren } from './engine.children';
import { prepareDataset } from './engine.dataset';
import { ENGINE_HEADING, buildEngineReport } from './engine.report';
import type { EngineReportInput } from './engine.report.sections';
import { readResults } from './engine.results';
import { runStorageBenchmark, type StorageTiming } from './engine.storage';
import type { SystemName, SystemRun } from './engine.system';

function duckDbPackage(): string {
  const manifest = readFileSync(require.resolve('@duckdb/node-api/package.json'), 'utf8');
  return `@duckdb/node-api ${(JSON.parse(manifest) as { version: string }).version}`;
}

async function runSystems(
  systems: readonly SystemName[],
  csvPath: string,
  workDir: string,
  timeoutMs: number,
): Promise<Pick<EngineReportInput, 'runs' | 'failures'>> {
  const runs: EngineReportInput['runs'] = {};
  const failures: EngineReportInput['failures'] = {};
  for (const system of systems) {
    console.log(`Running ${system}...`);
    const resultsPath = path.join(workDir, `${system}.results.csv`);
    try {
      runs[system] = await runSystemInChild(system, csvPath, resultsPath, workDir, timeoutMs);
      console.log(`  ${system}: ${runs[system].wallSeconds.toFixed(2)} s`);
    } catch (error) {
      failures[system] = (error as Error).message;
      console.error(`  ${system} failed: ${failures[system]}`);
    }
  }
  return { runs, failures };
}

async function compareWithDuckDb(
  runs: Partial<Record<SystemName, SystemRun>>,
  workDir: string,
): Promise<Partial<Record<SystemName, Agreement>>> {
  if (runs.duckdb === undefined) return {};
  const baseline = await readResults(path.join(workDir, 'duckdb.results.csv'));
  const agreements: Partial<Record<SystemName, Agreement>> = {};
  for (const system of ['fast-path', 'validating'] as const) {
    if (runs[system] === undefined) continue;
    const results = await readResults(path.join(workDir, `${system}.results.csv`));
    agreements[system] = compareResults(results, baseline);
  }
  return agreements;
}

async function measureStorage(
  options: ReturnType<typeof parseEngineBenchArguments>,
): Promise<StorageTiming[] | string> {
  console.log('Measuring storage in Azurite...');
  try {
    return await runStorageBenchmark({ ...options, schools: options.storageSchools });
  } catch (error) {
    console.error(`  storage measurement failed: ${(error as Error).message}`);
    return (error as Error).message;
  }
}

async function main(): Promise<number> {
  const options = parseEngineBenchArguments(process.argv.slice(2));
  if (options.help) {
    console.log(ENGINE_BENCH_USAGE);
    return 0;
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'attendance-engine-bench-'));
  const cleanUp = () => {
    stopRunningChildren();
    rmSync(workDir, { recursive: true, force: true });
  };
  const interrupted = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    console.log(
      options.file === null ? 'Generating the county register...' : `Using ${options.file}.`,
    );
    const dataset = prepareDataset(options, workDir);
    const systems: SystemName[] = ['fast-path', 'duckdb'];
    if (!options.skipValidating) systems.push('validating');
    const { runs, failures } = await runSystems(
      systems,
      dataset.path,
      workDir,
      options.timeoutMinutes * 60_000,
    );
    const agreements = await compareWithDuckDb(runs, workDir);
    const storage = await measureStorage(options);
    const fast = runs['fast-path'];
    const report = buildEngineReport({
      date: new Date().toISOString().slice(0, 10),
      machine: describeMachine(),
      duckDbPackage: duckDbPackage(),
      dataset,
      rows: dataset.rows ?? fast?.rows ?? 0,
      pupils: dataset.pupils ?? fast?.pupils ?? 0,
      schools: dataset.schools ?? fast?.schools ?? null,
      runs,
      failures,
      agreements,
      storage,
      storageSchools: options.storageSchools,
    });
    console.log(`\n${ENGINE_HEADING}\n\n${report}\n`);
    if (options.writeDoc) writeBenchmarkSection(ENGINE_HEADING, report);
    const disagreeing = Object.values(agreements).some((item) => item.disagreeingPupils > 0);
    if (disagreeing) console.error('Some systems disagree with DuckDB: see the examples above.');
    return Object.keys(failures).length > 0 || disagreeing ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The engine benchmark failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
