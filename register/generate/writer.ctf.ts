import type { RegisterCalendar } from './calendar.register';
import { GENERATED_CODES } from './codes.ids';
import type { GeneratedPupil, GeneratedSchool } from './county.generate';
import type { BufferedWriter } from './output.sink';

/** Characters of `AttendanceMarks` for a day with no session. */
const NO_SESSION_DAY = '##';
/** Local authority number of Gloucestershire, written as the source school's LEA. */
const LOCAL_AUTHORITY = '916';

/** A run of register days within one academic year, written as one `YearData`. */
interface YearSpan {
  /** Index into `calendar.days` of the first day of the span. */
  firstDay: number;
  /** Index into `calendar.days` after the last day of the span. */
  endDay: number;
}

function yearSpans(calendar: RegisterCalendar): YearSpan[] {
  const spans: YearSpan[] = [];
  calendar.days.forEach((day, index) => {
    const last = spans[spans.length - 1];
    if (last !== undefined && calendar.days[last.firstDay]!.academicYear === day.academicYear) {
      last.endDay = index + 1;
    } else {
      spans.push({ firstDay: index, endDay: index + 1 });
    }
  });
  return spans;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function requireSingleCharacter(code: string): string {
  if (code.length !== 1) {
    throw new RangeError(
      `Invalid mark ${JSON.stringify(code)} for a CTF file: AttendanceMarks has one character per session. Generate with codeSet 'single-character'.`,
    );
  }
  return code;
}

function attendanceMarks(
  calendar: RegisterCalendar,
  pupil: GeneratedPupil,
  span: YearSpan,
): string {
  const days = calendar.days;
  const parts: string[] = [];
  let previousDay = days[span.firstDay]!.day - 1;
  for (let index = span.firstDay; index < span.endDay; index++) {
    const day = days[index]!.day;
    for (let gap = previousDay + 1; gap < day; gap++) parts.push(NO_SESSION_DAY);
    previousDay = day;
    const offset = index - pupil.firstDay;
    if (offset < 0 || offset * 2 >= pupil.marks.length) {
      parts.push(NO_SESSION_DAY);
      continue;
    }
    parts.push(requireSingleCharacter(GENERATED_CODES[pupil.marks[offset * 2]!]!));
    parts.push(requireSingleCharacter(GENERATED_CODES[pupil.marks[offset * 2 + 1]!]!));
  }
  return parts.join('');
}

function headerXml(school: GeneratedSchool): string {
  const { plan, calendar } = school;
  const lastDate = calendar.days[calendar.days.length - 1]!.date;
  const phase = plan.phase.charAt(0).toUpperCase() + plan.phase.slice(1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CTfile>',
    '  <Header>',
    '    <DocumentName>Common Transfer File</DocumentName>',
    `    <DateTime>${lastDate}T16:00:00</DateTime>`,
    '    <DocumentQualifier>partial</DocumentQualifier>',
    '    <SupplierID>Attendance Companion synthetic register generator</SupplierID>',
    '    <SourceSchool>',
    `      <LEA>${LOCAL_AUTHORITY}</LEA>`,
    `      <Estab>${plan.urn.slice(-4)}</Estab>`,
    `      <URN>${plan.urn}</URN>`,
    `      <SchoolName>Synthetic ${phase} School ${plan.urn}</SchoolName>`,
    `      <AcademicYear>${calendar.days[0]!.academicYear}</AcademicYear>`,
    '    </SourceSchool>',
    '  </Header>',
    '  <CTFpupilData>',
    '',
  ].join('\n');
}

function pupilXml(calendar: RegisterCalendar, pupil: GeneratedPupil, spans: YearSpan[]): string {
  const pupilEnd = pupil.firstDay + pupil.marks.length / 2;
  const years = spans
    .filter((span) => pupil.firstDay < span.endDay && pupilEnd > span.firstDay)
    .map(
      (span) =>
        '        <YearData>\n' +
        `          <AttendanceStartDate>${calendar.days[span.firstDay]!.date}</AttendanceStartDate>\n` +
        `          <AttendanceMarks>${attendanceMarks(calendar, pupil, span)}</AttendanceMarks>\n` +
        '        </YearData>\n',
    );
  return (
    '    <Pupil>\n' +
    `      <UPN>${pupil.upn}</UPN>\n` +
    `      <Surname>${escapeXml(pupil.surname)}</Surname>\n` +
    `      <Forename>${escapeXml(pupil.forename)}</Forename>\n` +
    `      <NCyearActual>${pupil.yearGroupOnRoll}</NCyearActual>\n` +
    '      <Attendance>\n' +
    years.join('') +
    '      </Attendance>\n' +
    '    </Pupil>\n'
  );
}

/**
 * Writes one school as a Common Transfer File with attendance, following the layout of the DfE
 * "Common transfer file (CTF) specification"
 * (https://www.gov.uk/government/publications/common-transfer-file-ctf-specification). Each
 * academic year gets a `YearData` whose marks run two characters a day (AM, then PM) from the
 * register's first day in that year to its last, with `##` on days without a session for the
 * pupil. `NCyearActual` is the year group on roll, also for leavers, because the CTF year group
 * list has no `Leaver`. Throws RangeError for a two-character code.
 *
 * NOTE: the header element names follow the specification as we understand it, but they were
 * not checked against its current release, and fields the import does not read are left out.
 */
export function writeCtf(school: GeneratedSchool, writer: BufferedWriter): number {
  const spans = yearSpans(school.calendar);
  writer.writeText(headerXml(school));
  let pupils = 0;
  for (const pupil of school.pupils()) {
    writer.writeText(pupilXml(school.calendar, pupil, spans));
    pupils++;
  }
  writer.writeText('  </CTFpupilData>\n</CTfile>\n');
  return pupils;
}
