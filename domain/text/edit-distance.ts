/**
 * Returns the optimal-string-alignment distance between two words (insertions, deletions,
 * substitutions and swaps of neighbouring letters each cost 1), or `maximum + 1` as soon as
 * the distance is known to exceed `maximum`.
 */
export function editDistance(a: string, b: string, maximum: number): number {
  if (Math.abs(a.length - b.length) > maximum) {
    return maximum + 1;
  }
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);

  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > maximum) {
      return maximum + 1;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? maximum + 1;
}
