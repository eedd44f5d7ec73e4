const INITIAL_WEEKDAYS = 64;
const MAX_NARROW_LINE_OFFSET = 0xffff;

/**
 * Compact record of the sessions seen for one pupil, used to find repeated sessions in
 * bounded memory. Each session stores a code id and the line it came from. Lines are stored
 * as 16-bit offsets from the pupil's first line while they fit, which they do when a pupil's
 * rows are close together in the file, so a weekday takes 6 bytes, or 10 bytes otherwise. It
 * covers the weekdays from the pupil's earliest to latest session, in any row order, with up
 * to half as much again for growth.
 */
export class SessionSlots {
  /** Line of the session that `claim` last found already taken. */
  earlierLine = 0;
  private firstDay = 0;
  private codes = new Uint8Array(0);
  private lines: Uint16Array | Uint32Array = new Uint16Array(0);
  private lineBase = 0;
  private wideLines = false;

  /**
   * Stores a code id (1 to 255) and line for a session, unless the session already has one.
   * Returns 0 when the session was free, or the code id stored earlier, and then sets
   * `earlierLine`. `session` is 0 for AM and 1 for PM, and `day` is a `weekdayIndex`.
   */
  claim(day: number, session: number, codeId: number, line: number): number {
    if (this.codes.length === 0) this.allocate(day, line);
    else if (day < this.firstDay || day >= this.firstDay + this.codes.length / 2) this.grow(day);
    const slot = (day - this.firstDay) * 2 + session;
    const earlier = this.codes[slot]!;
    if (earlier !== 0) {
      this.earlierLine = this.lines[slot]! + this.lineBase;
      return earlier;
    }
    this.codes[slot] = codeId;
    this.storeLine(slot, line);
    return 0;
  }

  private storeLine(slot: number, line: number): void {
    const offset = line - this.lineBase;
    if (!this.wideLines && (offset < 0 || offset > MAX_NARROW_LINE_OFFSET)) this.widenLines();
    this.lines[slot] = line - this.lineBase;
  }

  private widenLines(): void {
    const wide = new Uint32Array(this.lines.length);
    for (let slot = 0; slot < wide.length; slot++) {
      if (this.codes[slot] !== 0) wide[slot] = this.lines[slot]! + this.lineBase;
    }
    this.lines = wide;
    this.lineBase = 0;
    this.wideLines = true;
  }

  private allocate(day: number, line: number): void {
    this.firstDay = day;
    this.lineBase = line;
    this.codes = new Uint8Array(INITIAL_WEEKDAYS * 2);
    this.lines = new Uint16Array(INITIAL_WEEKDAYS * 2);
  }

  private grow(day: number): void {
    const oldDays = this.codes.length / 2;
    const lastDay = this.firstDay + oldDays - 1;
    const span = Math.max(lastDay, day) - Math.min(this.firstDay, day) + 1;
    const newDays = Math.max(Math.ceil(oldDays * 1.5), span);
    const newFirstDay = day < this.firstDay ? lastDay - newDays + 1 : this.firstDay;

    const codes = new Uint8Array(newDays * 2);
    const lines = this.wideLines ? new Uint32Array(newDays * 2) : new Uint16Array(newDays * 2);
    const offset = (this.firstDay - newFirstDay) * 2;
    codes.set(this.codes, offset);
    lines.set(this.lines, offset);
    this.firstDay = newFirstDay;
    this.codes = codes;
    this.lines = lines;
  }
}
