import { open, readFile } from 'node:fs/promises';
import os from 'node:os';
import type { DuckDBInstance } from '@duckdb/node-api';
import { layoutOfHeader } from '../register/engine/session-csv.header';
import { buildFiguresSql, sqlString } from './engine.duckdb.sql';
import { maxRssBytes, secondsSince, type SystemRun } from './engine.system';

/**
 * Creates an in-memory DuckDB. The package is loaded here, not when this module loads, so that
 * tests can report a missing install instead of failing to load.
 */
async function createDuckDb(options: Record<string, string> = {}): Promise<DuckDBInstance> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  return DuckDBInstance.create(':memory:', options);
}

/** Version of DuckDB that `@duckdb/node-api` bundles, for the record. */
export async function duckDbVersion(): Promise<string> {
  const instance = await createDuckDb();
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll('SELECT version() AS version');
    return String(reader.getRowObjects()[0]?.version ?? 'unknown');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Writes every pupil's results from a canonical session marks CSV with DuckDB, using the
 * query of `buildFiguresSql` and `COPY ... TO` a CSV in `RESULT_COLUMNS` order. DuckDB runs
 * in memory with one thread per core and spills, if it must, into `tempDir`.
 */
export async function writeDuckDbResults(
  csvPath: string,
  hasSchoolColumn: boolean,
  resultsPath: string,
  tempDir: string,
): Promise<void> {
  const instance = await createDuckDb({
    threads: String(os.availableParallelism()),
    temp_directory: tempDir,
  });
  const connection = await instance.connect();
  try {
    const query = buildFiguresSql(csvPath, hasSchoolColumn);
    await connection.run(`COPY (${query}) TO ${sqlString(resultsPath)} (HEADER, DELIMITER ',')`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Reports whether a canonical session marks CSV has a `school_urn` column. Throws
 * `UnsupportedHeaderError` for another header.
 */
export async function hasSchoolUrnColumn(csvPath: string): Promise<boolean> {
  const handle = await open(csvPath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const firstLine = buffer.toString('utf8', 0, bytesRead).split('\n')[0]!;
    return layoutOfHeader(firstLine).schoolUrnField !== -1;
  } finally {
    await handle.close();
  }
}

async function countResultRows(resultsPath: string): Promise<number> {
  const text = await readFile(resultsPath, 'utf8');
  return text.split('\n').filter((line) => line !== '').length - 1;
}

/** Runs the DuckDB baseline on the county file and measures it. */
export async function runDuckDb(
  csvPath: string,
  resultsPath: string,
  tempDir: string,
): Promise<SystemRun> {
  const version = await duckDbVersion();
  const hasSchoolColumn = await hasSchoolUrnColumn(csvPath);
  const started = process.hrtime.bigint();
  await writeDuckDbResults(csvPath, hasSchoolColumn, resultsPath, tempDir);
  const wallSeconds = secondsSince(started);
  return {
    system: 'duckdb',
    wallSeconds,
    phases: [{ name: 'read_csv, aggregate and COPY results', seconds: wallSeconds }],
    pupils: await countResultRows(resultsPath),
    rows: null,
    maxRssBytes: maxRssBytes(),
    notes: [
      `DuckDB ${version} through @duckdb/node-api, ${os.availableParallelism()} threads, in memory`,
    ],
  };
}
