/**
 * Attendance rules for England from 19 August 2024: register codes, per-pupil figures,
 * the penalty notice threshold, threshold changes between imports, and UPN checks.
 * Pure functions only, with no I/O.
 */
export * from './calendar.date';
export * from './codes.lookup';
export * from './codes.table';
export * from './codes.withdrawn';
export * from './figures.compute';
export * from './mark.issues';
export * from './mark.resolve';
export * from './penalty-threshold.compute';
export * from './penalty-threshold.weeks';
export * from './session.types';
export * from './threshold.diff';
export * from './upn.check';
export * from './upn.synthetic';
