/**
 * Synthetic school registers for demos, tests and benchmarks, calibrated to published
 * Gloucestershire attendance figures. Pupils, names and UPNs are made up.
 *
 * `generateCounty` yields schools whose `pupils()` yield marks in memory. `pupilSessionMarks`
 * turns a pupil's marks into the `SessionMark`s of the attendance rules. The writers emit
 * session marks CSV, weekly grid CSV or CTF XML into a `BufferedWriter` over a file or memory.
 */
export type { CodeSet } from './absence.mix';
export type { RegisterCalendar, SchoolDay } from './calendar.register';
export { GENERATED_CODES, type GeneratedCode } from './codes.ids';
export {
  generateCounty,
  pupilSessionMarks,
  type GeneratedPupil,
  type GeneratedSchool,
} from './county.generate';
export { planCounty } from './county.plan';
export {
  DEFAULT_OPTIONS,
  MAX_PUPILS,
  MAX_SCHOOLS,
  MAX_WEEKS,
  resolveOptions,
  type GenerateOptions,
} from './generate.options';
export { BufferedWriter, fileSink, MemorySink, type ByteSink } from './output.sink';
export { LEAVER_YEAR_GROUP } from './pupil.profile';
export {
  OUTPUT_FORMATS,
  writeRegisters,
  writeSchool,
  type OutputFormat,
  type WriteRequest,
  type WriteSummary,
} from './registers.write';
export type { SchoolPlan } from './school.context';
export { PHASES, PUBLISHED_FIGURES, type Phase } from './statistics.published';
export { writeCtf } from './writer.ctf';
export {
  COUNTY_SESSION_CSV_HEADER,
  SESSION_CSV_HEADER,
  writeSessionCsv,
  writeSessionCsvRows,
} from './writer.session-csv';
export { WEEKLY_GRID_HEADER, writeWeeklyGrid } from './writer.weekly-grid';
