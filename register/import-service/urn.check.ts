/** Reports whether text is a school URN (Unique Reference Number): exactly 6 digits. */
export function isValidUrn(text: string): boolean {
  return /^[0-9]{6}$/.test(text);
}

/** Returns the URN, or throws RangeError naming the option, the value and the fix. */
export function requireUrn(text: string | undefined, option = '--school'): string {
  if (text === undefined || text === '') {
    throw new RangeError(
      `Missing ${option}: give the school's 6-digit URN, for example ${option} 900001.`,
    );
  }
  if (!isValidUrn(text)) {
    throw new RangeError(
      `Invalid ${option} ${JSON.stringify(text)}: expected the school's 6-digit URN (Unique Reference Number), for example ${option} 900001.`,
    );
  }
  return text;
}
