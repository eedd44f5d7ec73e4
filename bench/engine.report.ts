import {
  MAX_DAILY_SECONDS,
  dailyLines,
  disagreementLines,
  megabytes,
  number,
  phaseLines,
  seconds,
  storageLines,
  systemTable,
  type EngineReportInput,
} from './engine.report.sections';

/** Heading of this benchmark's section in docs/benchmarks.md. */
export const ENGINE_HEADING = '## Attendance engine (npm run bench:engine)';

/** Peak RSS the fast path must stay under at county size, from the engine's design. */
const MAX_FAST_PATH_RSS_BYTES = 1.5e9;

function datasetLine(input: EngineReportInput): string {
  const { dataset } = input;
  const schools = input.schools === null ? '' : `${number(input.schools)} schools, `;
  const generated =
    dataset.generateSeconds === null
      ? ''
      : ` Generating it took ${seconds(dataset.generateSeconds)}.`;
  return (
    `Data: ${schools}${number(input.pupils)} pupils, ${number(input.rows)} rows, ` +
    `${megabytes(dataset.bytes)} of session marks CSV, from ${dataset.source}.${generated}`
  );
}

function targetLines(input: EngineReportInput): string[] {
  const fast = input.runs['fast-path'];
  const duck = input.runs.duckdb;
  if (fast === undefined) return ['- The fast path did not finish, so no target was checked.'];
  const speed =
    duck === undefined
      ? 'not compared, because DuckDB did not finish'
      : `${fast.wallSeconds <= duck.wallSeconds ? 'met' : 'missed'} (${(duck.wallSeconds / fast.wallSeconds).toFixed(1)} × DuckDB's speed)`;
  const memory = fast.maxRssBytes < MAX_FAST_PATH_RSS_BYTES ? 'met' : 'missed';
  const daily = fast.daily && fast.daily.seconds < MAX_DAILY_SECONDS ? 'met' : 'missed';
  return [
    `- Fast path no slower than DuckDB: ${speed}.`,
    `- Fast path peak RSS under 1.5 GB: ${memory} (${megabytes(fast.maxRssBytes)}).`,
    `- Daily import under ${MAX_DAILY_SECONDS} s: ${daily}.`,
  ];
}

/** Builds the markdown section body for docs/benchmarks.md (without its heading). */
export function buildEngineReport(input: EngineReportInput): string {
  const notes = Object.values(input.runs).flatMap((run) => {
    return run.notes.map((note) => `- ${run.system}: ${note}`);
  });
  const disagreements = disagreementLines(input);
  return [
    `Measured on ${input.date} on ${input.machine}, with ${input.duckDbPackage}. The machine ` +
      'may be shared with other work, so timings vary between runs.',
    '',
    datasetLine(input),
    '',
    'Options for smaller runs, or for reusing a file: `npm run bench:engine -- --help`.',
    '',
    "Each system ran in its own child process and computed every pupil's possible, attended, " +
      'authorised, unauthorised and missing sessions, attendance percentage, persistent and ' +
      'severe absence, and the penalty notice threshold (10 G, N, O or U sessions within 10 ' +
      'school weeks) with its holiday-only flag, then wrote them to a CSV. Wall time runs from ' +
      'the start of the work, after modules load, to the results written. Peak RSS is ' +
      '`process.resourceUsage().maxRSS` of the child, Node.js and tsx included. Rows/s is the ' +
      "file's rows over the wall time. Every system's results were compared with DuckDB's " +
      'pupil by pupil, in every column.',
    '',
    ...systemTable(input),
    '',
    ...phaseLines(input),
    '',
    ...(disagreements.length > 0 ? ['Disagreements (first few):', '', ...disagreements, ''] : []),
    'Notes from each system:',
    '',
    ...notes,
    '',
    '### Daily import',
    '',
    ...dailyLines(input.runs['fast-path']?.daily),
    '',
    '### Storage',
    '',
    ...storageLines(input),
    '',
    '### Targets',
    '',
    ...targetLines(input),
  ].join('\n');
}
