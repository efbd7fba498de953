import type { AppDatabase } from '../create-database.ts';
import type { BatchWriter } from './batch-writer.ts';
import { createPostgresBatchWriter } from './postgres-batch-writer.ts';
import { createSqliteBatchWriter } from './sqlite-batch-writer.ts';

/** The bulk path of the database at hand. */
export function createBatchWriter(database: AppDatabase): BatchWriter {
  return database.raw.dialect === 'sqlite'
    ? createSqliteBatchWriter(database.db, database.raw.sqlite)
    : createPostgresBatchWriter(database.raw.pool);
}
