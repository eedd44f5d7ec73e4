import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SessionMark } from '../../../domain/attendance/session.types';
import { COUNTY_SESSION_CSV_HEADER } from '../../../register/generate';

/** A made-up pupil with their sessions, for writing test registers. */
export interface TestPupil {
  upn: string;
  surname: string;
  forename: string;
  yearGroup: string;
  sessions: SessionMark[];
}

/** A folder under the system temp folder that `remove` deletes with its files. */
export class TempFolder {
  readonly path = mkdtempSync(path.join(os.tmpdir(), 'register-engine-test-'));

  /** Writes text to a file in the folder and returns its path. */
  write(name: string, text: string): string {
    const file = path.join(this.path, name);
    writeFileSync(file, text);
    return file;
  }

  file(name: string): string {
    return path.join(this.path, name);
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Returns the CSV rows (no header, no line ends) of pupils' sessions in one school. */
export function sessionRows(pupils: readonly TestPupil[], schoolUrn = '900001'): string[] {
  return pupils.flatMap((pupil) => {
    const prefix = [schoolUrn, pupil.upn, pupil.surname, pupil.forename, pupil.yearGroup]
      .map(csvField)
      .join(',');
    return pupil.sessions.map((mark) => `${prefix},${mark.date},${mark.session},${mark.code}`);
  });
}

/** Returns a county session marks CSV: the header, then the rows, each ending with `lineEnd`. */
export function countyCsv(rows: readonly string[], lineEnd = '\n'): string {
  return [COUNTY_SESSION_CSV_HEADER, ...rows].map((row) => row + lineEnd).join('');
}
