import { TableClient } from '@azure/data-tables';

/**
 * Creates a client for one table. Retries are kept short so that a storage outage reaches
 * the user as an apology within a few seconds instead of holding the turn open.
 */
export function createTableClient(connectionString: string, tableName: string): TableClient {
  return TableClient.fromConnectionString(connectionString, tableName, {
    allowInsecureConnection: connectionString.includes('DefaultEndpointsProtocol=http;'),
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
  });
}

/** Creates the table when it does not exist yet; an existing table is left as it is. */
export async function ensureTable(client: TableClient): Promise<void> {
  await client.createTable();
}

/**
 * Encodes a value for use as a partition or row key. Table keys may not contain
 * `/`, `\`, `#`, `?` or control characters, and Teams conversation ids can.
 */
export function encodeKey(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
}

/** Reverses `encodeKey`. */
export function decodeKey(key: string): string {
  return decodeURIComponent(key);
}

/** Returns a row key that sorts newest first, unique even for writes in the same millisecond. */
export function newestFirstRowKey(at: Date): string {
  const inverted = (8_640_000_000_000_000 - at.getTime()).toString().padStart(16, '0');
  const suffix = Math.random().toString(36).slice(2, 10);
  return `${inverted}-${suffix}`;
}
