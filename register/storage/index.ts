/**
 * Storage of imported registers in Azure Table Storage, partitioned by school URN: pupils with
 * their latest figures, one compact marks entity per pupil per academic year, and imports with
 * their change lists. `SchoolRegisterRepository` is the interface, so the storage can be swapped.
 */
export * from './academic-year';
export * from './marks.codec';
export * from './school-register.repository';
export * from './school-register.table-store';
export { MAX_BATCH_OPERATIONS, splitIntoBatches, submitInBatches } from './table-batch';
export { REGISTER_TABLES } from './table-names';
