import { RESULT_COLUMNS } from './engine.results';

/** One value on which two systems disagree. */
export interface Disagreement {
  upn: string;
  column: string;
  /** The value, or whether the pupil is in that system's results at all. */
  left: number | null | 'present' | 'missing';
  right: number | null | 'present' | 'missing';
}

/** Pupil-by-pupil comparison of two systems' results. */
export interface Agreement {
  leftPupils: number;
  rightPupils: number;
  /** Pupils whose results differ in any column, or who are missing from one side. */
  disagreeingPupils: number;
  /** The first few disagreements, one per pupil. */
  examples: Disagreement[];
}

const EXAMPLES = 5;

function firstDifference(
  left: (number | null)[],
  right: (number | null)[],
): { column: string; left: number | null; right: number | null } | null {
  for (let index = 0; index < RESULT_COLUMNS.length - 1; index++) {
    if (left[index] !== right[index]) {
      return { column: RESULT_COLUMNS[index + 1]!, left: left[index]!, right: right[index]! };
    }
  }
  return null;
}

/** Compares two systems' results (see `readResults`) pupil by pupil, every column. */
export function compareResults(
  left: ReadonlyMap<string, (number | null)[]>,
  right: ReadonlyMap<string, (number | null)[]>,
): Agreement {
  const examples: Disagreement[] = [];
  let disagreeing = 0;
  const note = (example: Disagreement) => {
    disagreeing++;
    if (examples.length < EXAMPLES) examples.push(example);
  };
  for (const [upn, leftValues] of left) {
    const rightValues = right.get(upn);
    if (rightValues === undefined) {
      note({ upn, column: 'pupil', left: 'present', right: 'missing' });
      continue;
    }
    const difference = firstDifference(leftValues, rightValues);
    if (difference !== null) note({ upn, ...difference });
  }
  for (const upn of right.keys()) {
    if (!left.has(upn)) note({ upn, column: 'pupil', left: 'missing', right: 'present' });
  }
  return {
    leftPupils: left.size,
    rightPupils: right.size,
    disagreeingPupils: disagreeing,
    examples,
  };
}
