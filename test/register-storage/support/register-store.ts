import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TableClient } from '@azure/data-tables';
import type { CommandStreams } from '../../../register/import-service/cli.output';
import { runReportCommand } from '../../../register/import-service/report-cli';
import type { PupilReportRow } from '../../../register/import-service/report-cli.format';
import { REGISTER_TABLES, TableSchoolRegister } from '../../../register/storage';
import { testStorageConnectionString } from '../../support/azurite';

let nextUrn = 970_000 + Math.floor(Math.random() * 20_000);

/** Returns a URN that no other test of this run uses, so tests can share one Azurite. */
export function uniqueUrn(): string {
  nextUrn++;
  return String(nextUrn);
}

/** Opens the register store on the test run's Azurite and creates its tables. */
export async function openTestStore(): Promise<TableSchoolRegister> {
  const store = new TableSchoolRegister(await testStorageConnectionString());
  await store.prepare();
  return store;
}

/** Output streams that keep what a command writes. */
export class CapturedStreams implements CommandStreams {
  private out = '';
  private err = '';
  readonly stdout = { write: (text: string) => (this.out += text) };
  readonly stderr = { write: (text: string) => (this.err += text) };

  get output(): string {
    return this.out;
  }

  get errors(): string {
    return this.err;
  }
}

/** Runs `npm run report -- --json` in process and returns one row per pupil by UPN. */
export async function reportRows(
  store: TableSchoolRegister,
  urn: string,
  options: string[] = [],
): Promise<Map<string, PupilReportRow>> {
  const streams = new CapturedStreams();
  const code = await runReportCommand(
    ['--school', urn, '--json', ...options],
    streams,
    async () => store,
  );
  if (code !== 0) throw new Error(`report exited with ${code}: ${streams.errors}`);
  const rows = streams.output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as PupilReportRow);
  return new Map(rows.map((row) => [row.upn, row]));
}

/** Reads every entity of the register tables, with entity tags, in key order. */
export async function snapshotRegisterTables(): Promise<Record<string, unknown[]>> {
  const connectionString = await testStorageConnectionString();
  const snapshot: Record<string, unknown[]> = {};
  for (const table of Object.values(REGISTER_TABLES)) {
    const client = TableClient.fromConnectionString(connectionString, table, {
      allowInsecureConnection: true,
    });
    const entities: unknown[] = [];
    for await (const entity of client.listEntities()) entities.push(entity);
    snapshot[table] = entities;
  }
  return snapshot;
}

/** A temporary folder for register files, removed by `remove`. */
export class RegisterFolder {
  private constructor(readonly path: string) {}

  static async create(): Promise<RegisterFolder> {
    return new RegisterFolder(await mkdtemp(join(tmpdir(), 'register-storage-')));
  }

  /** Writes a file into the folder and returns its path. */
  async write(name: string, content: string | Uint8Array): Promise<string> {
    const path = join(this.path, name);
    await writeFile(path, content);
    return path;
  }

  async remove(): Promise<void> {
    await rm(this.path, { recursive: true, force: true });
  }
}
