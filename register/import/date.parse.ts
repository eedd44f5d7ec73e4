import { isoDateToDays } from '../../domain/attendance/calendar.date';
import { detachString } from './string.copy';

/** Earliest and latest dates accepted as school dates. */
export const FIRST_SCHOOL_DATE = '2000-01-01';
export const LAST_SCHOOL_DATE = '2100-12-31';

/** Date formats accepted in CSV files, for error messages. */
export const ACCEPTED_DATE_FORMATS =
  '2025-09-08, 08/09/2025 (day first), 2025-09-08T00:00:00, 08/09/2025 00:00, ' +
  'or an Excel date serial number such as 45908';

/** Outcome of `parseRegisterDate`. */
export type DateParse = { ok: true; iso: string } | { ok: false; message: string };

/** Excel serial number of 1970-01-01 in the 1900 date system. */
const EXCEL_SERIAL_OF_UNIX_EPOCH = 25_569;
const MILLISECONDS_PER_DAY = 86_400_000;
const FIRST_SCHOOL_SERIAL = isoDateToDays(FIRST_SCHOOL_DATE) + EXCEL_SERIAL_OF_UNIX_EPOCH;
const LAST_SCHOOL_SERIAL = isoDateToDays(LAST_SCHOOL_DATE) + EXCEL_SERIAL_OF_UNIX_EPOCH;
const CACHE_LIMIT = 4096;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](.*))?$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (.*))?$/;
const EXCEL_SERIAL = /^\d+(?:\.\d+)?$/;
const TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

const cache = new Map<string, DateParse>();

/**
 * Parses a date as exported by school systems and returns it as `YYYY-MM-DD`.
 * Accepts ISO dates, `dd/mm/yyyy` (always day first, as in the UK, never US order), either
 * with a time of day that is ignored, and Excel serial numbers in the 1900 date system
 * (serial 1 is 1900-01-01). Dates outside 2000 to 2100 are rejected as implausible, so Excel's
 * fictitious 1900-02-29 (serial 60) never reaches the conversion.
 */
export function parseRegisterDate(text: string): DateParse {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const result = parseUncached(text.trim());
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(detachString(text), result);
  return result;
}

function parseUncached(text: string): DateParse {
  const iso = ISO_DATE.exec(text);
  if (iso !== null) return fromParts(text, iso[1]!, iso[2]!, iso[3]!, iso[4]);

  const uk = UK_DATE.exec(text);
  if (uk !== null) return fromParts(text, uk[3]!, uk[2]!, uk[1]!, uk[4]);

  if (EXCEL_SERIAL.test(text)) return fromExcelSerial(text);
  return invalid(text);
}

function fromParts(
  text: string,
  year: string,
  month: string,
  day: string,
  time: string | undefined,
): DateParse {
  if (time !== undefined && !TIME.test(time)) return invalid(text);
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (Number.isNaN(isoDateToDays(iso))) return invalid(text);
  return checkRange(text, iso);
}

function fromExcelSerial(text: string): DateParse {
  const serial = Math.floor(Number(text));
  if (serial < FIRST_SCHOOL_SERIAL || serial > LAST_SCHOOL_SERIAL) {
    const message =
      `Excel date serial ${text} is outside the school dates accepted ` +
      `(${FIRST_SCHOOL_DATE} to ${LAST_SCHOOL_DATE}, serials ${FIRST_SCHOOL_SERIAL} to ${LAST_SCHOOL_SERIAL}). ` +
      'Check the value, or format the column as a date before exporting.';
    return { ok: false, message };
  }
  const days = serial - EXCEL_SERIAL_OF_UNIX_EPOCH;
  return { ok: true, iso: new Date(days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10) };
}

function checkRange(text: string, iso: string): DateParse {
  if (iso >= FIRST_SCHOOL_DATE && iso <= LAST_SCHOOL_DATE) return { ok: true, iso };
  return {
    ok: false,
    message:
      `Date "${text}" is ${iso}, which is outside the school dates accepted ` +
      `(${FIRST_SCHOOL_DATE} to ${LAST_SCHOOL_DATE}). Check the year.`,
  };
}

function invalid(text: string): DateParse {
  return {
    ok: false,
    message: `Invalid date "${text}". Accepted formats: ${ACCEPTED_DATE_FORMATS}.`,
  };
}
