import { createReadStream } from 'node:fs';
import type { TextOutput } from './cli.output';

/** Delay before the first progress output, so quick imports print none. */
const FIRST_OUTPUT_MS = 1000;
/** Interval between progress lines when the output is not a terminal. */
const PLAIN_LINE_MS = 5000;
/** Shortest interval between redraws of the terminal line. */
const REDRAW_MS = 100;

/**
 * Progress of a long command on standard error. On a terminal it is one line redrawn with
 * `\r`; otherwise (a log file, CI) a line every 5 seconds. Nothing is written during the
 * first second, so quick runs stay quiet.
 */
export class ProgressLine {
  private readonly startedAt = Date.now();
  private lastWriteAt = 0;
  private text = '';
  private hasWritten = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly output: TextOutput,
    private readonly label: string,
  ) {
    this.timer = setInterval(() => this.draw(), FIRST_OUTPUT_MS);
    this.timer.unref();
  }

  /** Sets the text after the label, such as `reading 45%`, and redraws when it is time. */
  update(text: string): void {
    this.text = text;
    this.draw();
  }

  /** Stops updating and clears the terminal line. */
  finish(): void {
    clearInterval(this.timer);
    if (this.hasWritten && this.output.isTTY === true) this.output.write('\r\u001b[2K');
  }

  private draw(): void {
    const now = Date.now();
    const elapsed = now - this.startedAt;
    if (elapsed < FIRST_OUTPUT_MS) return;
    const interval = this.output.isTTY === true ? REDRAW_MS : PLAIN_LINE_MS;
    if (now - this.lastWriteAt < interval) return;
    this.lastWriteAt = now;
    this.hasWritten = true;
    const line = `${this.label}: ${this.text} (${(elapsed / 1000).toFixed(0)} s)`;
    if (this.output.isTTY === true) this.output.write(`\r\u001b[2K${line}`);
    else this.output.write(`${line}\n`);
  }
}

/** Counts the line feeds in a file, streaming it, to turn line numbers into a share read. */
export async function countFileLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) {
      lines++;
    }
  }
  return lines + 1;
}
