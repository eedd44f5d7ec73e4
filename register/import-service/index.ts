/**
 * Imports school registers into storage and reads them back: `importRegisterFile` for a file,
 * `importSessions` for sessions from any source, `seedDemoSchool` for the synthetic demo
 * school, and `selectPupils` for filtered pupil lists.
 */
export * from './demo-school';
export type { ImportSession } from './incoming-register';
export { LEAVER_YEAR_GROUP } from './pupil.merge';
export * from './pupil.filter';
export * from './register-file.import';
export * from './school-import';
export * from './school.figures';
export * from './urn.check';
