import assert from 'node:assert/strict';
import type { TransactionAction } from '@azure/data-tables';
import { createTableClient } from '../../bot/storage/table-client';
import { MAX_BATCH_OPERATIONS, splitIntoBatches, submitInBatches } from '../../register/storage';
import { testStorageConnectionString } from '../support/azurite';
import { uniqueUrn } from './support/register-store';

function createActions(partition: string, count: number): TransactionAction[] {
  return Array.from({ length: count }, (_, index) => [
    'create',
    { partitionKey: partition, rowKey: String(index).padStart(4, '0'), value: index },
  ]);
}

describe('splitIntoBatches', () => {
  const cases: Array<[number, number[]]> = [
    [0, []],
    [1, [1]],
    [100, [100]],
    [101, [100, 1]],
    [250, [100, 100, 50]],
  ];
  for (const [count, sizes] of cases) {
    it(`splits ${count} operations as [${sizes.join(', ')}]`, () => {
      const batches = splitIntoBatches(Array.from({ length: count }, (_, index) => index));

      assert.deepEqual(
        batches.map((batch) => batch.length),
        sizes,
      );
      assert.deepEqual(
        batches.flat(),
        Array.from({ length: count }, (_, index) => index),
      );
    });
  }

  it('rejects batches over 100', () => {
    assert.throws(() => splitIntoBatches([1, 2], MAX_BATCH_OPERATIONS + 1), RangeError);
  });

  it('rejects an empty batch size', () => {
    assert.throws(() => splitIntoBatches([1, 2], 0), RangeError);
  });
});

describe('submitInBatches', () => {
  it('writes 250 entities in transactions of at most 100', async () => {
    const client = createTableClient(await testStorageConnectionString(), 'batchtest');
    await client.createTable();
    const partition = uniqueUrn();
    const sizes: number[] = [];
    const submit = client.submitTransaction.bind(client);
    client.submitTransaction = async (actions) => {
      sizes.push(actions.length);
      return submit(actions);
    };
    let done = 0;

    await submitInBatches(client, createActions(partition, 250), () => done++);

    const stored = [];
    const filter = `PartitionKey eq '${partition}'`;
    for await (const entity of client.listEntities({ queryOptions: { filter } }))
      stored.push(entity);
    assert.equal(stored.length, 250);
    assert.deepEqual(
      sizes.sort((left, right) => right - left),
      [100, 100, 50],
    );
    assert.equal(done, 3);
  });

  it('rejects actions on two partitions', async () => {
    const client = createTableClient(await testStorageConnectionString(), 'batchtest');
    const actions = [...createActions('a', 1), ...createActions('b', 1)];

    await assert.rejects(submitInBatches(client, actions), /partition "b" differs from "a"/);
  });
});
