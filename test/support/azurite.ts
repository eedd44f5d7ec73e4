import { startEmbeddedAzurite, type EmbeddedAzurite } from '../../bot/storage/embedded-azurite';

let shared: Promise<EmbeddedAzurite> | undefined;

/**
 * Returns the connection string of the Azurite shared by the whole test run, starting it
 * in memory on first use. `TEST_STORAGE_CONNECTION_STRING` points the tests at another one.
 */
export async function testStorageConnectionString(): Promise<string> {
  const external = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (external) return external;
  shared ??= startEmbeddedAzurite({ location: '', inMemory: true });
  return (await shared).connectionString;
}

/** Mocha root hooks: stop the shared Azurite after the last test. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    if (shared) await (await shared).stop();
  },
};
