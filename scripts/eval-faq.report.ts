import type { EvalSummary } from './eval-faq.scoring';

/** Figures of one system on one question set. */
export interface SystemResult {
  system: string;
  questionSet: string;
  summary: EvalSummary;
  medianMilliseconds: number;
}

/** Formats `correct/total (percent)`. */
export function formatRate(correct: number, total: number): string {
  const percent = total === 0 ? 0 : (100 * correct) / total;
  return `${correct}/${total} (${percent.toFixed(0)}%)`;
}

/** Lists the questions a system got wrong, one line each, for the console. */
export function formatFailures(result: SystemResult): string {
  const lines = result.summary.failures.map(({ question, reply }) => {
    const expected =
      question.label === 'none'
        ? 'decline'
        : [question.label, ...(question.alt_labels ?? [])].join('|');
    const got =
      reply.answerText === null
        ? `declined (${reply.reason ?? 'no reason'})`
        : `answered ${reply.entryId ?? '?'}`;
    return `  ${question.id} expected ${expected}, ${got}: ${question.text}`;
  });
  return lines.length === 0 ? '  (none)' : lines.join('\n');
}

/** Builds the markdown body of the benchmarks section. */
export function formatBenchmarkBody(
  results: readonly SystemResult[],
  machine: string,
  targets: string,
): string {
  const date = new Date().toISOString().slice(0, 10);
  const rows = results.map(
    (result) =>
      `| ${result.system} | ${result.questionSet} | ` +
      `${formatRate(result.summary.answerableCorrect, result.summary.answerableTotal)} | ` +
      `${formatRate(result.summary.declineCorrect, result.summary.declineTotal)} | ` +
      `${result.medianMilliseconds.toFixed(3)} ms |`,
  );
  return [
    `Run on ${date} on ${machine}.`,
    '',
    'An answerable question counts as correct when the system answers and the answer text ' +
      'matches every key-fact expression of the labelled fact (or of an alternative fact). A ' +
      'must-decline question (off-topic, one named pupil, safeguarding emergency, another UK ' +
      'nation) counts as correct when the system declines. Median lookup is the median time of ' +
      'one in-process call over 20 rounds of the question set, after a warm-up round. The ' +
      'own hold-out set (`scripts/eval-faq.holdout.json`) is written by hand in different ' +
      'words from the development set, plus off-topic questions that no decline rule names, ' +
      'to check that tuning carries over to new wording.',
    '',
    '| System | Question set | Answerable correct | Declines correct | Median lookup |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    targets,
  ].join('\n');
}
