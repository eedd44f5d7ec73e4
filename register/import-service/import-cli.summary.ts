import type { ThresholdName } from '../../domain/attendance/threshold.diff';
import type { ImportProblem, ValidationReport } from '../import';
import { formatAcademicYear } from '../storage/academic-year';
import type { ThresholdChangeEntry } from '../storage/school-register.repository';
import { formatCount, formatPercent, plural } from './cli.output';
import type { ImportResult } from './school-import';

/** UPNs listed per threshold change before only counting the rest. */
const LISTED_UPNS = 10;

const NEWLY: Record<ThresholdName, string> = {
  persistent: 'Newly persistently absent',
  severe: 'Newly severely absent',
  penaltyThreshold: 'Newly at the penalty notice threshold',
};

const NO_LONGER: Record<ThresholdName, string> = {
  persistent: 'No longer persistently absent',
  severe: 'No longer severely absent',
  penaltyThreshold: 'No longer at the penalty notice threshold',
};

/** Formats a problem as one line with its file, line, column, value and fix. */
export function formatProblem(problem: ImportProblem): string {
  const value = problem.value === '' ? '' : `, value ${JSON.stringify(problem.value)}`;
  const column = problem.column === '' ? '' : `, column ${problem.column}`;
  return `${problem.severity}: ${problem.file} line ${problem.line}${column}${value}: ${problem.message}`;
}

/** Lists every error of a rejected file, the count of errors not listed, and what to do. */
export function formatRejection(report: ValidationReport): string[] {
  const lines = report.errors.map(formatProblem);
  if (report.omittedErrors > 0) {
    lines.push(`... and ${plural(report.omittedErrors, 'more error')}, not listed.`);
  }
  const total = report.errors.length + report.omittedErrors;
  lines.push(
    `The file has ${plural(total, 'error')}, so nothing was stored. Fix them and import it again.`,
  );
  return lines;
}

/** Lists the warnings of a file that was stored, and the count of warnings not listed. */
export function formatWarnings(report: ValidationReport): string[] {
  const lines = report.warnings.map(formatProblem);
  if (report.omittedWarnings > 0) {
    lines.push(`... and ${plural(report.omittedWarnings, 'more warning')}, not listed.`);
  }
  return lines;
}

function listUpns(changes: ThresholdChangeEntry[]): string {
  const upns = changes.slice(0, LISTED_UPNS).map((change) => change.upn);
  const more = changes.length - upns.length;
  return more > 0 ? `${upns.join(' ')} and ${formatCount(more)} more` : upns.join(' ');
}

function formatChanges(result: ImportResult): string[] {
  const { changes, record } = result;
  const lines = result.firstImport
    ? [`First import for this school: ${plural(record.crossedCount, 'pupil')} over a threshold.`]
    : [
        `Since the previous import: ${plural(record.crossedCount, 'pupil')} newly crossed a threshold, ` +
          `${formatCount(record.recoveredCount)} recovered.`,
      ];
  for (const name of ['persistent', 'severe', 'penaltyThreshold'] as const) {
    const crossed = changes.filter((change) => change.crossed.includes(name));
    if (crossed.length > 0)
      lines.push(`  ${NEWLY[name]}: ${crossed.length} (${listUpns(crossed)})`);
  }
  for (const name of ['persistent', 'severe', 'penaltyThreshold'] as const) {
    const recovered = changes.filter((change) => change.recovered.includes(name));
    if (recovered.length > 0) {
      lines.push(`  ${NO_LONGER[name]}: ${recovered.length} (${listUpns(recovered)})`);
    }
  }
  return lines;
}

/** Formats the summary printed after an import: the file, what was stored and the school. */
export function formatImportSummary(urn: string, result: ImportResult, seconds: number): string[] {
  const { record } = result;
  const school = record.school;
  const year =
    school.academicYear === null ? '' : `, ${formatAcademicYear(school.academicYear)} year to date`;
  return [
    `Imported ${record.source} (${record.format}) into school ${urn} in ${seconds.toFixed(1)} s.`,
    `  File: ${plural(record.pupilsInFile, 'pupil')}, ${plural(record.sessionsInFile, 'session')}, ${plural(record.warnings, 'warning')}.`,
    `  Stored: ${plural(record.sessionsChanged, 'session')} added or changed, ${plural(record.pupilsWritten, 'pupil record')} written.`,
    `School ${urn}${year}: ${plural(school.pupils, 'pupil')} (${formatCount(school.leavers)} left), ` +
      `${plural(school.possibleSessions, 'possible session')}, attendance ${formatPercent(school.attendancePercent)}.`,
    `  Persistently absent (missed 10% or more): ${formatCount(school.persistentlyAbsent)}`,
    `  Severely absent (missed 50% or more): ${formatCount(school.severelyAbsent)}`,
    `  At the penalty notice threshold: ${formatCount(school.penaltyNoticeThreshold)}, ` +
      `of which ${formatCount(school.penaltyNoticeThresholdHolidayOnly)} for holiday only`,
    ...formatChanges(result),
  ];
}
