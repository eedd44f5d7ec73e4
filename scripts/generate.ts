import { parseCommandLine, USAGE, type CommandLine } from '../register/generate/cli.arguments';
import { writeRegisters } from '../register/generate';

function readCommandLine(): CommandLine {
  try {
    return parseCommandLine(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${message}\nRun "npm run generate -- --help" for every option.`);
    process.exit(2);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

function main(): void {
  const commandLine = readCommandLine();
  if (commandLine.help) {
    console.log(USAGE);
    return;
  }
  const { request } = commandLine;
  const started = process.hrtime.bigint();
  const summary = writeRegisters(request);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const target =
    summary.files.length === 1
      ? summary.files[0]
      : `${summary.files.length} files in ${request.out}`;
  const records = plural(summary.records, request.format === 'ctf' ? 'pupil record' : 'row');
  console.log(
    `Wrote ${plural(summary.schools, 'school')}, ${plural(summary.pupils, 'pupil')}, ${records} ` +
      `(${formatBytes(summary.bytes)}) to ${target} in ${seconds.toFixed(1)} s.`,
  );
}

try {
  main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Register generation failed: ${message}`);
  process.exit(1);
}
