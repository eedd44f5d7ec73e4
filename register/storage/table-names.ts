/** Names of the Azure tables that store imported registers. */
export const REGISTER_TABLES = {
  schools: 'schools',
  pupils: 'pupils',
  pupilMarks: 'pupilmarks',
  imports: 'imports',
  thresholdChanges: 'thresholdchanges',
} as const;
