import { resolveStorage } from '../../bot/storage/storage-resolver';
import { TableSchoolRegister } from '../storage/school-register.table-store';

/** A register store opened by a command, with the storage to stop when the command ends. */
export interface OpenedStore {
  store: TableSchoolRegister;
  /** Location of the data, without secrets. */
  description: string;
  close(): Promise<void>;
}

/**
 * Opens the register store a command uses: `AZURE_STORAGE_CONNECTION_STRING`, or else the
 * embedded Azurite in `AZURITE_LOCATION` (default `.local/azurite`), reusing the one a running
 * bot started. Creates the tables when they do not exist yet.
 */
export async function openRegisterStore(
  env: Record<string, string | undefined> = process.env,
): Promise<OpenedStore> {
  const connectionString = env.AZURE_STORAGE_CONNECTION_STRING?.trim() || undefined;
  const location = env.AZURITE_LOCATION?.trim() || '.local/azurite';
  const storage = await resolveStorage(connectionString, location);
  try {
    const store = new TableSchoolRegister(storage.connectionString);
    await store.prepare();
    return { store, description: storage.description, close: () => storage.stop() };
  } catch (error) {
    await storage.stop();
    throw error;
  }
}
