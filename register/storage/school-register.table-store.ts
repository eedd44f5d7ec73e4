import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { createTableClient, ensureTable, newestFirstRowKey } from '../../bot/storage/table-client';
import {
  MAX_INLINE_CHANGE_CHARACTERS,
  SCHOOLS_PARTITION,
  fromImportEntity,
  fromSchoolEntity,
  fromThresholdChangeEntity,
  thresholdChangesPartition,
  toImportEntity,
  toSchoolEntity,
  toThresholdChangeEntity,
} from './import.entity';
import {
  fromPupilEntity,
  fromYearMarksEntity,
  toPupilEntity,
  toYearMarksEntity,
} from './pupil.entity';
import {
  ConcurrentChangeError,
  type BatchProgress,
  type ImportRecord,
  type PupilRecord,
  type RecordWrite,
  type SchoolRecord,
  type SchoolRegisterRepository,
  type StoredPupil,
  type StoredYearMarks,
  type ThresholdChangeEntry,
  type YearMarksRecord,
} from './school-register.repository';
import { isConflict, splitIntoBatches, submitInBatches } from './table-batch';
import { REGISTER_TABLES } from './table-names';

type Properties = Record<string, unknown>;

function compareUpns(left: ThresholdChangeEntry, right: ThresholdChangeEntry): number {
  if (left.upn === right.upn) return 0;
  return left.upn < right.upn ? -1 : 1;
}

/** Options of `TableSchoolRegister`. */
export interface TableSchoolRegisterOptions {
  /** Maximum length in JSON characters of a change list kept inside the import entity. Default 30,000. */
  maxInlineChangeCharacters?: number;
}

function writeAction<T>(
  write: RecordWrite<T>,
  entity: { partitionKey: string; rowKey: string } & Properties,
): TransactionAction {
  if (write.etag === undefined) return ['create', entity];
  return ['update', entity, 'Replace', { etag: write.etag }];
}

/** `SchoolRegisterRepository` on Azure Table Storage (or Azurite), partitioned by URN. */
export class TableSchoolRegister implements SchoolRegisterRepository {
  private readonly schools: TableClient;
  private readonly pupils: TableClient;
  private readonly marks: TableClient;
  private readonly imports: TableClient;
  private readonly changes: TableClient;
  private readonly maxInlineChangeCharacters: number;

  constructor(connectionString: string, options: TableSchoolRegisterOptions = {}) {
    this.schools = createTableClient(connectionString, REGISTER_TABLES.schools);
    this.pupils = createTableClient(connectionString, REGISTER_TABLES.pupils);
    this.marks = createTableClient(connectionString, REGISTER_TABLES.pupilMarks);
    this.imports = createTableClient(connectionString, REGISTER_TABLES.imports);
    this.changes = createTableClient(connectionString, REGISTER_TABLES.thresholdChanges);
    this.maxInlineChangeCharacters =
      options.maxInlineChangeCharacters ?? MAX_INLINE_CHANGE_CHARACTERS;
  }

  async prepare(): Promise<void> {
    const tables = [this.schools, this.pupils, this.marks, this.imports, this.changes];
    await Promise.all(tables.map(ensureTable));
  }

  async findSchool(urn: string): Promise<SchoolRecord | undefined> {
    const filter = odata`PartitionKey eq ${SCHOOLS_PARTITION} and RowKey eq ${urn}`;
    for await (const entity of this.schools.listEntities<Properties>({
      queryOptions: { filter },
    })) {
      return fromSchoolEntity(entity);
    }
    return undefined;
  }

  async listSchools(): Promise<SchoolRecord[]> {
    const filter = odata`PartitionKey eq ${SCHOOLS_PARTITION}`;
    const schools: SchoolRecord[] = [];
    for await (const entity of this.schools.listEntities<Properties>({
      queryOptions: { filter },
    })) {
      schools.push(fromSchoolEntity(entity));
    }
    return schools;
  }

  async listPupils(urn: string): Promise<StoredPupil[]> {
    const filter = odata`PartitionKey eq ${urn}`;
    const pupils: StoredPupil[] = [];
    for await (const entity of this.pupils.listEntities<Properties>({ queryOptions: { filter } })) {
      pupils.push(fromPupilEntity(entity));
    }
    return pupils;
  }

  async listYearMarks(urn: string, academicYear: number): Promise<StoredYearMarks[]> {
    const first = `${academicYear}_`;
    const afterLast = `${academicYear}\``;
    const filter = odata`PartitionKey eq ${urn} and RowKey ge ${first} and RowKey lt ${afterLast}`;
    const marks: StoredYearMarks[] = [];
    for await (const entity of this.marks.listEntities<Properties>({ queryOptions: { filter } })) {
      marks.push(fromYearMarksEntity(entity));
    }
    return marks;
  }

  async writePupils(
    urn: string,
    marks: RecordWrite<YearMarksRecord>[],
    pupils: RecordWrite<PupilRecord>[],
    onProgress?: BatchProgress,
  ): Promise<void> {
    const markActions = marks.map((write) =>
      writeAction(write, toYearMarksEntity(urn, write.record)),
    );
    const pupilActions = pupils.map((write) =>
      writeAction(write, toPupilEntity(urn, write.record)),
    );
    const total = splitIntoBatches(markActions).length + splitIntoBatches(pupilActions).length;
    let done = 0;
    const batchDone = () => onProgress?.(++done, total);
    try {
      await submitInBatches(this.marks, markActions, batchDone);
      await submitInBatches(this.pupils, pupilActions, batchDone);
    } catch (error) {
      if (isConflict(error)) throw new ConcurrentChangeError(urn, { cause: error });
      throw error;
    }
  }

  async addImport(
    urn: string,
    record: Omit<ImportRecord, 'importId'>,
    changes: ThresholdChangeEntry[],
  ): Promise<string> {
    const stored: ImportRecord = { ...record, importId: newestFirstRowKey(record.importedAt) };
    const changesJson = JSON.stringify(changes);
    const inline = changesJson.length <= this.maxInlineChangeCharacters;
    if (!inline) {
      const partition = thresholdChangesPartition(urn, stored.importId);
      const actions: TransactionAction[] = changes.map((change) => [
        'create',
        toThresholdChangeEntity(partition, change),
      ]);
      await submitInBatches(this.changes, actions);
    }
    await this.imports.createEntity(toImportEntity(urn, stored, inline ? changesJson : null));
    await this.schools.upsertEntity(toSchoolEntity(urn, stored), 'Replace');
    return stored.importId;
  }

  async listImports(urn: string, limit: number): Promise<ImportRecord[]> {
    const filter = odata`PartitionKey eq ${urn}`;
    const records: ImportRecord[] = [];
    const pages = this.imports
      .listEntities<Properties>({ queryOptions: { filter } })
      .byPage({ maxPageSize: Math.min(limit, 1000) });
    for await (const page of pages) {
      for (const entity of page) {
        if (records.length === limit) return records;
        records.push(fromImportEntity(entity));
      }
      if (records.length === limit) break;
    }
    return records;
  }

  async listThresholdChanges(urn: string, importId: string): Promise<ThresholdChangeEntry[]> {
    const filter = odata`PartitionKey eq ${urn} and RowKey eq ${importId}`;
    for await (const entity of this.imports.listEntities<Properties>({
      queryOptions: { filter },
    })) {
      if (entity.changesStoredSeparately !== true) {
        const inline = JSON.parse(String(entity.changes || '[]')) as ThresholdChangeEntry[];
        return inline.sort(compareUpns);
      }
      const partition = thresholdChangesPartition(urn, importId);
      const changes: ThresholdChangeEntry[] = [];
      const rows = this.changes.listEntities<Properties>({
        queryOptions: { filter: odata`PartitionKey eq ${partition}` },
      });
      for await (const row of rows) changes.push(fromThresholdChangeEntity(row));
      return changes;
    }
    return [];
  }
}
