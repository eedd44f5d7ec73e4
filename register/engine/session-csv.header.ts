import { COUNTY_SESSION_CSV_HEADER, SESSION_CSV_HEADER } from '../generate/writer.session-csv';

/** Layout of a canonical session marks CSV, found from its header. */
export interface CanonicalLayout {
  /** Fields in each row: 8 with a `school_urn` column, 7 without. */
  fieldCount: number;
  /** Field of the school URN, or -1 when the file has none. */
  schoolUrnField: number;
  upnField: number;
}

/** The fast path reads only files with one of these headers, exactly. */
export const CANONICAL_HEADERS: readonly string[] = [COUNTY_SESSION_CSV_HEADER, SESSION_CSV_HEADER];

/** The file's header is not one that the fast path reads. */
export class UnsupportedHeaderError extends Error {
  constructor(header: string) {
    super(
      `Unsupported header ${JSON.stringify(header.slice(0, 200))}: the fast path reads only ` +
        `session marks CSV files whose header is exactly "${COUNTY_SESSION_CSV_HEADER}" or ` +
        `"${SESSION_CSV_HEADER}". Import other files with checkRegisterFile and readCheckedRegister.`,
    );
    this.name = 'UnsupportedHeaderError';
  }
}

/**
 * Returns the layout for a header line (without its line end; a byte order mark and a
 * carriage return are ignored). Throws `UnsupportedHeaderError` for any other header.
 */
export function layoutOfHeader(line: string): CanonicalLayout {
  const header = line.replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (header === COUNTY_SESSION_CSV_HEADER)
    return { fieldCount: 8, schoolUrnField: 0, upnField: 1 };
  if (header === SESSION_CSV_HEADER) return { fieldCount: 7, schoolUrnField: -1, upnField: 0 };
  throw new UnsupportedHeaderError(header);
}
