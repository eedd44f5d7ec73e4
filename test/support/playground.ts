import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PLAYGROUND_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'agentsplayground');

/** A child process that leads its own process group, so stopping it ends its children too. */
export interface GroupProcess {
  child: ChildProcess;
  /** The last few kilobytes of its stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/** A running Microsoft 365 Agents Playground. */
export interface Playground {
  /** Address of the web chat UI. */
  url: string;
  /** Log file the playground writes instead of its console when stdout is not a terminal. */
  logFile: string;
  stop(): Promise<void>;
}

/** Options for {@link startPlayground}. */
export interface PlaygroundOptions {
  /** Bot messaging endpoint, for example http://127.0.0.1:3978/api/messages. */
  appEndpoint: string;
  /** Port for the UI and the mocked connector; a free loopback port when omitted. */
  port?: number;
  /** Milliseconds to wait for the UI to respond. */
  startTimeoutMs?: number;
}

/**
 * Starts the playground CLI from node_modules with telemetry off and Teams as the channel. It
 * reads `.m365agentsplayground.yml` from the repository root and gives the bot a serviceUrl on
 * 127.0.0.1. Resolves once the UI responds to HTTP requests.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const port = options.port ?? (await findFreePort());
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'agents-playground-'));
  const logFile = path.join(logDir, 'm365agentsplayground.log');
  const args = [
    '--disable-telemetry',
    '--channel-id',
    'msteams',
    '--app-endpoint',
    options.appEndpoint,
    '--port',
    String(port),
    '--service-url',
    `http://127.0.0.1:${port}/_connector`,
  ];
  // TEAMSAPPTESTER_BROWSER=none stops the CLI from opening the system browser.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
  };
  const playground = spawnProcessGroup(PLAYGROUND_BIN, args, { cwd: REPO_ROOT, env });
  const stop = async () => {
    await playground.stop();
    rmSync(logDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPlayground(playground, port, options.startTimeoutMs ?? 20_000);
  } catch (error) {
    const log = readTail(logFile);
    await stop();
    throw new Error(`Agents Playground failed to start: ${(error as Error).message}\n${log}`, {
      cause: error,
    });
  }
  return { url, logFile, stop };
}

/** Spawns a command as the leader of a new process group and stops the group on exit. */
export function spawnProcessGroup(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): GroupProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: 'pipe' });
  let output = '';
  const record = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout.on('data', record);
  child.stderr.on('data', record);

  // Mocha's `exit: true` ends the runner with process.exit, which skips after-hooks that
  // have not run yet, so the group is also killed synchronously on exit.
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return { child, output: () => output, stop: () => stopProcessGroup(child) };
}

/** Sends SIGTERM to the group, then SIGKILL after `graceMs` or once the leader has exited. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      killGroup(child, 'SIGTERM');
    });
  }
  killGroup(child, 'SIGKILL');
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Returns a loopback TCP port that was free a moment ago. */
export async function findFreePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Waits for the CLI's "Listening on <port>" line, then for its UI to respond. The CLI prints that
 * line to stdout only when stdout is not a terminal, and moves to a random port when the
 * requested one is taken, which would break the serviceUrl given to the bot.
 */
async function waitForPlayground(
  playground: GroupProcess,
  port: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { exitCode, signalCode } = playground.child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`the CLI exited (${exitCode ?? signalCode}). ${playground.output()}`);
    }
    const listening = /Listening on (\d+)/.exec(playground.output());
    if (listening && Number(listening[1]) !== port) {
      throw new Error(`port ${port} is in use, so the CLI moved to port ${listening[1]}`);
    }
    if (listening && (await respondsToHttp(`http://127.0.0.1:${port}/`))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the UI on port ${port} did not respond within ${timeoutMs} ms`);
}

async function respondsToHttp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

function readTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '';
  }
}
