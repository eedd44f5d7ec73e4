import { extname } from 'node:path';
import { normaliseColumnName } from './columns.match';

/** Register export formats that `readRegister` reads. */
export type RegisterFormat = 'session-marks-csv' | 'weekly-grid-csv' | 'ctf-xml';

/** Every format name, for option parsing and messages. */
export const REGISTER_FORMATS: readonly RegisterFormat[] = [
  'session-marks-csv',
  'weekly-grid-csv',
  'ctf-xml',
];

/**
 * Picks a format from the file name and the start of its text: `.xml`, or text that starts
 * with `<`, is a CTF. Otherwise a header with a `MonAM` column is a weekly grid, and any other
 * header is a session marks CSV.
 */
export function detectRegisterFormat(path: string, startOfText: string): RegisterFormat {
  if (extname(path).toLowerCase() === '.xml') return 'ctf-xml';
  if (startOfText.trimStart().startsWith('<')) return 'ctf-xml';
  const headerLine = startOfText.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const columns = headerLine
    .split(/[,;\t]/)
    .map((name) => normaliseColumnName(name.replace(/"/g, '')));
  const isGrid = columns.some((name) => name === 'monam' || name === 'mondayam');
  return isGrid ? 'weekly-grid-csv' : 'session-marks-csv';
}
