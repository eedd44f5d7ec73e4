import 'dotenv/config';
import { runReportCommand } from '../register/import-service/report-cli';
import { runStoreCommand } from '../register/import-service/store-command';

// A reader such as `head` may close the pipe early, which is no error for a listing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

runStoreCommand('Report', (openStore) =>
  runReportCommand(process.argv.slice(2), process, openStore),
);
