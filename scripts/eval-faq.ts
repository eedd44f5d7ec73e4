import { existsSync } from 'node:fs';
import * as path from 'node:path';

import { describeMachine, writeBenchmarkSection } from '../bench/benchmarks-doc';
import { loadKnowledgeBase } from '../domain/knowledge/knowledge-base';
import type { KnowledgeEntry } from '../domain/knowledge/knowledge-entry';
import { readKeyFacts, readQuestions, type EvalQuestion, type KeyFacts } from './eval-faq.data';
import {
  formatBenchmarkBody,
  formatFailures,
  formatRate,
  type SystemResult,
} from './eval-faq.report';
import { summarise, type EvalSummary } from './eval-faq.scoring';
import {
  medianReplyMilliseconds,
  miniSearchBaseline,
  productSystem,
  type EvaluatedSystem,
} from './eval-faq.systems';

const ROOT = path.resolve(__dirname, '..');
const HEADING = '## FAQ retrieval (npm run eval:faq)';
const DEFAULT_QUESTIONS = path.resolve(ROOT, '../shared/eval/faq-dev.json');
const DEFAULT_KEY_FACTS = path.resolve(ROOT, '../shared/eval/faq-key-facts.json');
const DEFAULT_HOLDOUT = path.join(__dirname, 'eval-faq.holdout.json');
/** Targets for the product on the main question set: 95% answered right, 90% declined. */
const ANSWERABLE_TARGET = 0.95;
const DECLINE_TARGET = 0.9;

const USAGE = `Usage: npm run eval:faq -- [--questions FILE] [--key-facts FILE] [--holdout FILE] [--no-write]

Scores the FAQ answerer and a MiniSearch baseline on labelled questions, prints the failures,
writes the figures to docs/benchmarks.md and exits with status 1 when the product misses its
targets on the main question set (answerable below 95% or declines below 90%).

Options:
  --questions FILE  Main labelled question set (default: ../shared/eval/faq-dev.json, relative
                    to the repository root).
  --key-facts FILE  Key-fact expressions (default: ../shared/eval/faq-key-facts.json).
  --holdout FILE    Extra question set scored alongside but never used for the exit status
                    (default: scripts/eval-faq.holdout.json).
  --no-write        Print the results without updating docs/benchmarks.md.
  --help            Print this help.`;

interface EvalOptions {
  questions: string;
  keyFacts: string;
  holdout: string;
  write: boolean;
}

const PATH_OPTIONS: Readonly<Record<string, 'questions' | 'keyFacts' | 'holdout'>> = {
  '--questions': 'questions',
  '--key-facts': 'keyFacts',
  '--holdout': 'holdout',
};

function parseArguments(args: readonly string[]): EvalOptions | 'help' {
  const options: EvalOptions = {
    questions: DEFAULT_QUESTIONS,
    keyFacts: DEFAULT_KEY_FACTS,
    holdout: DEFAULT_HOLDOUT,
    write: true,
  };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const pathOption = PATH_OPTIONS[arg];
    if (arg === '--help' || arg === '-h') {
      return 'help';
    } else if (arg === '--no-write') {
      options.write = false;
    } else if (pathOption && args[index + 1]) {
      options[pathOption] = path.resolve(args[index + 1] ?? '');
      index += 1;
    } else {
      throw new Error(`Invalid argument ${arg}. Run with --help to see the options.`);
    }
  }
  return options;
}

function evaluate(
  system: EvaluatedSystem,
  setName: string,
  questions: readonly EvalQuestion[],
  facts: KeyFacts,
): SystemResult {
  const replies = questions.map((question) => system.reply(question.text));
  return {
    system: system.name,
    questionSet: setName,
    summary: summarise(questions, replies, facts),
    medianMilliseconds: medianReplyMilliseconds(
      system,
      questions.map((question) => question.text),
    ),
  };
}

function listQuestionSets(options: EvalOptions): [string, EvalQuestion[]][] {
  const mainName =
    options.questions === DEFAULT_QUESTIONS ? 'development set' : path.basename(options.questions);
  const sets: [string, EvalQuestion[]][] = [[mainName, readQuestions(options.questions)]];
  if (existsSync(options.holdout)) {
    sets.push(['own hold-out set', readQuestions(options.holdout)]);
  }
  return sets;
}

function meetsTargets(summary: EvalSummary): boolean {
  return (
    summary.answerableCorrect >= ANSWERABLE_TARGET * summary.answerableTotal &&
    summary.declineCorrect >= DECLINE_TARGET * summary.declineTotal
  );
}

function printResult(result: SystemResult): void {
  const { summary } = result;
  console.log(`${result.system}, ${result.questionSet}`);
  console.log(
    `  answerable correct: ${formatRate(summary.answerableCorrect, summary.answerableTotal)}`,
  );
  console.log(`  declines correct:   ${formatRate(summary.declineCorrect, summary.declineTotal)}`);
  console.log(`  median lookup:      ${result.medianMilliseconds.toFixed(3)} ms`);
  console.log(`  failures:\n${formatFailures(result)}\n`);
}

function runEvaluation(options: EvalOptions, entries: readonly KnowledgeEntry[]): boolean {
  const facts = readKeyFacts(options.keyFacts);
  const systems = [productSystem(entries), miniSearchBaseline(entries)];
  const results = listQuestionSets(options).flatMap(([name, questions]) =>
    systems.map((system) => evaluate(system, name, questions, facts)),
  );
  results.forEach(printResult);

  const product = results[0];
  const passed = product !== undefined && meetsTargets(product.summary);
  const verdict =
    `Targets for the product on the ${product?.questionSet ?? 'main set'}: at least 95% of ` +
    `answerable questions correct and at least 90% of declines correct. ${passed ? 'Met' : 'Not met'}.`;
  console.log(verdict);
  if (options.write) {
    writeBenchmarkSection(HEADING, formatBenchmarkBody(results, describeMachine(), verdict));
  }
  return passed;
}

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  if (!runEvaluation(options, loadKnowledgeBase())) {
    process.exitCode = 1;
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
