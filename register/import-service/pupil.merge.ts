import { diffThresholds, type ThresholdFlags } from '../../domain/attendance/threshold.diff';
import { createYearSlots, type YearSlots } from '../storage/marks.codec';
import type {
  PupilRecord,
  RecordWrite,
  StoredFigures,
  StoredPupil,
  StoredYearMarks,
  ThresholdChangeEntry,
  YearMarksRecord,
} from '../storage/school-register.repository';
import type { IncomingPupil } from './incoming-register';
import { computeYearFigures } from './pupil.figures';

/** Year group that register exports give a pupil who has left the school. */
export const LEAVER_YEAR_GROUP = 'Leaver';

/** Changes that merging one pupil's imported sessions makes to storage. */
export interface PupilMerge {
  /** Year marks that changed, to write. */
  marks: RecordWrite<YearMarksRecord>[];
  /** The pupil entity to write, or null when it is unchanged. */
  pupilWrite: RecordWrite<PupilRecord> | null;
  /** The pupil after the import. */
  pupil: PupilRecord;
  sessionsChanged: number;
  /** Thresholds crossed or recovered, or null when none changed. */
  change: ThresholdChangeEntry | null;
}

function isLeaver(yearGroup: string): boolean {
  return yearGroup.toLowerCase() === LEAVER_YEAR_GROUP.toLowerCase();
}

function flagsOf(figures: StoredFigures): ThresholdFlags {
  return {
    persistent: figures.persistentlyAbsent,
    severe: figures.severelyAbsent,
    penaltyThreshold: figures.penaltyNoticeThresholdReached,
  };
}

/** Copies the stored slots and overwrites those the import covers. Returns the count changed. */
function overlay(stored: YearSlots | undefined, incoming: YearSlots, merged: YearSlots): number {
  if (stored !== undefined) merged.set(stored);
  let changed = 0;
  for (let slot = 0; slot < incoming.length; slot++) {
    const code = incoming[slot]!;
    if (code !== 0 && merged[slot] !== code) {
      merged[slot] = code;
      changed++;
    }
  }
  return changed;
}

function withoutEtag(stored: StoredPupil): PupilRecord {
  const { upn, surname, forename, yearGroup, left, figures } = stored;
  return { upn, surname, forename, yearGroup, left, figures };
}

/** Serialises with sorted keys, so that records built in different orders compare equal. */
function canonicalJson(record: PupilRecord): string {
  return JSON.stringify(record, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([left], [right]) => (left < right ? -1 : 1)))
      : value,
  );
}

/**
 * Merges one pupil's imported sessions with the stored ones: imported sessions replace stored
 * sessions for the same slots and leave other slots alone. Figures are recomputed when the
 * import covers the pupil's latest academic year, and the names and year group are then taken
 * from the import. A pupil whose year group is `Leaver` keeps the last known year group and
 * gets `left` set.
 */
export function mergePupil(
  upn: string,
  incoming: IncomingPupil,
  stored: StoredPupil | undefined,
  storedMarks: (academicYear: number) => StoredYearMarks | undefined,
): PupilMerge {
  const marks: RecordWrite<YearMarksRecord>[] = [];
  const mergedYears = new Map<number, YearSlots>();
  let sessionsChanged = 0;
  for (const [academicYear, slots] of incoming.years) {
    const before = storedMarks(academicYear);
    const merged = createYearSlots();
    const changed = overlay(before?.slots, slots, merged);
    mergedYears.set(academicYear, merged);
    sessionsChanged += changed;
    if (changed > 0)
      marks.push({ record: { upn, academicYear, slots: merged }, etag: before?.etag });
  }

  const latestYear = Math.max(...mergedYears.keys());
  const storedFigures = stored?.figures ?? null;
  const keepStored = stored !== undefined && (storedFigures?.academicYear ?? -1) > latestYear;
  const pupil: PupilRecord = keepStored
    ? withoutEtag(stored)
    : {
        upn,
        surname: incoming.surname,
        forename: incoming.forename,
        yearGroup:
          isLeaver(incoming.yearGroup) && stored !== undefined && !isLeaver(stored.yearGroup)
            ? stored.yearGroup
            : incoming.yearGroup,
        left: isLeaver(incoming.yearGroup),
        figures: computeYearFigures(
          latestYear,
          mergedYears.get(latestYear)!,
          mergedYears.get(latestYear - 1) ?? storedMarks(latestYear - 1)?.slots,
        ),
      };
  const unchanged =
    stored !== undefined && canonicalJson(withoutEtag(stored)) === canonicalJson(pupil);
  const diff = diffThresholds(
    storedFigures === null ? undefined : flagsOf(storedFigures),
    flagsOf(pupil.figures!),
  );
  const changed = diff.crossed.length > 0 || diff.recovered.length > 0;
  return {
    marks,
    pupilWrite: unchanged ? null : { record: pupil, etag: stored?.etag },
    pupil,
    sessionsChanged,
    change: changed ? { upn, ...diff } : null,
  };
}
