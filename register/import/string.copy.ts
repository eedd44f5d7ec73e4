/**
 * Returns a copy of a string that shares no memory with it. V8 represents a slice of 13 or
 * more characters as a view of the whole parent string, so keeping a field cut from a 64 KB
 * chunk as a map key would keep the whole chunk alive. Use this for strings that outlive a row.
 */
export function detachString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
