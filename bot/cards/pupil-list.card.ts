import type { AdaptiveCard } from './adaptive-card';
import { expandCardTemplate } from './card-template';
import { escapeMarkdown } from './escape';
import template from './templates/pupil-list.card.json';

/** Maximum rows that a pupil list card shows. The rest are counted and left to `npm run report`. */
export const MAX_PUPIL_LIST_ROWS = 20;

/** One pupil as the bot reads it from storage. The card shows only part of it. */
export interface PupilListEntry {
  forename: string;
  surname: string;
  yearGroup: string;
  /** Percentage to 1 decimal place, or null with no possible sessions. */
  attendancePercent: number | null;
  unauthorisedAbsences: number;
  persistentlyAbsent: boolean;
  severelyAbsent: boolean;
  penaltyNoticeThresholdReached: boolean;
  holidayOnly: boolean;
}

/** Data for the card that lists the pupils matching a staff request. */
export interface PupilListCardData {
  /** Heading, such as "Persistently absent pupils". */
  title: string;
  /** Source of the figures, such as "School 900001, 2025/26 year to date". */
  source: string;
  /** Every matching pupil, lowest attendance first. The card shows the first 20. */
  pupils: readonly PupilListEntry[];
  /** Command that prints the full list, such as `npm run report -- --school 900001 --persistent`. */
  reportCommand: string;
}

function shortName(entry: PupilListEntry): string {
  const initial = Array.from(entry.surname.trim())[0];
  const forename = entry.forename.trim();
  return initial === undefined ? forename : `${forename} ${initial.toUpperCase()}.`;
}

function flagsOf(entry: PupilListEntry): string {
  const flags: string[] = [];
  if (entry.persistentlyAbsent) flags.push('PA');
  if (entry.severelyAbsent) flags.push('SA');
  if (entry.penaltyNoticeThresholdReached) flags.push(entry.holidayOnly ? 'PN (holiday)' : 'PN');
  return flags.length === 0 ? 'none' : flags.join(' ');
}

function summaryOf(data: PupilListCardData): string {
  const count = data.pupils.length;
  if (count === 0) return `No pupils match. ${data.source}.`;
  const pupils = count === 1 ? '1 pupil matches' : `${count.toLocaleString('en-GB')} pupils match`;
  return `${pupils}, lowest attendance first. ${data.source}.`;
}

/**
 * Renders the pupil list card. To show the least a reader needs, each of the first 20 pupils
 * appears as forename and surname initial, year group, attendance, unauthorised absence
 * sessions and flags, with no UPN. The card gives the total count and the report command that
 * lists everyone.
 */
export function renderPupilListCard(data: PupilListCardData): AdaptiveCard {
  const visibleRows = data.pupils.slice(0, MAX_PUPIL_LIST_ROWS);
  const total = data.pupils.length;
  return expandCardTemplate(template, {
    title: escapeMarkdown(data.title),
    summary: escapeMarkdown(summaryOf(data)),
    rows: visibleRows.map((entry) => ({
      name: escapeMarkdown(shortName(entry)),
      yearGroup: escapeMarkdown(entry.yearGroup),
      attendance:
        entry.attendancePercent === null ? 'none' : `${entry.attendancePercent.toFixed(1)}%`,
      unauthorised: String(entry.unauthorisedAbsences),
      flags: flagsOf(entry),
    })),
    shownNote:
      total > visibleRows.length
        ? `Showing ${visibleRows.length} of ${total.toLocaleString('en-GB')}.`
        : '',
    reportCommand: escapeMarkdown(data.reportCommand),
  });
}
