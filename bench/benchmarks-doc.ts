import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Page where every benchmark writes its latest figures, one section each. */
export const BENCHMARKS_PAGE = path.resolve(__dirname, '..', 'docs', 'benchmarks.md');

/** Describes the machine a benchmark ran on, for the record beside its figures. */
export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${cpu}, ${os.cpus().length} cores, ${memoryGiB} GiB RAM, ${os.platform()} ${os.release()}, Node.js ${process.version}`;
}

/**
 * Replaces the section that starts with `heading` (a `## ` line) in the benchmarks page,
 * or appends it, leaving other benchmarks' sections as they are.
 */
export function writeBenchmarkSection(heading: string, body: string, page = BENCHMARKS_PAGE): void {
  const title = '# Benchmarks\n\nEach section is rewritten by the command in its heading.\n';
  const current = existsSync(page) ? readFileSync(page, 'utf8') : title;
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = current.indexOf(`${heading}\n`);
  let updated: string;
  if (start === -1) {
    updated = `${current.trimEnd()}\n\n${section}`;
  } else {
    const next = current.indexOf('\n## ', start + heading.length);
    const end = next === -1 ? current.length : next + 1;
    updated = `${current.slice(0, start)}${section}${next === -1 ? '' : '\n'}${current.slice(end)}`;
  }
  mkdirSync(path.dirname(page), { recursive: true });
  writeFileSync(page, updated.replace(/\n{3,}/g, '\n\n'));
}
