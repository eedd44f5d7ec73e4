import { existsSync, readFileSync } from 'node:fs';

/** One evaluation question. `label` is a fact id such as `F07`, or `none` for a must-decline. */
export interface EvalQuestion {
  id: string;
  text: string;
  label: string;
  alt_labels?: string[];
}

/** Regular expressions (used case-insensitively) that a correct answer to each fact matches. */
export type KeyFacts = Record<string, RegExp[]>;

/** Reads the evaluation questions, failing with the path and the fix when the file is absent. */
export function readQuestions(file: string): EvalQuestion[] {
  const parsed = readJson(file, 'questions') as { questions?: unknown };
  if (!Array.isArray(parsed.questions)) {
    throw new Error(`Evaluation file ${file} has no "questions" array.`);
  }
  return parsed.questions.map((item: unknown, index) => {
    const question = item as Partial<EvalQuestion>;
    if (
      typeof question.id !== 'string' ||
      typeof question.text !== 'string' ||
      typeof question.label !== 'string'
    ) {
      throw new Error(
        `Evaluation question #${index + 1} in ${file} needs string fields id, text and label.`,
      );
    }
    return question as EvalQuestion;
  });
}

/** Reads the key facts file and compiles every expression as case-insensitive. */
export function readKeyFacts(file: string): KeyFacts {
  const parsed = readJson(file, 'key facts') as Record<string, unknown>;
  const facts: KeyFacts = {};
  for (const [factId, patterns] of Object.entries(parsed)) {
    if (!Array.isArray(patterns) || !patterns.every((pattern) => typeof pattern === 'string')) {
      throw new Error(
        `Key fact ${factId} in ${file} must be an array of regular expression strings.`,
      );
    }
    facts[factId] = patterns.map((pattern) => new RegExp(pattern, 'i'));
  }
  return facts;
}

function readJson(file: string, description: string): unknown {
  if (!existsSync(file)) {
    throw new Error(
      `Evaluation ${description} file not found: ${file}. By default it is read from ` +
        '../shared/eval beside the repository; pass another path with --questions or --key-facts.',
    );
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Evaluation ${description} file ${file} is not valid JSON: ${String(error)}`);
  }
}
