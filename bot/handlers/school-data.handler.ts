import { MessageFactory, type TurnContext } from 'botbuilder';
import { DEMO_SCHOOL_URN } from '../../register/import-service/demo-school';
import { selectPupils, type PupilFilter } from '../../register/import-service/pupil.filter';
import { formatAcademicYear } from '../../register/storage/academic-year';
import type { SchoolRecord, StoredPupil } from '../../register/storage/school-register.repository';
import type { BotDependencies } from '../bot-dependencies';
import { renderPupilListCard, toAttachment, type PupilListEntry } from '../cards';

/** A request for a list of the school's pupils, read from a staff message. */
export interface PupilListRequest {
  kind: 'below' | 'persistent' | 'severe' | 'penaltyThreshold';
  /** For `below`: the percentage that attendance must be strictly below. */
  belowPercent?: number;
  /** Year group the list is limited to, such as `9` or `R`. */
  yearGroup?: string;
}

/** Reply when app credentials are set, because no user is linked to a school yet. */
export const SCHOOL_NOT_LINKED_MESSAGE =
  'School data is not available until your account is linked to your school, and school ' +
  'linking is not set up yet. Until then, staff with access to the data can run ' +
  '"npm run report -- --school URN".';

const OPENING =
  /^(?:(?:please|pls|ok|okay|hi|hey|can you|could you|can i|could i|i want to|id like to|i need to)\s+)*(?:who(?:s| is| are| has| have| was| were)|which|list|show|see|give|get|find|display|pull up|what pupils|how many (?:pupils|children|students|kids)|pupils|children|students|kids)\b/;
/** Words of questions about the rules, the people to ask or national figures, not a list. */
const NOT_A_LIST =
  /\b(?:mean|means|meaning|difference|define|definition|explain|calculated?|classed|count(?:s|ed)? as|rules?|how (?:to|do|does|is|are)|what is|whats|why|responsible|contact|refer|ask|decide|speak|talk|call|email|national(?:ly)?|england|county|gloucestershire|average|rate)\b/;
const BELOW = /\b(?:below|under|less than|lower than|beneath)\s+(100|\d{1,2}(?:\.\d+)?)\s*%?(?!\d)/;
const PENALTY = /\b(?:pn|fpn|penalty notice|fixed penalty|penalty)s?\b/;
const PENALTY_REACHED = /\b(?:threshold|reached|hit|met|crossed|eligible|due|qualif\w*)\b/;
const PERSISTENT = /\b(?:persistent(?:ly)?|pa)\b/;
const SEVERE = /\b(?:severe(?:ly)?|sa)\b/;
const YEAR_GROUP = /\b(?:year|yr|y) ?(\d{1,2})\b|\b(reception)\b/;

function toMatchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/\bper ?cent\b/g, '%')
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readKind(text: string): Omit<PupilListRequest, 'yearGroup'> | undefined {
  const below = BELOW.exec(text);
  if (below !== null) return { kind: 'below', belowPercent: Number(below[1]) };
  if (PENALTY.test(text) && PENALTY_REACHED.test(text)) return { kind: 'penaltyThreshold' };
  if (PERSISTENT.test(text)) return { kind: 'persistent' };
  if (SEVERE.test(text)) return { kind: 'severe' };
  return undefined;
}

/**
 * Reads a request for a list of pupils ("who is below 90%", "show severe absence", "who has
 * reached the PN threshold", "list persistently absent pupils in year 9"). The message must
 * open with a listing word such as who, which, list or show, and must not ask about rules,
 * contacts or national figures. Returns undefined for any other message.
 */
export function matchPupilListRequest(message: string): PupilListRequest | undefined {
  const text = toMatchText(message);
  if (!OPENING.test(text) || NOT_A_LIST.test(text)) return undefined;
  const kind = readKind(text);
  if (kind === undefined) return undefined;
  const year = YEAR_GROUP.exec(text);
  if (year === null) return kind;
  return { ...kind, yearGroup: year[1] ?? 'R' };
}

const TITLES: Record<PupilListRequest['kind'], string> = {
  below: 'Pupils below {percent}% attendance',
  persistent: 'Persistently absent pupils (missed 10% or more)',
  severe: 'Severely absent pupils (missed 50% or more)',
  penaltyThreshold:
    'Pupils at the penalty notice threshold (10 unauthorised sessions in 10 school weeks)',
};

const REPORT_OPTIONS: Record<PupilListRequest['kind'], string> = {
  below: '--below {percent}',
  persistent: '--persistent',
  severe: '--severe',
  penaltyThreshold: '--penalty-threshold',
};

function toFilter(request: PupilListRequest): PupilFilter {
  return {
    belowPercent: request.belowPercent,
    persistent: request.kind === 'persistent',
    severe: request.kind === 'severe',
    penaltyThreshold: request.kind === 'penaltyThreshold',
    yearGroup: request.yearGroup,
  };
}

function toEntry(pupil: StoredPupil): PupilListEntry {
  const figures = pupil.figures;
  return {
    forename: pupil.forename,
    surname: pupil.surname,
    yearGroup: pupil.yearGroup,
    attendancePercent: figures?.attendancePercent ?? null,
    unauthorisedAbsences: figures?.unauthorisedAbsences ?? 0,
    persistentlyAbsent: figures?.persistentlyAbsent ?? false,
    severelyAbsent: figures?.severelyAbsent ?? false,
    penaltyNoticeThresholdReached: figures?.penaltyNoticeThresholdReached ?? false,
    holidayOnly: figures?.holidayOnly ?? false,
  };
}

/**
 * Picks the school whose data is shown in local mode: the demo school when stored, otherwise
 * the only school stored. Returns the reply to send instead when there is no such school.
 */
async function chooseLocalSchool(deps: BotDependencies): Promise<SchoolRecord | string> {
  const schools = await deps.schoolData.listSchools();
  const school =
    schools.find((entry) => entry.urn === DEMO_SCHOOL_URN) ??
    (schools.length === 1 ? schools[0] : undefined);
  if (school !== undefined) return school;
  if (schools.length === 0) {
    return 'No school data is stored yet. Import a register with "npm run import -- --school URN FILE".';
  }
  return `${schools.length} schools are stored and school linking is not set up yet, so I cannot tell which one is yours. Run "npm run report -- --school URN" instead.`;
}

function describeSource(school: SchoolRecord): string {
  const year =
    school.academicYear === null ? '' : `, ${formatAcademicYear(school.academicYear)} year to date`;
  const imported = school.lastImportedAt.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `School ${school.urn}${year}, imported ${imported}`;
}

/**
 * Replies to a pupil list request with a card of the matching pupils. Only users linked to a
 * school may see its data, and no user can be linked yet. So with app credentials set the
 * reply states that the data is not available, and in local mode the demo school (or the only school
 * stored) is used.
 */
export async function replyWithPupilList(
  context: TurnContext,
  deps: BotDependencies,
  request: PupilListRequest,
): Promise<void> {
  const activityId = context.activity.id;
  if (!deps.localMode) {
    deps.logger.info(
      { activityId, request: request.kind },
      'Pupil list declined: no linked school',
    );
    await context.sendActivity(SCHOOL_NOT_LINKED_MESSAGE);
    return;
  }
  const school = await chooseLocalSchool(deps);
  if (typeof school === 'string') {
    await context.sendActivity(school);
    return;
  }
  const pupils = selectPupils(await deps.schoolData.listPupils(school.urn), toFilter(request));
  const percent = String(request.belowPercent ?? '');
  const yearSuffix = request.yearGroup === undefined ? '' : ` in year ${request.yearGroup}`;
  const yearOption = request.yearGroup === undefined ? '' : ` --year-group ${request.yearGroup}`;
  const card = renderPupilListCard({
    title: TITLES[request.kind].replace('{percent}', percent) + yearSuffix,
    source: describeSource(school),
    pupils: pupils.map(toEntry),
    reportCommand: `npm run report -- --school ${school.urn} ${REPORT_OPTIONS[request.kind].replace('{percent}', percent)}${yearOption}`,
  });
  await context.sendActivity(MessageFactory.attachment(toAttachment(card)));
  deps.logger.info(
    { activityId, request: request.kind, urn: school.urn, pupils: pupils.length },
    'Pupil list sent',
  );
}
