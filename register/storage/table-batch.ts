import { RestError, type TableClient, type TransactionAction } from '@azure/data-tables';

/**
 * Maximum operations in one Azure Table transaction. A transaction may also carry at most
 * 4 MiB, which 100 of the largest marks entities (about 3 KB each) stay far below. Source:
 * Microsoft Learn, "Scalability and performance targets for Table storage"
 * (https://learn.microsoft.com/azure/storage/tables/scalability-targets).
 */
export const MAX_BATCH_OPERATIONS = 100;

/** Transactions submitted at the same time by `submitInBatches`. */
const PARALLEL_BATCHES = 4;

/**
 * Splits operations into batches of at most `size` (1 to 100), keeping their order.
 * Throws RangeError for a size outside that range.
 */
export function splitIntoBatches<T>(operations: readonly T[], size = MAX_BATCH_OPERATIONS): T[][] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_OPERATIONS) {
    throw new RangeError(
      `Invalid batch size ${size}: expected a whole number from 1 to ${MAX_BATCH_OPERATIONS}.`,
    );
  }
  const batches: T[][] = [];
  for (let start = 0; start < operations.length; start += size) {
    batches.push(operations.slice(start, start + size));
  }
  return batches;
}

function partitionOf(action: TransactionAction): string {
  return String(action[1].partitionKey);
}

/** Reports whether a write failed because the entity changed (412) or already exists (409). */
export function isConflict(error: unknown): boolean {
  return error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412);
}

/**
 * Submits actions on one partition as transactions of at most 100, up to 4 at a time. Each
 * transaction succeeds or fails as a whole, but the write as a whole is not atomic: after a
 * failure, earlier transactions stay written. Throws RangeError when the actions span
 * partitions, and rethrows the first failed transaction's error.
 */
export async function submitInBatches(
  client: TableClient,
  actions: readonly TransactionAction[],
  onBatchDone?: () => void,
): Promise<void> {
  const partition = actions.length === 0 ? '' : partitionOf(actions[0]!);
  const stray = actions.find((action) => partitionOf(action) !== partition);
  if (stray !== undefined) {
    throw new RangeError(
      `Invalid transaction: partition ${JSON.stringify(partitionOf(stray))} differs from ${JSON.stringify(partition)}.`,
    );
  }
  const pending = splitIntoBatches(actions);
  let failure: unknown;
  const worker = async (): Promise<void> => {
    for (let batch = pending.shift(); batch !== undefined; batch = pending.shift()) {
      if (failure !== undefined) return;
      try {
        await client.submitTransaction(batch);
        onBatchDone?.();
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
  if (failure !== undefined) throw failure;
}
