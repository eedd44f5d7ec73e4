import 'dotenv/config';
import { runImportCommand } from '../register/import-service/import-cli';
import { openRegisterStore, type OpenedStore } from '../register/import-service/store.open';

async function main(): Promise<void> {
  let opened: Promise<OpenedStore> | undefined;
  const openStore = async () => {
    opened ??= openRegisterStore();
    return (await opened).store;
  };
  try {
    process.exitCode = await runImportCommand(process.argv.slice(2), process, openStore);
  } finally {
    if (opened !== undefined) await opened.then((store) => store.close()).catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
