import 'dotenv/config';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { ConfigError, loadConfig } from '../bot/config';
import { csvHeader, toCsvRow } from '../bot/export/feedback-csv';
import { FeedbackRepository } from '../bot/storage/feedback.repository';
import { resolveStorage } from '../bot/storage/storage-resolver';
import { createTableClient } from '../bot/storage/table-client';
import { TABLES } from '../bot/storage/table-names';

const USAGE = `Usage: npm run export:feedback -- [--out FILE]

Writes stored feedback and unanswered questions to CSV, so the knowledge base can be improved.
  --out FILE   CSV file to write (default build/feedback.csv); "-" writes to standard output.
Storage: AZURE_STORAGE_CONNECTION_STRING, or the embedded Azurite in .local/azurite.`;

function parseArguments(argv: string[]): { out: string } {
  let out = 'build/feedback.csv';
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === '--help' || argument === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (argument === '--out' && argv[i + 1]) {
      out = argv[(i += 1)]!;
    } else {
      console.error(`Unknown or incomplete option "${argument}".\n\n${USAGE}`);
      process.exit(2);
    }
  }
  return { out };
}

async function main(): Promise<void> {
  const { out } = parseArguments(process.argv.slice(2));
  const config = loadConfig();
  const storage = await resolveStorage(config.storageConnectionString, config.azuriteLocation);
  try {
    const table = createTableClient(storage.connectionString, TABLES.feedback);
    await table.createTable();
    const repository = new FeedbackRepository(table);

    if (out !== '-') mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const output = out === '-' ? process.stdout : createWriteStream(out);
    output.write(csvHeader());
    let count = 0;
    for await (const record of repository.list()) {
      if (!output.write(toCsvRow(record))) await once(output, 'drain');
      count += 1;
    }
    if (out !== '-') {
      output.end();
      await once(output, 'finish');
      console.error(`Wrote ${count} records from ${storage.description} to ${out}`);
    }
  } finally {
    await storage.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError ? `Invalid configuration. ${error.message}` : String(error);
  console.error(`Feedback export failed: ${message}`);
  process.exit(1);
});
