import { PostgresAdapter, type Kysely } from 'kysely';
import type { DialectHelpers } from './helpers.js';
import { postgresHelpers } from './postgres.js';
import { sqliteHelpers } from './sqlite.js';

/** The helpers for the engine behind a connection (migrations get only the connection). */
export function dialectOf(db: Kysely<unknown>): DialectHelpers {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresHelpers : sqliteHelpers;
}
