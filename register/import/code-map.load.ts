import { MARK_CATEGORIES, listValidCodes } from '../../domain/attendance/codes.lookup';
import type { ColumnSpec } from './columns.match';
import { readCsvTable } from './csv.table';
import type { CsvRecord } from './csv.tokenize';
import { importError, importWarning, type ProblemLog } from './import.problems';
import { requireValue } from './row.fields';
import { readTextChunks } from './text.decode';

const CODE_MAP_COLUMNS: readonly ColumnSpec[] = [
  { field: 'local', names: ['local_code', 'Local Code', 'Local'], required: true },
  { field: 'code', names: ['code', 'National Code', 'DfE Code'], required: true },
];

interface MappingEntry {
  local: string;
  code: string;
  line: number;
}

function checkEntry(
  entry: MappingEntry,
  seen: Map<string, MappingEntry>,
  file: string,
  log: ProblemLog,
) {
  const place = { file, line: entry.line, column: 'code', value: entry.code };
  if (!MARK_CATEGORIES.has(entry.code)) {
    const message = `The code mapping maps "${entry.local}" to "${entry.code}", which is not a register code. Valid codes: ${listValidCodes()}.`;
    log.add(importError('import.code-map.target-invalid', place, message));
    return false;
  }
  const earlier = seen.get(entry.local);
  if (earlier !== undefined && earlier.code !== entry.code) {
    const message = `Local code "${entry.local}" is mapped to "${earlier.code}" on line ${earlier.line} and to "${entry.code}" on line ${entry.line}. Keep one of them.`;
    log.add(
      importError(
        'import.code-map.duplicate',
        { ...place, column: 'local_code', value: entry.local },
        message,
      ),
    );
    return false;
  }
  if (MARK_CATEGORIES.has(entry.local) && entry.local !== entry.code) {
    const message = `"${entry.local}" is a national code, and the mapping makes it mean "${entry.code}" in this import. Remove the line unless the school uses "${entry.local}" as a local code.`;
    log.add(
      importWarning(
        'import.code-map.shadows-national',
        { ...place, column: 'local_code', value: entry.local },
        message,
      ),
    );
  }
  return true;
}

function readEntry(
  record: CsvRecord,
  index: ReadonlyMap<string, number>,
  file: string,
  log: ProblemLog,
) {
  const local = record.fields[index.get('local')!]!.trim();
  const code = record.fields[index.get('code')!]!.trim();
  const line = record.line;
  if (!requireValue(local, { file, line, column: 'local_code' }, log)) return null;
  if (!requireValue(code, { file, line, column: 'code' }, log)) return null;
  return { local: local.toUpperCase(), code: code.toUpperCase(), line };
}

/**
 * Reads a code-mapping CSV with the columns `local_code,code`, for example `X01,Y1`, which
 * translates a school's local codes to national codes. Local codes match in any case.
 * Problems go to `log`, and only entries without problems are returned.
 */
export async function loadCodeMap(
  path: string,
  log: ProblemLog,
  fileName: string = path,
): Promise<Map<string, string>> {
  const mapping = new Map<string, string>();
  const seen = new Map<string, MappingEntry>();
  const chunks = readTextChunks(path, { file: fileName, log });
  for await (const { header, records } of readCsvTable(chunks, CODE_MAP_COLUMNS, fileName, log)) {
    for (const record of records) {
      const entry = readEntry(record, header.columns.index, fileName, log);
      if (entry === null || !checkEntry(entry, seen, fileName, log)) continue;
      seen.set(entry.local, entry);
      mapping.set(entry.local, entry.code);
    }
  }
  return mapping;
}
