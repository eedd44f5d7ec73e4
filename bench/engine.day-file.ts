import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { COUNTY_SESSION_CSV_HEADER } from '../register/generate';
import { Random } from '../register/generate/random.prng';
import type { RegisterState } from '../register/engine';

/**
 * Marks of one pupil-day, with cumulative weights in thousandths. It is a plausible mix for a
 * school day (about 91% present), not calibrated to published figures.
 */
const DAY_CODES = ['present', 'L', 'I', 'M', 'C', 'N', 'O', 'G', 'U'] as const;
const CUMULATIVE_WEIGHTS = [910, 925, 960, 966, 970, 982, 990, 996, 1000];
/** Chance that an absence in the morning lasts the afternoon too. */
const WHOLE_DAY_ABSENCE = 0.75;

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function dayMarks(random: Random): [string, string] {
  const code = DAY_CODES[random.pickCumulative(CUMULATIVE_WEIGHTS)]!;
  if (code === 'present') return ['/', '\\'];
  return [code, random.chance(WHOLE_DAY_ABSENCE) ? code : '\\'];
}

/**
 * Writes one day of marks, morning and afternoon, for every pupil in the state as a county
 * session marks CSV. The same seed gives the same file. Returns the rows and bytes written.
 */
export async function writeDayFile(
  path: string,
  state: RegisterState,
  date: string,
  seed: number,
): Promise<{ rows: number; bytes: number }> {
  const random = new Random(seed);
  const stream = createWriteStream(path);
  let chunk = `${COUNTY_SESSION_CSV_HEADER}\n`;
  let bytes = 0;
  const flush = async () => {
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
    chunk = '';
  };
  for (const pupil of state.pupils) {
    const prefix = [pupil.schoolUrn, pupil.upn, pupil.surname, pupil.forename, pupil.yearGroup]
      .map(csvField)
      .join(',');
    const [morning, afternoon] = dayMarks(random);
    chunk += `${prefix},${date},AM,${morning}\n${prefix},${date},PM,${afternoon}\n`;
    if (chunk.length >= 1 << 20) await flush();
  }
  await flush();
  stream.end();
  await once(stream, 'finish');
  return { rows: state.pupils.length * 2, bytes };
}
