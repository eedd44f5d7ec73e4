import type { SchoolRegisterRepository } from '../storage';
import { openRegisterStore, type OpenedStore } from './store.open';

/** A command-line command that opens register storage only if it needs it. */
export type StoreCommand = (openStore: () => Promise<SchoolRegisterRepository>) => Promise<number>;

/**
 * Runs a command with lazily opened register storage, closes the storage afterwards, sets the
 * exit code, and prints a failure as one line starting with `label`.
 */
export function runStoreCommand(label: string, command: StoreCommand): void {
  let opened: Promise<OpenedStore> | undefined;
  const openStore = async () => {
    opened ??= openRegisterStore();
    return (await opened).store;
  };
  command(openStore)
    .then((exitCode) => {
      process.exitCode = exitCode;
    })
    .catch((error: unknown) => {
      console.error(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    })
    .finally(async () => {
      if (opened !== undefined) await opened.then((store) => store.close()).catch(() => undefined);
    });
}
