import type { ImportProblem } from './register-row';

/** Number of errors, and separately of warnings, that a `ProblemLog` keeps by default. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** Options for `ProblemLog`. */
export interface ProblemLogOptions {
  /** Errors to keep before only counting the rest. Defaults to 1,000. */
  maxErrors?: number;
  /** Warnings to keep before only counting the rest. Defaults to 1,000. */
  maxWarnings?: number;
  /** Throw `RegisterImportError` on the first error instead of keeping it. Warnings are dropped. */
  throwOnError?: boolean;
}

/** Error thrown by readers that were given no `ProblemLog`, or a log set to throw. */
export class RegisterImportError extends Error {
  readonly problem: ImportProblem;

  constructor(problem: ImportProblem) {
    super(`${problem.file} line ${problem.line}, ${problem.column}: ${problem.message}`);
    this.name = 'RegisterImportError';
    this.problem = problem;
  }
}

/**
 * Problems found in one import, kept up to a limit so that a wrong file cannot flood the
 * terminal or memory. Problems past the limit are counted, not kept.
 */
export class ProblemLog {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];
  omittedErrors = 0;
  omittedWarnings = 0;
  private readonly maxErrors: number;
  private readonly maxWarnings: number;
  private readonly throwOnError: boolean;

  constructor(options: ProblemLogOptions = {}) {
    this.maxErrors = options.maxErrors ?? DEFAULT_MAX_PROBLEMS;
    this.maxWarnings = options.maxWarnings ?? DEFAULT_MAX_PROBLEMS;
    this.throwOnError = options.throwOnError ?? false;
  }

  /** Total errors found, including those past the limit. */
  get errorCount(): number {
    return this.errors.length + this.omittedErrors;
  }

  /** Total warnings found, including those past the limit. */
  get warningCount(): number {
    return this.warnings.length + this.omittedWarnings;
  }

  /** Records a problem, or throws it as `RegisterImportError` when the log is set to throw. */
  add(problem: ImportProblem): void {
    if (problem.severity === 'error') {
      if (this.throwOnError) throw new RegisterImportError(problem);
      if (this.errors.length < this.maxErrors) this.errors.push(problem);
      else this.omittedErrors++;
      return;
    }
    if (this.throwOnError) return;
    if (this.warnings.length < this.maxWarnings) this.warnings.push(problem);
    else this.omittedWarnings++;
  }
}

/** Fields of a problem other than its severity and code. */
export interface ProblemPlace {
  file: string;
  line: number;
  column: string;
  value: string;
}

/** Builds an error-severity problem. */
export function importError(code: string, place: ProblemPlace, message: string): ImportProblem {
  return { severity: 'error', code, ...place, message };
}

/** Builds a warning-severity problem. */
export function importWarning(code: string, place: ProblemPlace, message: string): ImportProblem {
  return { severity: 'warning', code, ...place, message };
}
