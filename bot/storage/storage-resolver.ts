import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildConnectionString, canConnect, startEmbeddedAzurite } from './embedded-azurite';

/** Storage the process will use, with a description that is safe to log. */
export interface ResolvedStorage {
  connectionString: string;
  /** Location of the data, without secrets, for the start-up log line. */
  description: string;
  /** Stops the embedded Azurite if this process started it. */
  stop(): Promise<void>;
}

interface EndpointFile {
  blobPort: number;
  queuePort: number;
  tablePort: number;
  pid: number;
}

/**
 * Uses the configured connection string, or else an embedded Azurite with data in
 * `azuriteLocation`. A second process (such as the feedback export) reuses an Azurite that
 * the running bot started on the same folder, because two cannot share one data folder.
 */
export async function resolveStorage(
  connectionString: string | undefined,
  azuriteLocation: string,
): Promise<ResolvedStorage> {
  if (connectionString) {
    return {
      connectionString,
      description: `Azure Storage account ${accountName(connectionString)}`,
      stop: async () => undefined,
    };
  }

  const location = path.resolve(azuriteLocation);
  const endpointFile = path.join(location, 'endpoint.json');
  const running = await readRunningEndpoint(endpointFile);
  if (running) {
    return {
      connectionString: buildConnectionString(running),
      description: `embedded Azurite started by process ${running.pid} (data in ${location})`,
      stop: async () => undefined,
    };
  }

  const azurite = await startEmbeddedAzurite({ location });
  const endpoint: EndpointFile = {
    blobPort: azurite.blobPort,
    queuePort: azurite.queuePort,
    tablePort: azurite.tablePort,
    pid: process.pid,
  };
  writeFileSync(endpointFile, JSON.stringify(endpoint));
  return {
    connectionString: azurite.connectionString,
    description: `embedded Azurite on 127.0.0.1:${azurite.tablePort} (data in ${location}, telemetry off)`,
    stop: async () => {
      rmSync(endpointFile, { force: true });
      await azurite.stop();
    },
  };
}

function accountName(connectionString: string): string {
  return /AccountName=([^;]+)/i.exec(connectionString)?.[1] ?? '(from connection string)';
}

async function readRunningEndpoint(file: string): Promise<EndpointFile | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    const endpoint = JSON.parse(readFileSync(file, 'utf8')) as EndpointFile;
    if (await canConnect(endpoint.tablePort)) return endpoint;
  } catch {
    // A stale or unreadable file from a stopped process: start a fresh Azurite instead.
  }
  return undefined;
}
