/** A stream that a command writes text to, such as `process.stdout`. */
export interface TextOutput {
  write(text: string): unknown;
  /** True when the stream is a terminal, which allows a progress line redrawn with `\r`. */
  isTTY?: boolean;
}

/** Standard output and standard error of a command. */
export interface CommandStreams {
  stdout: TextOutput;
  stderr: TextOutput;
}

/** Formats a whole number with thousands separators, as `1,500`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** Formats a count with a noun, adding `s` unless the count is 1. */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** Formats a percentage to 1 decimal place, or `-` for none. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '-' : `${percent.toFixed(1)}%`;
}

/**
 * Parses a command line with `parse`, or writes the parse error and a pointer to `--help` to
 * standard error and returns null, so the caller can exit with a usage error.
 */
export function parseCommandLine<T>(
  command: string,
  parse: (argv: readonly string[]) => T,
  argv: readonly string[],
  streams: CommandStreams,
): T | null {
  try {
    return parse(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(`${message}\nRun "npm run ${command} -- --help" for every option.\n`);
    return null;
  }
}
