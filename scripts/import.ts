import 'dotenv/config';
import { runImportCommand } from '../register/import-service/import-cli';
import { runStoreCommand } from '../register/import-service/store-command';

runStoreCommand('Import', (openStore) =>
  runImportCommand(process.argv.slice(2), process, openStore),
);
