import * as readline from 'node:readline';

import { createAnswerService } from '../domain/knowledge/answer-service';
import { loadKnowledgeBase } from '../domain/knowledge/knowledge-base';
import { formatForReading, toAskRecord } from './ask.format';

const USAGE = `Usage: npm run -s ask -- [--json] [--entries DIR] ["question" ...]

Answers attendance questions from the knowledge base, or explains why a question is declined.
With no question arguments, reads one question per line from standard input.

Options:
  --json         Print one JSON object per question and line: question, answered, entryId,
                 title, answer, score, sources, relatedIds, plus reason and message when declined.
  --entries DIR  Folder of knowledge entry files (default: domain/knowledge/entries).
  --help         Print this help.`;

interface AskOptions {
  json: boolean;
  entriesFolder?: string;
  questions: string[];
}

function parseArguments(args: readonly string[]): AskOptions | 'help' {
  const options: AskOptions = { json: false, questions: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--help' || arg === '-h') {
      return 'help';
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--entries') {
      options.entriesFolder = args[index + 1];
      index += 1;
      if (!options.entriesFolder) {
        throw new Error(
          'Option --entries needs a folder path, for example --entries domain/knowledge/entries.',
        );
      }
    } else if (arg.startsWith('--')) {
      throw new Error(`Unknown option ${arg}. Run with --help to see the options.`);
    } else {
      options.questions.push(arg);
    }
  }
  return options;
}

async function* readQuestions(options: AskOptions): AsyncGenerator<string> {
  if (options.questions.length > 0) {
    yield* options.questions;
    return;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') {
      yield line;
    }
  }
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const service = createAnswerService(loadKnowledgeBase(options.entriesFolder));

  let first = true;
  for await (const question of readQuestions(options)) {
    const result = service.answer(question);
    if (options.json) {
      console.log(JSON.stringify(toAskRecord(question, result)));
    } else {
      console.log(`${first ? '' : '\n'}${formatForReading(question, result)}`);
    }
    first = false;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
