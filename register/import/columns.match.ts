import { importError, type ProblemLog } from './import.problems';

/** A field a reader needs from a CSV header, with the column names that supply it. */
export interface ColumnSpec {
  field: string;
  /** Column names as shown in messages. The first is the canonical name. */
  names: readonly string[];
  required: boolean;
}

/** Column index and header text for each field found in a header. */
export interface MatchedColumns {
  index: ReadonlyMap<string, number>;
  header: ReadonlyMap<string, string>;
}

/** Lower-cases a header name and drops spaces, underscores, hyphens and dots. */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}

function buildLookup(specs: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  const lookup = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    for (const name of spec.names) lookup.set(normaliseColumnName(name), spec);
  }
  return lookup;
}

/**
 * Finds each field's column in a header row. Logs one error naming every missing required
 * column, and one error for each field that two columns supply. Returns null after any error.
 */
export function matchColumns(
  header: readonly string[],
  specs: readonly ColumnSpec[],
  place: { file: string; line: number },
  log: ProblemLog,
): MatchedColumns | null {
  const lookup = buildLookup(specs);
  const index = new Map<string, number>();
  const names = new Map<string, string>();
  let valid = true;

  header.forEach((rawName, position) => {
    const name = rawName.trim();
    const spec = lookup.get(normaliseColumnName(name));
    if (spec === undefined) return;
    const earlier = names.get(spec.field);
    if (earlier !== undefined) {
      log.add(duplicateColumnError(place, earlier, name, spec));
      valid = false;
      return;
    }
    index.set(spec.field, position);
    names.set(spec.field, name);
  });

  const missing = specs.filter((spec) => spec.required && !index.has(spec.field));
  if (missing.length > 0) {
    log.add(missingColumnsError(place, missing, header));
    valid = false;
  }
  return valid ? { index, header: names } : null;
}

function duplicateColumnError(
  place: { file: string; line: number },
  earlier: string,
  later: string,
  spec: ColumnSpec,
) {
  const message =
    `Columns "${earlier}" and "${later}" both give the ${spec.names[0]} column. ` +
    'Delete or rename one of them.';
  return importError('import.column.duplicate', { ...place, column: later, value: later }, message);
}

function missingColumnsError(
  place: { file: string; line: number },
  missing: readonly ColumnSpec[],
  header: readonly string[],
) {
  const wanted = missing.map((spec) => `${spec.names[0]} (${spec.names.join(', ')})`).join('; ');
  const found = header.map((name) => name.trim()).join(', ');
  const message =
    `Missing required columns: ${wanted}. Columns found: ${found}. ` +
    'Rename the columns to one of the accepted names (case, spaces and underscores are ignored).';
  const column = missing.map((spec) => spec.names[0]).join(', ');
  return importError('import.column.missing', { ...place, column, value: found }, message);
}
