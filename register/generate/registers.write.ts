import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateCounty, type GeneratedSchool } from './county.generate';
import type { GenerateOptions } from './generate.options';
import { BufferedWriter, fileSink } from './output.sink';
import { writeCtf } from './writer.ctf';
import {
  COUNTY_SESSION_CSV_HEADER,
  writeSessionCsv,
  writeSessionCsvRows,
} from './writer.session-csv';
import { writeWeeklyGrid } from './writer.weekly-grid';

/** Output format: session marks CSV, weekly grid CSV or Common Transfer File XML. */
export type OutputFormat = 'csv' | 'grid' | 'ctf';

/** Every output format, in the order help text lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['csv', 'grid', 'ctf'];

const EXTENSIONS: Record<OutputFormat, string> = { csv: 'csv', grid: 'csv', ctf: 'xml' };

/** Request to write generated registers: generator options, format and destination. */
export interface WriteRequest {
  options: Partial<GenerateOptions>;
  format: OutputFormat;
  /** A file for one school or for `singleFile`, otherwise a folder for one file per school. */
  out: string;
  /** Write every school into one session marks CSV with a `school_urn` column (format csv only). */
  singleFile: boolean;
}

/** Summary of the files written. */
export interface WriteSummary {
  files: string[];
  schools: number;
  pupils: number;
  /** CSV rows (header excluded) or, for CTF, `Pupil` elements. */
  records: number;
  bytes: number;
}

/** Writes one school in a format, header included. Returns the CSV rows or CTF pupils written. */
export function writeSchool(
  school: GeneratedSchool,
  format: OutputFormat,
  writer: BufferedWriter,
): number {
  if (format === 'csv') return writeSessionCsv(school, writer);
  if (format === 'grid') return writeWeeklyGrid(school, writer);
  return writeCtf(school, writer);
}

function prepareFolder(folder: string): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new RangeError(
      `Invalid --out ${JSON.stringify(folder)}: it is a file, but several schools need a folder. Give a folder path, or add --single-file for one CSV.`,
    );
  }
  mkdirSync(folder, { recursive: true });
}

/**
 * Generates a county and writes it: one file per school named `<URN>.csv` or `<URN>.xml` in the
 * `out` folder, `out` itself for a single school, or one combined CSV with `singleFile`.
 * CTF output is generated with single-character codes. Throws RangeError for invalid options.
 */
export function writeRegisters(request: WriteRequest): WriteSummary {
  const { format, out, singleFile } = request;
  if (singleFile && format !== 'csv') {
    throw new RangeError(
      `Invalid --single-file with --format ${format}: only the session marks CSV (--format csv) can contain several schools in one file.`,
    );
  }
  const options = {
    ...request.options,
    ...(format === 'ctf' ? { codeSet: 'single-character' as const } : {}),
  };
  const schools = [...generateCounty(options)];
  const summary: WriteSummary = {
    files: [],
    schools: schools.length,
    pupils: 0,
    records: 0,
    bytes: 0,
  };
  const oneFile = singleFile || schools.length === 1;
  if (oneFile) mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  else prepareFolder(out);

  let writer: BufferedWriter | null = null;
  for (const school of schools) {
    if (singleFile) {
      if (writer === null) {
        writer = new BufferedWriter(fileSink(out));
        writer.writeText(`${COUNTY_SESSION_CSV_HEADER}\n`);
        summary.files.push(out);
      }
      summary.records += writeSessionCsvRows(school, writer, true);
    } else {
      const file = oneFile ? out : path.join(out, `${school.plan.urn}.${EXTENSIONS[format]}`);
      const schoolWriter = new BufferedWriter(fileSink(file));
      summary.records += writeSchool(school, format, schoolWriter);
      schoolWriter.close();
      summary.bytes += schoolWriter.bytesWritten;
      summary.files.push(file);
    }
    summary.pupils += school.plan.pupilCount;
  }
  if (writer !== null) {
    writer.close();
    summary.bytes += writer.bytesWritten;
  }
  return summary;
}
