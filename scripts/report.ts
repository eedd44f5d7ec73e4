import 'dotenv/config';
import { runReportCommand } from '../register/import-service/report-cli';
import { openRegisterStore, type OpenedStore } from '../register/import-service/store.open';

// A reader such as `head` may close the pipe early, which is no error for a listing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

async function main(): Promise<void> {
  let opened: Promise<OpenedStore> | undefined;
  const openStore = async () => {
    opened ??= openRegisterStore();
    return (await opened).store;
  };
  try {
    process.exitCode = await runReportCommand(process.argv.slice(2), process, openStore);
  } finally {
    if (opened !== undefined) await opened.then((store) => store.close()).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`Report failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
