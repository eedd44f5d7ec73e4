import type { TableClient } from '@azure/data-tables';
import type { ConversationReference } from 'botbuilder';
import { decodeKey, encodeKey } from './table-client';

/** Reference to a conversation with the bot, kept so that alerts can be sent to it later. */
export interface StoredConversation {
  reference: Partial<ConversationReference>;
  conversationType: string;
  tenantId: string;
  updatedAt: Date;
}

/** Stores one conversation reference per conversation, partitioned by tenant. */
export class ConversationReferenceRepository {
  /** Last stored form of each reference, so unchanged turns cost no storage write. */
  private readonly lastSaved = new Map<string, string>();

  constructor(private readonly table: TableClient) {}

  /** Inserts or replaces the reference when its service URL, tenant or content changed. */
  async save(conversation: StoredConversation): Promise<boolean> {
    const conversationId = conversation.reference.conversation?.id;
    if (!conversationId) throw new Error('Conversation reference has no conversation id.');
    const serialized = JSON.stringify(conversation.reference);
    const cacheKey = `${conversation.tenantId}|${conversationId}`;
    if (this.lastSaved.get(cacheKey) === serialized) return false;

    await this.table.upsertEntity(
      {
        partitionKey: encodeKey(conversation.tenantId || 'no-tenant'),
        rowKey: encodeKey(conversationId),
        reference: serialized,
        conversationType: conversation.conversationType,
        serviceUrl: conversation.reference.serviceUrl ?? '',
        updatedAt: conversation.updatedAt,
      },
      'Replace',
    );
    this.lastSaved.set(cacheKey, serialized);
    return true;
  }

  /** Returns every stored conversation of a tenant. */
  async listByTenant(tenantId: string): Promise<StoredConversation[]> {
    const partition = encodeKey(tenantId || 'no-tenant');
    const results: StoredConversation[] = [];
    const entities = this.table.listEntities<{
      reference: string;
      conversationType: string;
      updatedAt: Date;
    }>({ queryOptions: { filter: `PartitionKey eq '${partition}'` } });
    for await (const entity of entities) {
      results.push({
        reference: JSON.parse(entity.reference) as Partial<ConversationReference>,
        conversationType: entity.conversationType,
        tenantId: decodeKey(entity.partitionKey as string),
        updatedAt: new Date(entity.updatedAt),
      });
    }
    return results;
  }
}
