/**
 * Readers and validation for school register exports: session marks CSV (SIMS, Arbor),
 * weekly grid CSV (Bromcom) and Common Transfer File XML. Files are streamed, so memory stays
 * bounded whatever their size.
 *
 * Import in two passes: `checkRegisterFile` reads and validates the whole file and stores
 * nothing. Only when its report is `ok`, `readCheckedRegister` reads the file again and yields
 * the rows to store.
 */
export * from './code-map.load';
export * from './code-map.option';
export * from './format.detect';
export * from './import.problems';
export * from './register-row';
export * from './register.import';
export * from './register.read';
export * from './register.validate';
export type { CheckedRow, RowCheckOptions } from './row.check';
