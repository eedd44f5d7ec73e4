import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createAnswerService } from '../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../domain/knowledge/knowledge-base';
import { startEmbeddedAzurite } from '../bot/storage/embedded-azurite';
import { RecordingConnector } from '../test/support/connector';
import { describeMachine, writeBenchmarkSection } from './benchmarks-doc';

/** Questions sent by the load, typed the way staff type. None comes from an evaluation set. */
const QUESTIONS = [
  'how much is a penalty notice',
  'what does code N mean',
  'is exactly 90% persistent absence',
  'who issues PNs in gloucestershire',
  'wot is an AIM',
  'when do we need a notice to improve',
  'how do i work out attendance percentage',
  'where are the schoolsnet templates',
  'what is severe absence',
  'can the head authorise a holiday',
  'which codes are unauthorised',
  'what training is there for attendance officers',
  'what if a parent wont pay the fine',
  'do we share attendance data with dfe daily',
  'what is code Y1',
  'what does the SAC do',
];

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 3_000);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TENANTS = 100;
/** Conversations each simulated member of staff rotates through, to stay under Teams' per-thread limits. */
const CONVERSATIONS_PER_WORKER = 20;

interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

async function startBot(mode: 'faq' | 'echo', storage: string) {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=DEP0111',
      ...nodeArguments(),
      '--import',
      'tsx',
      path.join(__dirname, 'bot-under-test.ts'),
      mode,
    ],
    {
      env: { ...process.env, BENCH_STORAGE_CONNECTION_STRING: storage },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const { port } = JSON.parse(line) as { port: number };
  return { child, url: `http://127.0.0.1:${port}/api/messages` };
}

/** Extra Node.js options for the bot processes, for example `--cpu-prof` to profile them. */
function nodeArguments(): string[] {
  return (process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
}

function stopBot(child: ChildProcess): Promise<unknown> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  return exited;
}

/**
 * Runs `CONCURRENCY` closed loops against `url` for the warm-up and then the measured period.
 * Each loop rotates through its own conversations, spread over `TENANTS` school tenants, so
 * the connector's Teams rate limits apply as they would across a county.
 */
async function runLoad(url: string, serviceUrl: string): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sequence = 0;
  const started = performance.now();
  const measureFrom = started + WARMUP_MS;
  const stopAt = measureFrom + MEASURE_MS;

  async function worker(workerId: number): Promise<void> {
    while (performance.now() < stopAt) {
      sequence += 1;
      const body = JSON.stringify(buildActivity(serviceUrl, workerId, sequence));
      const sentAt = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      const doneAt = performance.now();
      if (sentAt < measureFrom || doneAt > stopAt) continue;
      if (response.status === 200) latencies.push(doneAt - sentAt);
      else errors += 1;
    }
  }

  await Promise.all(Array.from({ length: CONCURRENCY }, (_, id) => worker(id)));
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / (MEASURE_MS / 1000),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

function buildActivity(serviceUrl: string, workerId: number, sequence: number) {
  const conversation = workerId * CONVERSATIONS_PER_WORKER + (sequence % CONVERSATIONS_PER_WORKER);
  const tenantId = `school-${conversation % TENANTS}`;
  return {
    type: 'message',
    id: `bench-${sequence}`,
    channelId: 'msteams',
    serviceUrl,
    text: QUESTIONS[sequence % QUESTIONS.length],
    from: { id: `staff-${workerId}` },
    recipient: { id: 'bot' },
    conversation: { id: `bench-${conversation}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
  };
}

/** Returns the round with the median throughput. */
function medianRound(list: LoadResult[]): LoadResult {
  const sorted = [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/** Median time of one knowledge-base lookup, measured in this process over every question. */
function measureLookupMedianMs(): number {
  const answerer = createAnswerService(loadKnowledgeBase());
  const timings: number[] = [];
  for (let round = 0; round < 200; round += 1) {
    for (const question of QUESTIONS) {
      const start = performance.now();
      answerer.answer(question);
      timings.push(performance.now() - start);
    }
  }
  return percentile(
    timings.sort((a, b) => a - b),
    0.5,
  );
}

async function main(): Promise<void> {
  const azurite = await startEmbeddedAzurite({ location: '', inMemory: true });
  const connector = new RecordingConnector({ record: false });
  const serviceUrl = await connector.start();
  const rounds: Record<'echo' | 'faq', LoadResult[]> = { echo: [], faq: [] };
  try {
    // Alternating the two bots over several rounds spreads any drift in machine load evenly.
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const mode of ['echo', 'faq'] as const) {
        const bot = await startBot(mode, azurite.connectionString);
        console.error(`Round ${round}/${ROUNDS}: measuring the ${mode} bot`);
        rounds[mode].push(await runLoad(bot.url, serviceUrl));
        await stopBot(bot.child);
      }
    }
  } finally {
    await connector.stop();
    await azurite.stop();
  }

  const results = { echo: medianRound(rounds.echo), faq: medianRound(rounds.faq) };
  const lookupMs = measureLookupMedianMs();
  const ratio = results.faq.requestsPerSecond / results.echo.requestsPerSecond;
  const perRound = (list: LoadResult[]) =>
    list.map((r) => r.requestsPerSecond.toFixed(0)).join(', ');
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.requests} | ${r.errors} |`;
  const body = [
    `Run ${new Date().toISOString()} on ${describeMachine()}.`,
    '',
    `Median of ${ROUNDS} alternating rounds per bot. ${CONCURRENCY} members of staff, each rotating through ${CONVERSATIONS_PER_WORKER} conversations, post Teams message activities to \`/api/messages\` on 127.0.0.1 for ${MEASURE_MS / 1000} s after a ${WARMUP_MS / 1000} s warm-up. ` +
      'A new message is sent as soon as the previous reply is back. Each bot runs in its own process, and its reply goes to a local connector that applies Teams rate limits (throttled replies: ' +
      `${connector.throttled}). The baseline is a bare echo handler on the same restify and CloudAdapter stack.`,
    '',
    '| bot | requests/s | p50 ms | p99 ms | requests | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('echo baseline', results.echo),
    row('FAQ bot', results.faq),
    '',
    `Requests/s per round: echo ${perRound(rounds.echo)}; FAQ ${perRound(rounds.faq)}.`,
    '',
    `FAQ throughput is ${(ratio * 100).toFixed(0)}% of the echo baseline (target: at least 70%).`,
    `Median knowledge-base lookup: ${(lookupMs * 1000).toFixed(0)} µs (target: under 1 ms).`,
  ].join('\n');
  writeBenchmarkSection('## Messages (npm run bench:messages)', body);
  console.log(body);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
