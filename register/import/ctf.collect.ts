import type { XmlEvent } from './xml.pull';
import { XmlSyntaxError } from './xml.errors';

/** Text of one element and the line it ends on. */
export interface ElementText {
  text: string;
  line: number;
}

/** One `YearData` element: a start date and a string of marks from that date. */
export interface CtfYearData {
  line: number;
  startDate?: ElementText;
  marks?: ElementText;
}

/** One `Pupil` element with the fields that the register import uses. */
export interface CtfPupil {
  line: number;
  upn?: ElementText;
  surname?: ElementText;
  forename?: ElementText;
  yearGroup?: ElementText;
  years: CtfYearData[];
}

/** Root element of a Common Transfer File. */
export const CTF_ROOT = 'CTfile';

const PUPIL_FIELDS: Readonly<Record<string, 'upn' | 'surname' | 'forename' | 'yearGroup'>> = {
  UPN: 'upn',
  Surname: 'surname',
  Forename: 'forename',
  NCyearActual: 'yearGroup',
};

/** Thrown when the root element is not `CTfile`. */
export class NotCtfError extends XmlSyntaxError {}

/**
 * Collects pupils from the events of a CTF file, one pupil at a time, so that memory is bounded
 * by the largest pupil. Pupil fields count only as children of `Pupil` or `Pupil/BasicDetails`,
 * so contact names are not taken for the pupil's. `AttendanceStartDate` and `AttendanceMarks`
 * count at any depth inside `YearData`, which covers `YearData/SessionDetails/...` too.
 *
 * NOTE: these element paths have been tested only on synthetic files, not on exports from a
 * school MIS or against the CTF XML schema that the DfE publishes with the specification.
 */
export class CtfCollector {
  /** Date and time the file was created, from `Header/DateTime`, when present. */
  createdAt: ElementText | null = null;
  sawRoot = false;
  private readonly path: string[] = [];
  private text = '';
  private pupil: CtfPupil | null = null;
  private pupilDepth = 0;
  private year: CtfYearData | null = null;
  private yearDepth = 0;

  /** Handles one event and returns a pupil when its element closes. Throws `NotCtfError`. */
  handle(event: XmlEvent): CtfPupil | null {
    if (event.kind === 'text') {
      this.text += event.text;
      return null;
    }
    if (event.kind === 'open') {
      this.open(event.name, event.line);
      return null;
    }
    const finished = this.close(event.name, event.line);
    this.path.pop();
    this.text = '';
    return finished;
  }

  private open(name: string, line: number): void {
    if (this.path.length === 0) {
      if (name !== CTF_ROOT) {
        throw new NotCtfError(line, `the root element is <${name}>, not <${CTF_ROOT}>`);
      }
      this.sawRoot = true;
    }
    this.path.push(name);
    this.text = '';
    if (name === 'Pupil' && this.pupil === null) {
      this.pupil = { line, years: [] };
      this.pupilDepth = this.path.length;
    }
    if (name === 'YearData' && this.pupil !== null && this.year === null) {
      this.year = { line };
      this.yearDepth = this.path.length;
    }
  }

  private close(name: string, line: number): CtfPupil | null {
    const parent = this.path[this.path.length - 2];
    const value = { text: this.text.trim(), line };
    if (name === 'DateTime' && parent === 'Header') this.createdAt = value;
    const pupil = this.pupil;
    if (pupil === null) return null;

    const field = PUPIL_FIELDS[name];
    if (field !== undefined && (parent === 'Pupil' || parent === 'BasicDetails')) {
      pupil[field] ??= value;
    }
    if (this.year !== null) {
      if (name === 'AttendanceStartDate') this.year.startDate ??= value;
      if (name === 'AttendanceMarks') this.year.marks ??= value;
      if (name === 'YearData' && this.path.length === this.yearDepth) {
        pupil.years.push(this.year);
        this.year = null;
      }
    }
    if (name !== 'Pupil' || this.path.length !== this.pupilDepth) return null;
    this.pupil = null;
    return pupil;
  }
}
