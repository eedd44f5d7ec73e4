/**
 * Starts Microsoft 365 Agents Playground, a local stand-in for the Teams client, against the bot.
 *
 *   npm run playground [-- --app-endpoint URL] [-- --port N] [-- other agentsplayground options]
 *
 * The bot must already run (npm start). The playground reads .m365agentsplayground.yml from the
 * repository root for its tenant, users, team and channels.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..');
/** The file that node_modules/.bin/agentsplayground links to; run with this Node binary. */
const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
/** The CLI's own default port (@microsoft/m365agentsplayground 0.2.28). */
const DEFAULT_PORT = 56150;
const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

interface Options {
  appEndpoint: string;
  port?: number;
  /** Remaining arguments, passed to the CLI unchanged. */
  forwarded: string[];
}

function parseOptions(argv: string[]): Options {
  let appEndpoint = `http://127.0.0.1:${process.env.PORT ?? 3978}/api/messages`;
  let port: number | undefined;
  const forwarded: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const takeValue = () => inline ?? argv[++i] ?? '';
    if (name === '--app-endpoint' || name === '-e') appEndpoint = takeValue();
    else if (name === '--port' || name === '-p') port = parsePort(takeValue());
    else forwarded.push(argv[i]!);
  }
  return { appEndpoint, port, forwarded };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new Error(`Invalid --port "${value}". Use a whole number from 1 to 65535.`);
  }
  return port;
}

/** Checks whether any HTTP server responds at the endpoint, whatever the status code. */
async function isReachable(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/**
 * Picks the playground port up front, because the serviceUrl handed to the bot contains it. The
 * CLI itself would move to a random port when its port is taken, without changing the serviceUrl.
 */
async function choosePort(requested: number | undefined): Promise<number> {
  const port = requested ?? DEFAULT_PORT;
  if (await isPortFree(port)) return port;
  if (requested !== undefined) {
    throw new Error(`Port ${port} is in use. Pass a free one with --port.`);
  }
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port: freePort } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return freePort;
}

function readTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '(no log file)';
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!(await isReachable(options.appEndpoint))) {
    console.error(
      `No bot responds at ${options.appEndpoint}. ` +
        'Start the bot with npm start in another terminal, then run npm run playground again.',
    );
    process.exitCode = 1;
    return;
  }

  const port = await choosePort(options.port);
  const logFile =
    process.env.M365_AGENTS_PLAYGROUND_LOGFILE ??
    path.join(REPO_ROOT, '.local', 'playground', 'm365agentsplayground.log');
  const args = [
    ...['--disable-telemetry', '--channel-id', 'msteams', '--app-endpoint', options.appEndpoint],
    ...['--port', String(port), '--service-url', `http://127.0.0.1:${port}/_connector`],
    ...options.forwarded,
  ];
  // stdout is a pipe, so the CLI writes its log to the file and prints only "Listening on <port>".
  // TEAMSAPPTESTER_BROWSER=none keeps it from opening the system browser.
  const child = spawn(process.execPath, [PLAYGROUND_CLI, ...args], {
    cwd: REPO_ROOT,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    },
  });

  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (/Listening on \d+/.test(chunk.toString())) {
      console.log(`\nAgents Playground is ready. Open http://127.0.0.1:${port} in a browser.`);
      console.log(`It sends activities to ${options.appEndpoint}. Log file: ${logFile}`);
      console.log('Press Ctrl+C to stop it.');
    }
  });
  for (const signal of FORWARDED_SIGNALS) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) {
      console.error(`Agents Playground exited with code ${code}. The end of ${logFile}:`);
      console.error(readTail(logFile));
    }
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
