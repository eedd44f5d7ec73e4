import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Azurite's published development account; it only works against a local emulator. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Options for starting Azurite as a child process. */
export interface EmbeddedAzuriteOptions {
  /** Folder for Azurite's data; ignored when `inMemory` is set. */
  location: string;
  /** Keep data in memory only, for tests. */
  inMemory?: boolean;
  /** Milliseconds to wait for the table endpoint to accept connections. */
  startTimeoutMs?: number;
}

/** A running Azurite with its connection string. */
export interface EmbeddedAzurite {
  connectionString: string;
  blobPort: number;
  queuePort: number;
  tablePort: number;
  stop(): Promise<void>;
}

/**
 * Starts Azurite (blob, queue and table) on free loopback ports with telemetry disabled,
 * and resolves once the table endpoint accepts connections.
 */
export async function startEmbeddedAzurite(
  options: EmbeddedAzuriteOptions,
): Promise<EmbeddedAzurite> {
  const [blobPort, queuePort, tablePort] = (await findFreePorts(3)) as [number, number, number];
  const args = [
    '--silent',
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--blobHost=127.0.0.1',
    '--queueHost=127.0.0.1',
    '--tableHost=127.0.0.1',
    `--blobPort=${blobPort}`,
    `--queuePort=${queuePort}`,
    `--tablePort=${tablePort}`,
  ];
  if (options.inMemory) {
    args.push('--inMemoryPersistence');
  } else {
    const location = path.resolve(options.location);
    mkdirSync(location, { recursive: true });
    args.push(`--location=${location}`);
  }

  const child = spawn(process.execPath, [azuriteEntryPoint(), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Azurite must not outlive the process that started it, even when that process exits early.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });

  try {
    await waitForPort(tablePort, child, options.startTimeoutMs ?? 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`Embedded Azurite failed to start: ${(error as Error).message}. ${stderr}`, {
      cause: error,
    });
  }

  return {
    connectionString: buildConnectionString({ blobPort, queuePort, tablePort }),
    blobPort,
    queuePort,
    tablePort,
    stop: () => stopChild(child),
  };
}

/** Builds a connection string for the Azurite development account on loopback ports. */
export function buildConnectionString(ports: {
  blobPort: number;
  queuePort: number;
  tablePort: number;
}): string {
  const base = 'http://127.0.0.1';
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${DEV_ACCOUNT}`,
    `AccountKey=${DEV_KEY}`,
    `BlobEndpoint=${base}:${ports.blobPort}/${DEV_ACCOUNT}`,
    `QueueEndpoint=${base}:${ports.queuePort}/${DEV_ACCOUNT}`,
    `TableEndpoint=${base}:${ports.tablePort}/${DEV_ACCOUNT}`,
  ].join(';');
}

function azuriteEntryPoint(): string {
  const packageJson = require.resolve('azurite/package.json');
  return path.join(path.dirname(packageJson), 'dist', 'src', 'azurite.js');
}

async function findFreePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      return new Promise<net.Server>((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      });
    }),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with code ${child.exitCode}`);
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`table port ${port} did not open within ${timeoutMs} ms`);
}

/** Resolves true when something accepts TCP connections on the loopback port. */
export function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
