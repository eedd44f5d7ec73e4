/**
 * The attendance engine. It reads a canonical session marks CSV straight from bytes into one
 * byte per session per pupil, and computes every pupil's figures and penalty notice threshold
 * with the slot rules in `domain/attendance`. Later files, such as a day of marks, are applied
 * to the register in memory. Files in other layouts go through `register/import` instead.
 */
export * from './daily-import';
export * from './fast-read.counts';
export * from './pupil-register.state';
export * from './register-figures';
export * from './session-csv.fast-load';
export { CANONICAL_HEADERS, UnsupportedHeaderError } from './session-csv.header';
export * from './slots.sessions';
