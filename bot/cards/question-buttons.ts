import { escapeTemplateExpressions } from './escape';

/** Maximum number of question buttons that one card offers. */
export const MAX_QUESTION_BUTTONS = 3;

/** Template data for one button that asks the bot a question on the user's behalf. */
export interface QuestionButton {
  /** Question text, used as the button title and sent back to the bot as the question. */
  question: string;
}

/** Converts question texts into at most three button entries, skipping blank ones. */
export function toQuestionButtons(questions: readonly string[]): QuestionButton[] {
  return questions
    .map((question) => question.trim())
    .filter((question) => question.length > 0)
    .slice(0, MAX_QUESTION_BUTTONS)
    .map((question) => ({ question: escapeTemplateExpressions(question) }));
}
